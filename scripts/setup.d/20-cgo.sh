# Installs a C compiler: the cgolib analyzer's tests run cgo on a testdata
# package (CGO_ENABLED=1) to check that preambles are found behind cgo's
# output, and fail without one.
set -euo pipefail
if command -v gcc >/dev/null; then
	echo "   gcc: $(gcc -dumpversion)"
	exit 0
fi
SUDO=
[ "$(id -u)" -eq 0 ] || SUDO=sudo
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends gcc libc6-dev
