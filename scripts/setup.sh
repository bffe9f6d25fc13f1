#!/usr/bin/env bash
# Idempotent set-up: Debian packages (only when missing), npm packages, the native addon, TypeScript.
#   bash scripts/setup.sh              everything
#   bash scripts/setup.sh --build-only addon + TypeScript only
# Honours LIBTORCH=/path/to/libtorch (an unpacked libtorch distribution or a pip-installed torch's package folder, CPU
# or CUDA): the addon is built against it, with its lib/ in the addon's RUNPATH, and Debian's libtorch-dev is not
# needed. Debian's CUDA build (libtorch-cuda-dev, contrib) is used when installed and never replaced by the CPU one.
# Nothing is downloaded but Debian's and npm's packages: node-gyp gets the Node headers from the distribution.
set -euo pipefail
cd "$(dirname "$0")/.."
say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

build_only=0
# Where this Node lives: its headers are $node_prefix/include/node when it ships them.
node_prefix=$(dirname "$(dirname "$(readlink -f "$(command -v node)")")")
[ "${1:-}" = "--build-only" ] && build_only=1

if [ $build_only = 0 ]; then
  # ---- Debian packages ---------------------------------------------------------------------------
  pkgs=(libopenblas0-pthread dataset-fashion-mnist python3-torchvision g++ make python3 chromium fonts-dejavu-core)
  installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
  # The CUDA builds conflict with the CPU ones: whichever of a pair is installed stays.
  if installed python3-torch-cuda; then pkgs+=(python3-torch-cuda); else pkgs+=(python3-torch); fi
  if [ -z "${LIBTORCH:-}" ]; then
    if installed libtorch-cuda-dev; then
      say "Debian's CUDA libtorch (libtorch-cuda-dev) is installed: building against it"
      pkgs+=(libtorch-cuda-dev)
      installed libgloo-cuda-dev && pkgs+=(libgloo-cuda-dev) || pkgs+=(libgloo-dev)
    else
      pkgs+=(libtorch-dev libgloo-dev)
    fi
  fi
  # node-gyp needs Node's headers; a distribution's Node has them in libnode-dev (a Node from a tarball ships them).
  if [ ! -f "$node_prefix/include/node/node_api.h" ] && dpkg -S "$(readlink -f "$(command -v node)")" >/dev/null 2>&1; then
    pkgs+=(libnode-dev)
  fi
  missing=()
  for p in "${pkgs[@]}"; do installed "$p" || missing+=("$p"); done
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
    # Wait for another apt (unattended upgrades, a second set-up) instead of failing on its lock.
    apt=(apt-get -o DPkg::Lock::Timeout=600)
    $sudo "${apt[@]}" update -qq
    DEBIAN_FRONTEND=noninteractive $sudo "${apt[@]}" install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi

  # ---- npm packages ------------------------------------------------------------------------------
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    say "npm ci"
    npm ci --no-audit --no-fund --loglevel=error
  fi
fi

# ---- native addon (rebuilt when its sources or the libtorch it is built against change) -------------
# Node's headers from the distribution when npm has no nodedir of its own (node-gyp would download them).
if [ -z "${npm_config_nodedir:-}" ]; then
  nd=$(npm config get nodedir 2>/dev/null || true)
  if { [ -z "$nd" ] || [ "$nd" = undefined ] || [ "$nd" = null ]; } && [ -f "$node_prefix/include/node/node_api.h" ]; then
    export npm_config_nodedir="$node_prefix"
  fi
fi
node native/libtorch.mjs check
addon=native/build/Release/nocollapse.node
stamp=native/build/libtorch.json
want=$(node native/libtorch.mjs describe)
if [ ! -f "$addon" ] || [ -n "$(find native -maxdepth 1 \( -name '*.cc' -o -name '*.h' -o -name '*.gyp' -o -name '*.mjs' \) -newer "$addon")" ] ||
   [ -n "$(find native/shim -newer "$addon" 2>/dev/null)" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  say "building the native addon against libtorch $(node -p "const d = $want; d.version + (d.cuda ? ' (CUDA)' : '') + ' from ' + (d.root ?? 'the distribution')") (a few minutes)"
  (cd native && npx node-gyp rebuild --loglevel=error >/dev/null)
  echo "$want" > "$stamp"
fi

# ---- typed ops for this libtorch (src/tensor/ops.generated.ts, generated, not committed) -------------
node scripts/gen-ops.mjs --quiet

# ---- TypeScript ----------------------------------------------------------------------------------
say "compiling TypeScript"
npx tsc -p tsconfig.json
npx tsc -p examples/tsconfig.json
say "ready: bin/nocollapse --help"
