// Tensors: bytes in and out, metadata, the slot table's free and stats, autograd, runtime settings.
#include "common.h"

#include <ATen/Parallel.h>
#include <torch/csrc/autograd/autograd.h>
#include <torch/csrc/autograd/generated/variable_factories.h>

#include <cstring>
#include <ATen/detail/CUDAHooksInterface.h>
#ifdef NOCOLLAPSE_CUDA
#include <ATen/cuda/CUDAContext.h>
#endif

namespace nc {
namespace {

// ---------------------------------------------------------------------------------------------
// Tensors ↔ bytes.
at::ScalarType dtypeArg(const Napi::Value& v) {
  int64_t code = v.As<Napi::Number>().Int64Value();
  if (code < 0 || code >= static_cast<int64_t>(at::ScalarType::NumOptions)) throw ArgError("invalid dtype code");
  return static_cast<at::ScalarType>(code);
}

std::vector<int64_t> shapeArg(const Napi::Value& v) {
  if (!v.IsArray()) throw ArgError("shape: expected an array of integers");
  auto arr = v.As<Napi::Array>();
  std::vector<int64_t> out(arr.Length());
  for (uint32_t i = 0; i < arr.Length(); i++) {
    double d = arr.Get(i).As<Napi::Number>().DoubleValue();
    if (d < 0 || d != std::floor(d)) throw ArgError("shape: entries must be non-negative integers");
    out[i] = static_cast<int64_t>(d);
  }
  return out;
}

// fromBytes(typedArrayOrBuffer, shape, dtypeCode, pinned?) → handle (copies the bytes)
Napi::Value FromBytes(const Napi::CallbackInfo& info) {
  return guard(info, "fromBytes", [&](Napi::Env env) -> Napi::Value {
    const uint8_t* data = nullptr;
    size_t len = 0;
    if (info[0].IsTypedArray()) {
      auto ta = info[0].As<Napi::TypedArray>();
      auto ab = ta.ArrayBuffer();
      data = static_cast<const uint8_t*>(ab.Data()) + ta.ByteOffset();
      len = ta.ByteLength();
    } else if (info[0].IsArrayBuffer()) {
      auto ab = info[0].As<Napi::ArrayBuffer>();
      data = static_cast<const uint8_t*>(ab.Data());
      len = ab.ByteLength();
    } else {
      throw ArgError("fromBytes: expected a TypedArray or ArrayBuffer");
    }
    auto shape = shapeArg(info[1]);
    auto dtype = dtypeArg(info[2]);
    int64_t numel = 1;
    for (auto s : shape) numel *= s;
    size_t need = static_cast<size_t>(numel) * c10::elementSize(dtype);
    if (need != len)
      throw ArgError("fromBytes: shape needs " + std::to_string(need) + " bytes, got " + std::to_string(len));
    // pinned: page-locked host memory (where a GPU is usable), so that the copy to the GPU can be non-blocking.
    bool pinned = info.Length() > 3 && info[3].ToBoolean() && at::hasCUDA();
    at::Tensor t = at::empty(shape, at::TensorOptions().dtype(dtype).pinned_memory(pinned));
    if (len) std::memcpy(t.data_ptr(), data, len);
    return Napi::Number::New(env, store(envOf(env), t));
  });
}

// toBytes(h, share) → ArrayBuffer with the contiguous CPU bytes of the tensor. With share=true and a tensor that is
// already contiguous on the CPU, the buffer is a zero-copy view of its storage (like `tensor.numpy()`): it keeps the
// storage alive until the ArrayBuffer is garbage-collected, and sees later in-place changes.
Napi::Value ToBytes(const Napi::CallbackInfo& info) {
  return guard(info, "toBytes", [&](Napi::Env env) -> Napi::Value {
    at::Tensor t = slot(envOf(env), info[0], "tensor").detach();
    bool share = info.Length() > 1 && info[1].ToBoolean();
    size_t len = t.numel() * t.element_size();
    if (share && len > 0 && t.device().is_cpu() && t.is_contiguous()) {
      auto* holder = new at::Tensor(t);
      return Napi::ArrayBuffer::New(
          env, holder->data_ptr(), len, [](Napi::Env, void*, at::Tensor* h) { delete h; }, holder);
    }
    if (!t.device().is_cpu()) t = t.cpu();
    t = t.contiguous();
    auto ab = Napi::ArrayBuffer::New(env, len);
    if (len) std::memcpy(ab.Data(), t.data_ptr(), len);
    return ab;
  });
}

// meta(h) → [dtypeCode, requiresGrad ? 1 : 0, ...shape]
Napi::Value Meta(const Napi::CallbackInfo& info) {
  return guard(info, "meta", [&](Napi::Env env) -> Napi::Value {
    const at::Tensor& t = slot(envOf(env), info[0], "tensor");
    auto sizes = t.sizes();
    Napi::Array out = Napi::Array::New(env, sizes.size() + 2);
    out.Set(0u, static_cast<double>(static_cast<int>(t.scalar_type())));
    out.Set(1u, t.requires_grad() ? 1.0 : 0.0);
    for (size_t i = 0; i < sizes.size(); i++) out.Set(i + 2, static_cast<double>(sizes[i]));
    return out;
  });
}

Napi::Value DeviceOf(const Napi::CallbackInfo& info) {
  return guard(info, "device", [&](Napi::Env env) -> Napi::Value {
    return Napi::String::New(env, slot(envOf(env), info[0], "tensor").device().str());
  });
}

// isContiguous(h, memoryFormatCode) → whether the strides are those of the layout (0 contiguous, 2 channels-last).
Napi::Value IsContiguous(const Napi::CallbackInfo& info) {
  return guard(info, "is_contiguous", [&](Napi::Env env) -> Napi::Value {
    const at::Tensor& t = slot(envOf(env), info[0], "tensor");
    auto code = info[1].As<Napi::Number>().Int32Value();
    if (code != 0 && code != 2) throw ArgError("is_contiguous: memory format must be 0 (contiguous) or 2 (channels-last)");
    return Napi::Boolean::New(env, t.is_contiguous(static_cast<c10::MemoryFormat>(code)));
  });
}

Napi::Value Item(const Napi::CallbackInfo& info) {
  return guard(info, "item", [&](Napi::Env env) -> Napi::Value {
    const at::Tensor& t = slot(envOf(env), info[0], "tensor");
    if (t.numel() != 1)
      throw ArgError("item: tensor has " + std::to_string(t.numel()) + " elements, expected exactly 1");
    return Napi::Number::New(env, t.item().toDouble());
  });
}

Napi::Value Free(const Napi::CallbackInfo& info) {
  Env& e = *static_cast<Env*>(info.Data());
  int32_t h = -1;
  napi_get_value_int32(info.Env(), info[0], &h);
  if (h >= 0 && h < static_cast<int64_t>(e.slots.size()) && e.slots[h].defined()) {
    e.slots[h] = at::Tensor();
    e.freeSlots.push_back(static_cast<int32_t>(h));
    e.live--;
  }
  return info.Env().Undefined();
}

// stats() → {live, created, bytes}: bytes counts each distinct storage once.
Napi::Value Stats(const Napi::CallbackInfo& info) {
  return guard(info, "stats", [&](Napi::Env env) -> Napi::Value {
    Env& e = envOf(env);
    std::unordered_map<const void*, size_t> storages;
    for (const auto& t : e.slots) {
      if (!t.defined() || !t.has_storage()) continue;
      storages[t.storage().unsafeGetStorageImpl()] = t.storage().nbytes();
    }
    double bytes = 0;
    for (const auto& kv : storages) bytes += static_cast<double>(kv.second);
    Napi::Object o = Napi::Object::New(env);
    o.Set("live", static_cast<double>(e.live));
    o.Set("created", static_cast<double>(e.created));
    o.Set("disposed", static_cast<double>(e.created - e.live));
    o.Set("bytes", bytes);
    return o;
  });
}

// ---------------------------------------------------------------------------------------------
// Autograd.
Napi::Value Backward(const Napi::CallbackInfo& info) {
  return guard(info, "backward", [&](Napi::Env env) -> Napi::Value {
    Env& e = envOf(env);
    at::Tensor t = slot(e, info[0], "tensor");
    bool retain = info.Length() > 2 && info[2].IsBoolean() && info[2].As<Napi::Boolean>().Value();
    std::vector<at::Tensor> grads;
    if (info.Length() > 1 && info[1].IsNumber()) grads.push_back(slot(e, info[1], "gradient"));
    else if (t.numel() != 1)
      throw ArgError("backward: a gradient is needed for a non-scalar tensor of " + std::to_string(t.numel()) +
                     " elements");
    torch::autograd::backward({t}, grads, retain);
    return env.Undefined();
  });
}

Napi::Value Grad(const Napi::CallbackInfo& info) {
  return guard(info, "grad", [&](Napi::Env env) -> Napi::Value {
    Env& e = envOf(env);
    const at::Tensor& g = slot(e, info[0], "tensor").grad();
    if (!g.defined()) return env.Null();
    return Napi::Number::New(env, store(e, g));
  });
}

Napi::Value ClearGrad(const Napi::CallbackInfo& info) {
  return guard(info, "clearGrad", [&](Napi::Env env) -> Napi::Value {
    slot(envOf(env), info[0], "tensor").mutable_grad() = at::Tensor();
    return env.Undefined();
  });
}

Napi::Value SetRequiresGrad(const Napi::CallbackInfo& info) {
  return guard(info, "requiresGrad_", [&](Napi::Env env) -> Napi::Value {
    slot(envOf(env), info[0], "tensor").requires_grad_(info[1].ToBoolean());
    return env.Undefined();
  });
}

Napi::Value SetGradEnabled(const Napi::CallbackInfo& info) {
  bool prev = at::GradMode::is_enabled();
  at::GradMode::set_enabled(info[0].ToBoolean());
  return Napi::Boolean::New(info.Env(), prev);
}

// In-place copy of src into dst's storage without recording autograd history (optimizers, loaders).
Napi::Value CopyInto(const Napi::CallbackInfo& info) {
  return guard(info, "copy_", [&](Napi::Env env) -> Napi::Value {
    Env& e = envOf(env);
    at::NoGradGuard ng;
    slot(e, info[0], "dst").copy_(slot(e, info[1], "src"));
    return env.Undefined();
  });
}

// ---------------------------------------------------------------------------------------------
// Runtime.
Napi::Value SetNumThreads(const Napi::CallbackInfo& info) {
  return guard(info, "setNumThreads", [&](Napi::Env env) -> Napi::Value {
    int n = info[0].As<Napi::Number>().Int32Value();
    if (n < 1) throw ArgError("setNumThreads: expected a positive integer");
    at::set_num_threads(n);
    return env.Undefined();
  });
}

Napi::Value GetNumThreads(const Napi::CallbackInfo& info) {
  return Napi::Number::New(info.Env(), at::get_num_threads());
}

Napi::Value ManualSeed(const Napi::CallbackInfo& info) {
  return guard(info, "manualSeed", [&](Napi::Env env) -> Napi::Value {
    double d = info[0].As<Napi::Number>().DoubleValue();
    at::manual_seed(static_cast<uint64_t>(d));
    return env.Undefined();
  });
}

// version() → what this libtorch is and can do. cudaBuilt: libtorch_cuda is loaded (a CUDA build); cuda: a GPU is
// usable now; the CUDA runtime / cuDNN versions come from the CUDA hooks, which throw in a CPU-only libtorch.
Napi::Value Version(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  Napi::Object o = Napi::Object::New(env);
  o.Set("torch", TORCH_VERSION);
  o.Set("parallel", at::get_parallel_info());
  const auto& hooks = at::detail::getCUDAHooks();
  long cudart = -1, cudnn = -1;
  try {
    cudart = hooks.versionCUDART();
  } catch (...) {
    // CPU-only libtorch: the stub hooks throw
  }
  try {
    if (hooks.hasCuDNN()) cudnn = hooks.versionCuDNN();
  } catch (...) {
  }
  int gpus = 0;
  try {
    gpus = hooks.getNumGPUs();
  } catch (...) {
  }
  o.Set("cudaBuilt", cudart >= 0);
  o.Set("cuda", at::hasCUDA());
  o.Set("cudaRuntime", cudart >= 0 ? Napi::Value(Napi::Number::New(env, static_cast<double>(cudart))) : env.Null());
  o.Set("cudnn", cudnn >= 0 ? Napi::Value(Napi::Number::New(env, static_cast<double>(cudnn))) : env.Null());
  o.Set("gpus", gpus);
#ifdef USE_C10D_NCCL
  o.Set("nccl", true);
#else
  o.Set("nccl", false);
#endif
  Napi::Array names = Napi::Array::New(env);
#ifdef NOCOLLAPSE_CUDA
  for (int i = 0; i < gpus; i++) {
    const auto* p = at::cuda::getDeviceProperties(i);
    names.Set(static_cast<uint32_t>(i), std::string(p->name) + " (sm_" + std::to_string(p->major) + std::to_string(p->minor) +
                                           ", " + std::to_string(p->totalGlobalMem >> 20) + " MiB)");
  }
#endif
  o.Set("gpuNames", names);
  return o;
}

}  // namespace

void registerTensor(Napi::Env env, Napi::Object exports, Env* state) {
  exports.Set("fromBytes", Napi::Function::New(env, FromBytes));
  exports.Set("toBytes", Napi::Function::New(env, ToBytes));
  exports.Set("meta", Napi::Function::New(env, Meta));
  exports.Set("device", Napi::Function::New(env, DeviceOf));
  exports.Set("item", Napi::Function::New(env, Item));
  exports.Set("isContiguous", Napi::Function::New(env, IsContiguous));
  exports.Set("free", Napi::Function::New(env, Free, "free", state));
  exports.Set("stats", Napi::Function::New(env, Stats));
  exports.Set("backward", Napi::Function::New(env, Backward));
  exports.Set("grad", Napi::Function::New(env, Grad));
  exports.Set("clearGrad", Napi::Function::New(env, ClearGrad));
  exports.Set("setRequiresGrad", Napi::Function::New(env, SetRequiresGrad));
  exports.Set("setGradEnabled", Napi::Function::New(env, SetGradEnabled));
  exports.Set("copyInto", Napi::Function::New(env, CopyInto));
  exports.Set("setNumThreads", Napi::Function::New(env, SetNumThreads));
  exports.Set("getNumThreads", Napi::Function::New(env, GetNumThreads));
  exports.Set("manualSeed", Napi::Function::New(env, ManualSeed));
  exports.Set("version", Napi::Function::New(env, Version));
}

}  // namespace nc
