# Installs Microsoft's SARIF validator (npm @microsoft/sarif-multitool, pinned)
# into .cache/sarif-multitool: the SARIF output test runs `sarif validate`.
set -euo pipefail
cd "$(dirname "$0")/../.."
version=5.7.0
dir=.cache/sarif-multitool
bin=$dir/node_modules/@microsoft/sarif-multitool/bin.js
if [ -f "$bin" ] && [ "$(cat "$dir/.version" 2>/dev/null)" = "$version" ]; then
	echo "   sarif-multitool $version already installed"
	exit 0
fi
mkdir -p "$dir"
npm install --silent --no-audit --no-fund --prefix "$dir" "@microsoft/sarif-multitool@$version"
echo "$version" >"$dir/.version"
node "$bin" --version
