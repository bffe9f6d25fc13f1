/* A placeholder for NVIDIA's libcudnn.so.9, used ONLY by `scripts/debian13.sh --cuda` to check, on a machine with
 * no GPU and no route to NVIDIA's servers, that the addon builds against Debian's CUDA libtorch and loads
 * libtorch_cuda. Debian's nvidia-cudnn package downloads cuDNN from NVIDIA at install time; offline it cannot, and
 * libtorch_cuda.so needs libcudnn.so.9 (with its versioned symbols) to load. This is not cuDNN: the script appends
 * one stub per cuDNN function libtorch_cuda imports, each returning CUDNN_STATUS_NOT_INITIALIZED, so any real cuDNN
 * call fails with a cuDNN error. Never install it on a machine that trains: install cuDNN (nvidia-cudnn with
 * network access, or NVIDIA's tarball) instead. */
#include <stddef.h>

size_t cudnnGetVersion(void) { return 0; }
size_t cudnnGetCudartVersion(void) { return 0; }
const char* cudnnGetErrorString(int status) { return "cuDNN is not installed (nocollapse's load-check placeholder)"; }
