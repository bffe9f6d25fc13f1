#!/usr/bin/env bash
# Idempotent set-up: Debian packages (only when missing), npm packages, the native addon, TypeScript.
#   bash scripts/setup.sh              everything
#   bash scripts/setup.sh --build-only addon + TypeScript only
# Honours LIBTORCH=/path/to/libtorch (an unpacked libtorch distribution, CPU or CUDA): the addon is built against
# it, with its lib/ in the addon's RUNPATH, and Debian's libtorch-dev is not needed.
set -euo pipefail
cd "$(dirname "$0")/.."
say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

build_only=0
[ "${1:-}" = "--build-only" ] && build_only=1

if [ $build_only = 0 ]; then
  # ---- Debian packages ---------------------------------------------------------------------------
  pkgs=(libopenblas0-pthread dataset-fashion-mnist python3-torch python3-torchvision g++ make python3 chromium fonts-dejavu-core)
  if [ -z "${LIBTORCH:-}" ]; then pkgs+=(libtorch-dev libgloo-dev); fi
  missing=()
  for p in "${pkgs[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    if ! command -v apt-get >/dev/null; then
      say "missing packages: ${missing[*]}; this is not a Debian/Ubuntu system, install them by hand"; exit 1
    fi
    sudo=""
    if [ "$(id -u)" != 0 ]; then
      if command -v sudo >/dev/null; then sudo="sudo"; else
        say "need root to install: ${missing[*]} (run as root, or: sudo apt-get install ${missing[*]})"; exit 1
      fi
    fi
    say "installing Debian packages: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi

  # ---- npm packages ------------------------------------------------------------------------------
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    say "npm ci"
    npm ci --no-audit --no-fund --loglevel=error
  fi
fi

# ---- native addon (rebuilt when its sources or LIBTORCH change) ----------------------------------
addon=native/build/Release/nocollapse.node
stamp=native/build/.libtorch
want="${LIBTORCH:-debian}"
if [ ! -f "$addon" ] || [ native/addon.cc -nt "$addon" ] || [ native/binding.gyp -nt "$addon" ] || [ -n "$(find native/shim -newer "$addon" 2>/dev/null)" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  say "building the native addon against libtorch from ${want} (about a minute)"
  (cd native && npx node-gyp rebuild --loglevel=error >/dev/null)
  echo "$want" > "$stamp"
fi

# ---- TypeScript ----------------------------------------------------------------------------------
say "compiling TypeScript"
npx tsc -p tsconfig.json
npx tsc -p examples/tsconfig.json
say "ready: bin/nocollapse --help"
