#!/usr/bin/env bash
# Prepares, on a machine with Node and this checkout set up (npm test / npm run setup done), what an offline GPU
# machine without Node, npm or a network needs to build and check nocollapse there (scripts/gpu-check.sh):
#
#   bash scripts/gpu-prep.sh [DIR]        (default DIR: gpu-kit, ignored by git)
#
#   DIR/node.xz       this machine's Node binary, xz-compressed (about 24 MB; Node has no other run-time files)
#   DIR/kit.tar.xz    Node's C headers (node-gyp's include/node), the run-time node_modules (without Playwright,
#                     whose browser tests need a Chromium the GPU machine lacks), node-addon-api, and TypeScript with
#                     @types/node: the typed ops are generated there for that machine's libtorch and compiled there
#   DIR/MANIFEST      what is inside, with sizes and the revision it was made from
#
# Bring DIR and the working tree over (under 64 MiB in all), then on the GPU machine: bash scripts/gpu-check.sh OUT.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-gpu-kit}
say() { printf '\033[1m[gpu-prep]\033[0m %s\n' "$*"; }
[ -d node_modules ] || { say "node_modules is missing: run 'npm run setup' first"; exit 2; }
command -v xz >/dev/null || { say "xz is needed (apt-get install xz-utils)"; exit 2; }
node_bin=$(readlink -f "$(command -v node)")
node_prefix=$(dirname "$(dirname "$node_bin")")
headers=""
for d in "${npm_config_nodedir:-}" "$node_prefix" /usr; do
  [ -n "$d" ] && [ -f "$d/include/node/node_api.h" ] && { headers="$d/include/node"; break; }
done
[ -n "$headers" ] || { say "Node's headers (include/node/node_api.h) were not found; Debian: apt-get install libnode-dev"; exit 2; }

rm -rf "$out" && mkdir -p "$out"
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT

# The packages the CLI loads at run time (npm's production tree), minus Playwright; plus what building needs.
mapfile -t prod < <(npm ls --omit=dev --all --parseable 2>/dev/null | tail -n +2 | sed "s|^$(pwd)/||" | grep -v '/playwright-core$' | sort -u)
extra=(node_modules/node-addon-api node_modules/typescript node_modules/@types/node node_modules/undici-types)
for p in node_modules/@typescript/*; do extra+=("$p"); done
mkdir -p "$stage/kit/node-headers/include"
cp -a "$headers" "$stage/kit/node-headers/include/node"
for p in "${prod[@]}" "${extra[@]}"; do
  [ -e "$p" ] || continue
  mkdir -p "$stage/kit/$(dirname "$p")"
  cp -a "$p" "$stage/kit/$p"
done
# .bin links of the packages carried (tsc)
mkdir -p "$stage/kit/node_modules/.bin"
ln -sf ../typescript/bin/tsc "$stage/kit/node_modules/.bin/tsc"

say "compressing Node $(node --version) ($node_bin)"
xz -T0 -9 -c "$node_bin" > "$out/node.xz"
say "compressing node_modules (${#prod[@]} run-time packages) and the headers"
tar -C "$stage/kit" -cf - . | xz -T0 -9 -c > "$out/kit.tar.xz"
{
  echo "made $(date -u +%FT%TZ) from $(git rev-parse --short HEAD 2>/dev/null || echo unknown) on $(uname -m)"
  echo "node $(node --version) from $node_bin; headers from $headers"
  du -b "$out/node.xz" "$out/kit.tar.xz" | awk '{ printf "%s %.1f MiB\n", $2, $1 / 1048576 }'
} > "$out/MANIFEST"
total=$(du -cb "$out" | tail -1 | cut -f1)
cat "$out/MANIFEST"
say "$out: $(awk -v b="$total" 'BEGIN { printf "%.1f MiB", b / 1048576 }') in all (the GPU machine takes 64 MiB with the working tree)"
[ "$total" -lt $((60 * 1048576)) ] || { say "too large for a 64 MiB transfer"; exit 1; }
