# Installs the pre-commit framework from Debian for the integration test of
# .pre-commit-hooks.yaml (integration/precommit_test.go).
set -euo pipefail
if command -v pre-commit >/dev/null; then
	echo "   $(pre-commit --version)"
	exit 0
fi
sudo=
[ "$(id -u)" = 0 ] || sudo=sudo
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends pre-commit git >/dev/null
pre-commit --version
