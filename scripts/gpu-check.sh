#!/usr/bin/env bash
# The GPU check, on an offline GPU machine that has Python with a CUDA PyTorch (whose package folder holds a full
# libtorch), a C++17 compiler and the CUDA toolkit's headers, but no Node, npm or network. Bring this working tree and
# the folder scripts/gpu-prep.sh made (gpu-kit/) over, then, from the repository root:
#
#   bash scripts/gpu-check.sh OUT [--skip-tests] [--skip-bench] [--study]
#
# It unpacks Node and node_modules from gpu-kit/, builds the addon against torch's libtorch with g++ directly (no
# node-gyp), generates the typed ops for that libtorch and compiles the TypeScript, then runs the device-parametrised
# tests on the GPU (NOCOLLAPSE_TEST_DEVICE=cuda), `bench:gpu` (ours vs PyTorch eager and torch.compile on the same
# GPU) and, with --study, `study --quick --device cuda`. Everything it prints goes to OUT/: info.json, build.log,
# tests.log, bench.json, bench.md, summary.txt. The exit code is the first failing stage's.
#
# Environment: PYTHON (default python3: the interpreter whose torch is used, for the libtorch and the references),
# LIBTORCH (default: that torch's package folder; "system" for the distribution's libtorch-dev), KIT (default gpu-kit),
# GPU_TEST_FILTER (test files to run; default: the device-parametrised ones), GPU_CHECK_DEVICE (default cuda; cpu
# rehearses the whole script on a machine without a GPU).
set -uo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: bash scripts/gpu-check.sh OUT [--skip-tests] [--skip-bench] [--study]}
shift
tests=1 bench=1 study=0
for a in "$@"; do
  case "$a" in
    --skip-tests) tests=0 ;;
    --skip-bench) bench=0 ;;
    --study) study=1 ;;
    *) echo "unknown option $a" >&2; exit 2 ;;
  esac
done
mkdir -p "$out"
out=$(cd "$out" && pwd)
kit=${KIT:-gpu-kit}
py=${PYTHON:-python3}
t0=$(date +%s)
say() { printf '[gpu-check %4ss] %s\n' "$(( $(date +%s) - t0 ))" "$*" | tee -a "$out/summary.txt"; }
fail() { say "FAILED: $*"; exit "${2:-1}"; }
: > "$out/summary.txt"

# ---- 1. Node and node_modules from the kit -------------------------------------------------------------
[ -f "$kit/node.xz" ] && [ -f "$kit/kit.tar.xz" ] || fail "$kit/node.xz and $kit/kit.tar.xz are missing: run 'bash scripts/gpu-prep.sh' on a machine with Node first" 2
rt=.gpu-runtime
rm -rf "$rt" && mkdir -p "$rt/bin"
xz -dc "$kit/node.xz" > "$rt/bin/node" && chmod +x "$rt/bin/node"
tar -C "$rt" -xJf "$kit/kit.tar.xz"
rm -rf node_modules && mv "$rt/node_modules" node_modules
export PATH="$(pwd)/$rt/bin:$PATH"
say "node $(node --version); $(nproc) cores; $(nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader 2>/dev/null | head -1)"

# ---- 2. the addon, built against this machine's torch --------------------------------------------------
dev=${GPU_CHECK_DEVICE:-cuda}
if [ "${LIBTORCH:-}" = system ]; then unset LIBTORCH; else
  LIBTORCH=${LIBTORCH:-$("$py" -c 'import os, torch; print(os.path.dirname(torch.__file__))')} || fail "no torch in $py"
  export LIBTORCH
fi
export NOCOLLAPSE_PYTHON=$(command -v "$py")
say "libtorch: ${LIBTORCH:-the distribution libtorch} ($("$py" -c 'import torch; print(torch.__version__, "CUDA", torch.version.cuda)'))"
{
  node native/libtorch.mjs check || exit 1
  mkdir -p native/build/Release native/build/obj
  mapfile -t inc < <(node native/libtorch.mjs include_dirs)
  mapfile -t defs < <(node native/libtorch.mjs defines)
  mapfile -t cflags < <(node native/libtorch.mjs cflags)
  mapfile -t libs < <(node native/libtorch.mjs libraries)
  # The flags binding.gyp gives node-gyp, for g++ directly: N-API headers, libtorch's, C++17 with exceptions and RTTI.
  flags=(-O2 -fPIC -fexceptions -frtti -Wno-unused-parameter -Wno-deprecated-declarations
    -DNAPI_DISABLE_CPP_EXCEPTIONS -DNAPI_VERSION=8 -DBUILDING_NODE_EXTENSION -DNODE_GYP_MODULE_NAME=nocollapse
    -I"$rt/node-headers/include/node" -I"$(node -p "require('node-addon-api').include_dir")")
  for d in "${inc[@]}"; do [ -n "$d" ] && flags+=("-I$d"); done
  for d in "${defs[@]}"; do [ -n "$d" ] && flags+=("-D$d"); done
  for f in "${cflags[@]}"; do [ -n "$f" ] && flags+=("$f"); done
  pids=()
  for src in native/*.cc; do
    g++ "${flags[@]}" -c "$src" -o "native/build/obj/$(basename "$src" .cc).o" & pids+=($!)
  done
  for p in "${pids[@]}"; do wait "$p" || exit 1; done
  g++ -shared -o native/build/Release/nocollapse.node native/build/obj/*.o "${libs[@]}" || exit 1
  node native/libtorch.mjs describe > native/build/libtorch.json
  node scripts/gen-ops.mjs || exit 1
  # Type errors against a newer libtorch's schemas are reported but do not stop the emit (noEmitOnError is off).
  node node_modules/typescript/bin/tsc -p tsconfig.json || echo "tsc reported type errors (see above); the JavaScript was emitted"
  node node_modules/typescript/bin/tsc -p examples/tsconfig.json || echo "tsc reported type errors in examples/ (see above)"
} > "$out/build.log" 2>&1 || fail "build (see $out/build.log)"
node bin/nocollapse info --json > "$out/info.json" 2>>"$out/build.log" || fail "nocollapse info (see $out/build.log)"
say "built: $(node -e "const i = require('$out/info.json'); console.log('libtorch', i.libtorch, '| cuda', i.cuda, '| gpus', i.gpus, '|', i.gpuNames.join('; '), '| nccl', i.nccl, '| auto device', i.device)")"
[ "$dev" = cpu ] || grep -q '"cuda":true' "$out/info.json" || fail "the addon sees no GPU (info.json)"

rc=0
# ---- 3. the device-parametrised tests on the GPU -------------------------------------------------------
if [ $tests = 1 ]; then
  filter=${GPU_TEST_FILTER:-"tensor/device optim/grad-scaler nn/module losses/ augment/ops data/loader metrics/metrics eval/eval trainer/train.test trainer/memory distributed/distributed"}
  # The augmentation references are torchvision's; a PyTorch without torchvision skips that file (and says so).
  if [ -z "${GPU_TEST_FILTER:-}" ] && ! "$py" -c 'import torchvision' 2>/dev/null; then
    filter=${filter/augment\/ops /}
    say "no torchvision in $py: augment/ops (compared with torchvision) is left out"
  fi
  # shellcheck disable=SC2086
  # Test files in parallel by the machine's cores (the suite's default of 2 suits a 2-core CI machine).
  jobs=$(( $(nproc) / 2 )); [ $jobs -lt 2 ] && jobs=2; [ $jobs -gt 8 ] && jobs=8
  NOCOLLAPSE_TEST_DEVICE=$dev node scripts/run-tests.mjs --test-concurrency=$jobs $filter > "$out/tests.log" 2>&1
  trc=$?
  say "tests on $dev: $(grep -E '^ℹ (tests|pass|fail)' "$out/tests.log" | tr '\n' ' ')(exit $trc)"
  [ $trc = 0 ] || rc=$trc
fi

# ---- 4. bench:gpu ---------------------------------------------------------------------------------------
if [ $bench = 1 ]; then
  extra=()
  [ $study = 1 ] && extra+=(--study)
  if node bench/gpu.mjs --device "$dev" $([ "$dev" = cpu ] && echo --quick) --python "$NOCOLLAPSE_PYTHON" --json "${extra[@]}" > "$out/bench.json" 2> "$out/bench.log"; then
    node bench/gpu.mjs --render "$out/bench.json" > "$out/bench.md"
    say "bench:gpu written to $out/bench.md"
    cat "$out/bench.md" | tee -a "$out/summary.txt" >/dev/null
  else
    say "bench:gpu failed (see $out/bench.log)"
    [ $rc = 0 ] && rc=1
  fi
fi
say "done (exit $rc)"
exit $rc
