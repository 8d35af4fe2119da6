# Says how much disk the tests have, before they start. With empty Go
# caches, scripts/test writes about 7 GB: the module cache (the SDKs
# of the test data, golangci-lint's dependencies), the build cache (the
# custom golangci-lint, the executables the binary tests cross-compile),
# and the tests' temporary files. A full disk otherwise shows only as
# "no space left on device" in the middle of some test's output. A warm
# cache needs much less, so a small figure is a warning, not a failure.
set -euo pipefail
need_gb=7
warn=0
for dir in "$(go env GOMODCACHE)" "$(go env GOCACHE)" "${TMPDIR:-/tmp}"; do
	mkdir -p "$dir"
	avail_mb=$(df -Pm "$dir" | awk 'NR == 2 { print $4 }')
	echo "   $dir: $(df -Ph "$dir" | awk 'NR == 2 { print $4 }') free"
	if [ "$avail_mb" -lt $((need_gb * 1024)) ]; then
		warn=1
	fi
done
if [ "$warn" = 1 ]; then
	echo "   warning: with empty caches the tests write about $need_gb GB; with less free, expect \"no space left on device\"" >&2
fi
