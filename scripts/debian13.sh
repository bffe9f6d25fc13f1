#!/usr/bin/env bash
# Runs a command (default: the README's `npm test`) in a fresh clone of this repository inside a Debian 13 "trixie"
# chroot made with debootstrap from Debian's archive: libtorch 2.6 where this machine (Debian 12) has 1.13. CI runs it
# after the Debian 12 test run; it also repeats the check by hand. Needs root (debootstrap, chroot, mount).
#
#   bash scripts/debian13.sh [--fresh] [--cuda] [-- CMD...]
#     --fresh   delete the chroot first (CI does: every run starts from debootstrap)
#     --cuda    also install Debian's CUDA libtorch (contrib/non-free) and check that the addon builds against it,
#               loads libtorch_cuda and reports CUDA built in with no GPU present (about 2.5 GB; not in CI)
#     CMD       what to run in the clone (default: npm test)
#
# Environment: NC_TRIXIE_ROOT (default /var/tmp/nocollapse-trixie), NC_TRIXIE_MIRROR (default: the first .../debian
# URI in this host's apt sources), NC_TRIXIE_REF (revision to check out; default HEAD).
# The chroot gets only what a new user has before reading the README (nodejs npm git ca-certificates) plus this
# host's locally added CA certificates (npm may go through a TLS-inspecting proxy). Every mount is undone on exit.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
root=${NC_TRIXIE_ROOT:-/var/tmp/nocollapse-trixie}
fresh=0 cuda=0
while [ $# -gt 0 ]; do
  case "$1" in
    --fresh) fresh=1 ;;
    --cuda) cuda=1 ;;
    --) shift; break ;;
    *) break ;;
  esac
  shift
done
cmd=${*:-npm test}
say() { printf '\033[1m[trixie]\033[0m %s\n' "$*"; }
t0=$(date +%s)
elapsed() { echo "$(( $(date +%s) - t0 )) s"; }
[ "$(id -u)" = 0 ] || { say "run as root (debootstrap, chroot and mount need it)"; exit 2; }

mirror=${NC_TRIXIE_MIRROR:-$(for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; do
  [ -f "$f" ] && awk '!/^[[:space:]]*#/ { for (i = 2; i <= NF; i++) if ($i ~ /^https?:\/\/.*\/debian\/?$/) print $i }' "$f"
done | head -1)}
mirror=${mirror%/}
[ -n "$mirror" ] || { say "no Debian mirror in this host's apt sources; set NC_TRIXIE_MIRROR"; exit 2; }

# ---- mounts, undone on any exit -----------------------------------------------------------------------
mounted=()
cleanup() {
  local i
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount "${mounted[i]}" 2>/dev/null || umount -l "${mounted[i]}" 2>/dev/null || true; done
}
trap cleanup EXIT
mnt() {  # mnt TARGET mount-args...
  local t=$root$1; shift
  mkdir -p "$t"
  mountpoint -q "$t" && return 0
  mount "$@" "$t"
  mounted+=("$t")
  if [ "$1" = --bind ]; then mount --make-private "$t"; fi  # keep mounts below a bound /dev from reaching the host's
}
inroot() {  # a clean login-like root environment: what a new user has
  chroot "$root" /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root TERM=dumb \
    LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive CI="${CI:-}" bash -c "$1"
}

# ---- 1. the chroot ----------------------------------------------------------------------------------
if [ $fresh = 1 ] && [ -d "$root" ]; then
  # Mounts left by a run that was killed before its clean-up (deepest first); rm stays on this file system anyway.
  for m in $(awk -v r="$root/" 'index($2, r) == 1 { print $2 }' /proc/mounts | sort -r); do umount -l "$m" || true; done
  rm -rf --one-file-system "$root"
fi
if ! command -v debootstrap >/dev/null; then
  say "installing debootstrap"
  apt-get -o DPkg::Lock::Timeout=600 update -qq
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends debootstrap >/dev/null
fi
if [ ! -x "$root/usr/bin/apt-get" ] || ! grep -qs VERSION_CODENAME=trixie "$root/etc/os-release"; then
  say "debootstrap trixie into $root"
  log=$(mktemp)
  debootstrap --variant=minbase trixie "$root" "$mirror" >"$log" 2>&1 || { tail -20 "$log"; say "debootstrap failed"; exit 1; }
  rm -f "$log"
fi
mnt /proc -t proc proc
mnt /sys -t sysfs sysfs
mnt /dev --bind /dev
mnt /dev/pts --bind /dev/pts
mnt /dev/shm -t tmpfs -o mode=1777,size=4g shm  # Chromium and Python multiprocessing need a /dev/shm of their own
cp -L /etc/resolv.conf "$root/etc/resolv.conf"
components="main contrib"
[ $cuda = 1 ] && components="main contrib non-free non-free-firmware"
printf 'deb %s trixie %s\ndeb %s trixie-updates %s\n' "$mirror" "$components" "$mirror" "$components" > "$root/etc/apt/sources.list"
rm -f "$root/etc/apt/sources.list.d/debian.sources"
if compgen -G "/usr/local/share/ca-certificates/*.crt" >/dev/null; then
  mkdir -p "$root/usr/local/share/ca-certificates"
  cp /usr/local/share/ca-certificates/*.crt "$root/usr/local/share/ca-certificates/"
fi
# (--cuda: the answer to nvidia-cudnn's licence question must be there before any apt run configures it; see below)
[ $cuda = 1 ] && inroot "echo 'nvidia-cudnn nvidia-cudnn/question select I Decline' | debconf-set-selections"
say "installing nodejs npm git ca-certificates ($(elapsed))"
inroot "apt-get update -qq && apt-get install -y -qq --no-install-recommends nodejs npm git ca-certificates >/dev/null && update-ca-certificates >/dev/null 2>&1"
say "$(inroot '. /etc/os-release; echo $PRETTY_NAME'), node $(inroot 'node --version'), npm $(inroot 'npm --version') ($(elapsed))"

if [ $cuda = 1 ]; then
  # Debian's CUDA libtorch. nvidia-cudnn's install script downloads cuDNN from NVIDIA once its licence is accepted;
  # only Debian's archive is reachable here, so the licence question is answered "I Decline" (the package then
  # configures without downloading) and a placeholder libcudnn.so.9 (scripts/cuda-check/cudnn-placeholder.c: not
  # cuDNN, one version query) lets libtorch_cuda load for this check. A machine that trains installs real cuDNN.
  say "installing Debian's CUDA libtorch (libtorch-cuda-dev & co, about 2.5 GB) ($(elapsed))"
  inroot "apt-get install -y -qq --no-install-recommends libtorch-cuda-dev libgloo-cuda-dev libnccl-dev python3-torch-cuda gcc >/dev/null"
  rm -f "$root/usr/local/lib/libcudnn.so.9" && inroot ldconfig  # an earlier run's placeholder: made anew below
  if ! inroot "ldconfig -p | grep -q 'libcudnn.so.9 '"; then
    say "no libcudnn.so.9 (cuDNN was not downloaded): installing the placeholder into /usr/local/lib for this check"
    cp scripts/cuda-check/cudnn-placeholder.c "$root/tmp/"
    inroot 'cd /tmp && nm -D --undefined-only /usr/lib/x86_64-linux-gnu/libtorch*.so | awk "/ cudnn/ {print \$2}" | sed "s/@.*//" | sort -u |
      grep -vx -e cudnnGetVersion -e cudnnGetCudartVersion -e cudnnGetErrorString | sed "s/.*/int &(void) { return 1; }/" >> cudnn-placeholder.c &&
      echo "libcudnn.so.9 { global: *; };" > cudnn.map &&
      gcc -shared -fPIC -O2 -Wl,-soname,libcudnn.so.9 -Wl,--version-script=cudnn.map -o /usr/local/lib/libcudnn.so.9 cudnn-placeholder.c && ldconfig &&
      echo "  placeholder: $(grep -c "return 1;" cudnn-placeholder.c) cuDNN functions stubbed"'

  fi
  inroot "dpkg-query -W -f='\${Package} \${Version} \${Status}\n' libtorch-cuda-dev libnccl-dev nvidia-cudnn python3-torch-cuda" | sed 's/^/  /' || true
fi

# ---- 2. a fresh clone, and the command ----------------------------------------------------------------
rm -rf "$root/root/nocollapse"
git clone -q "$repo" "$root/root/nocollapse"
[ -z "${NC_TRIXIE_REF:-}" ] || git -C "$root/root/nocollapse" checkout -q "$NC_TRIXIE_REF"
say "clone of $(git -C "$root/root/nocollapse" log -1 --format=%h); running '$cmd' ($(elapsed))"
set +e
inroot "cd /root/nocollapse && $cmd"
rc=$?
set -e
say "'$cmd' exited with $rc after $(elapsed) in all"
exit $rc
