// nocollapse native addon: the only C++ in the project.
//
// It keeps libtorch tensors in a per-environment slot table and hands integer handles to JavaScript.
// Every op goes through the ATen dispatcher's boxed API (so autograd, oneDNN, BLAS and linalg come
// from libtorch); operator handles are resolved once and cached. Every entry point runs inside
// `guard()`, the single choke point that turns c10::Error / std::exception into a JS TorchError.
// No C++ exception ever reaches Node, and nothing here calls abort on bad input.
//
// Files by area: ops.cc (the dispatcher), tensor.cc (bytes, autograd, runtime), distributed.cc (c10d), device.cc
// (CUDA devices, memory, autocast);
// common.h holds what they share.
#include "common.h"

namespace nc {
namespace {

Napi::Value SetErrorClass(const Napi::CallbackInfo& info) {
  envOf(info.Env()).errorCtor = Napi::Persistent(info[0].As<Napi::Function>());
  return info.Env().Undefined();
}

}  // namespace
}  // namespace nc

// The module's entry point (NODE_API_MODULE needs an unqualified name).
static Napi::Object Init(Napi::Env env, Napi::Object exports) {
  using namespace nc;
  Env* state = new Env();
  env.SetInstanceData<Env>(state);
  registerOps(env, exports, state);
  registerTensor(env, exports, state);
  registerDistributed(env, exports, state);
  registerDevice(env, exports, state);
  exports.Set("setErrorClass", Napi::Function::New(env, SetErrorClass));
  return exports;
}

NODE_API_MODULE(nocollapse, Init)
