# Downloads the real SDK modules that module-mode tests load: analysistest
# runs the go command with GOPROXY=off, so they must be in the module cache.
set -euo pipefail
for gomod in $(git ls-files '*/go.mod' 'testdata/*/go.mod' | grep testdata/ | sort -u); do
	dir=$(dirname "$gomod")
	echo "   go mod download in $dir"
	(cd "$dir" && GOFLAGS=-mod=mod go mod download)
done
