# Installs headless Chromium from Debian's packages: the HTML report test
# takes a screenshot of the report with it (cmd/biometriclint).
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then
	echo "   chromium: $(chromium --version 2>/dev/null || true)"
	exit 0
fi
SUDO=
[ "$(id -u)" = 0 ] || SUDO=sudo
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
chromium --version
