#!/usr/bin/env bash
# Installs what the site needs and serves it with live reload at http://localhost:4321/.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/ensure-node.sh
npm ci
export ASTRO_TELEMETRY_DISABLED=1 ASTRO_DEV_BACKGROUND=0
exec npm run dev -- "$@"
