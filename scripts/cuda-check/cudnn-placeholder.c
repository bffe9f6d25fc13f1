/* A placeholder for NVIDIA's libcudnn.so.9, used ONLY by `scripts/debian13.sh --cuda` to check, on a machine with
 * no GPU and no route to NVIDIA's servers, that the addon builds against Debian's CUDA libtorch and loads
 * libtorch_cuda. Debian's nvidia-cudnn package downloads cuDNN from NVIDIA at install time; offline it cannot, and
 * libtorch_cuda.so needs libcudnn.so.9 to load. This is not cuDNN: it defines the one function libtorch calls at
 * start-up queries (the version, reported as 0 = "no cuDNN"), and any real cuDNN call would fail to resolve. Never
 * install it on a machine that trains: install cuDNN (nvidia-cudnn with network, or NVIDIA's tarball) instead. */
#include <stddef.h>

size_t cudnnGetVersion(void) { return 0; }
size_t cudnnGetCudartVersion(void) { return 0; }
