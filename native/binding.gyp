{
  # libtorch comes from $LIBTORCH (an unpacked libtorch, or a pip-installed torch's package folder) or the
  # distribution's libtorch-dev; native/libtorch.mjs finds it and gives the flags (headers, ABI, CUDA, NCCL, shim).
  "targets": [
    {
      "target_name": "nocollapse",
      "sources": ["addon.cc", "ops.cc", "tensor.cc", "distributed.cc", "device.cc"],
      "include_dirs": ["<!@(node -p \"require('node-addon-api').include\")", "<!@(node libtorch.mjs include_dirs)"],
      "defines": ["NAPI_DISABLE_CPP_EXCEPTIONS", "NAPI_VERSION=8", "<!@(node libtorch.mjs defines)"],
      "cflags_cc!": ["-fno-exceptions", "-fno-rtti", "-std=gnu++17", "-std=gnu++20"],
      "cflags_cc": ["-fexceptions", "-frtti", "-O2", "-Wno-unused-parameter", "-Wno-deprecated-declarations", "<!@(node libtorch.mjs cflags)"],
      "libraries": ["<!@(node libtorch.mjs libraries)"]
    }
  ]
}
