# Builds a custom golangci-lint v2 with biometriclint's module plugin into
# .cache/custom-gcl/custom-gcl, for the integration tests in
# analyzers/integration.
#
# It builds what docs/golangci/.custom-gcl.yml (the file users copy) asks
# for: its golangci-lint version and plugin import path, with biometriclint
# replaced by this working tree. "golangci-lint custom" clones golangci-lint
# from its git host, so this does the same build from the module proxy
# alone: golangci-lint's own cmd/golangci-lint/main.go and a plugins.go that
# blank-imports the plugin. The cold build takes about ten minutes on two
# cores; the binary is reused while the sources that go into it (hashed
# below) are unchanged.
#
# With --check it only reports whether the binary is up to date (exit 1
# when it is missing or stale), for the tests that use it.
set -euo pipefail
conf=docs/golangci/.custom-gcl.yml
GCL_VERSION=$(sed -n 's/^version: *\([^ #]*\).*/\1/p' "$conf")
plugin=$(sed -n 's/^ *import: *\([^ #]*\).*/\1/p' "$conf")
if [ -z "$GCL_VERSION" ] || [ -z "$plugin" ]; then
	echo "$conf: want a version and a plugin import path" >&2
	exit 1
fi
root=$(pwd)
out="$root/.cache/custom-gcl"
src="$out/src"

# Everything that is compiled into the plugin: non-test Go files and
# embedded data of the module, go.mod/go.sum, this script and the path
# the replace points to.
hash=$( {
	echo "$GCL_VERSION $root $(go env GOVERSION)"
	cat "$0" "$conf" go.mod go.sum
	find analyzers -path '*/testdata' -prune -o -type f \
		\( -name '*.go' ! -name '*_test.go' -o -name '*.yaml' \) -print |
		LC_ALL=C sort | xargs cat
} | sha256sum | cut -d' ' -f1)

if [ -x "$out/custom-gcl" ] && [ "$(cat "$out/hash" 2>/dev/null)" = "$hash" ]; then
	echo "   custom-gcl up to date ($out/custom-gcl)"
	exit 0
fi
if [ "${1:-}" = --check ]; then
	echo "$out/custom-gcl is missing or older than the plugin sources: run scripts/test (or bash $0)" >&2
	exit 1
fi

echo "   building golangci-lint $GCL_VERSION with the biometriclint plugin (cold: ~10 min)"
rm -f "$out/custom-gcl" "$out/hash"
mkdir -p "$src"
go mod download "github.com/golangci/golangci-lint/v2@$GCL_VERSION"
gcl=$(go list -m -f '{{.Dir}}' "github.com/golangci/golangci-lint/v2@$GCL_VERSION")
install -m 0644 "$gcl/cmd/golangci-lint/main.go" "$src/main.go"
printf 'package main\n\nimport _ "%s"\n' "$plugin" >"$src/plugins.go"
cat >"$src/go.mod" <<GOMOD
module biometriclint.local/custom-gcl

go 1.26.0

require (
	github.com/golangci/golangci-lint/v2 $GCL_VERSION
	github.com/biometriclint/biometriclint v0.0.0
)

replace github.com/biometriclint/biometriclint => $root
GOMOD
# Start from golangci-lint's own checksums: tidy then only adds ours.
install -m 0644 "$gcl/go.sum" "$src/go.sum"
(
	cd "$src"
	GOFLAGS=-mod=mod go mod tidy
	go build -trimpath -o "$out/custom-gcl.tmp" \
		-ldflags "-s -w -X main.version=${GCL_VERSION#v} -X main.date=2026-01-01T00:00:00Z" .
)
mv "$out/custom-gcl.tmp" "$out/custom-gcl"
echo "$hash" >"$out/hash"
"$out/custom-gcl" version
