// Devices: autocast (mixed precision) state, and the CUDA runtime calls a training loop needs (synchronise, set the
// current device, caching-allocator memory statistics). The CUDA part compiles only against a CUDA libtorch
// (NOCOLLAPSE_CUDA, set by native/libtorch.mjs); in a CPU build those entry points throw a clear TorchError.
#include "common.h"

#include <ATen/autocast_mode.h>
#ifdef NOCOLLAPSE_CUDA
#include <c10/cuda/CUDACachingAllocator.h>
#include <c10/cuda/CUDAFunctions.h>
#include <c10/cuda/CUDAGuard.h>
#endif

namespace nc {
namespace {

c10::DeviceType deviceTypeArg(const Napi::Value& v) {
  std::string s = v.As<Napi::String>();
  if (s == "cpu") return c10::DeviceType::CPU;
  if (s == "cuda") return c10::DeviceType::CUDA;
  throw ArgError("autocast: device type must be 'cpu' or 'cuda', got '" + s + "'");
}

// libtorch 2.4 generalised autocast's state to one (enabled, dtype) pair per device type; 1.x has one pair of
// functions per device type. These three hide the difference.
bool autocastEnabled(c10::DeviceType d) {
#if NC_TORCH_AT_LEAST(2, 4)
  return at::autocast::is_autocast_enabled(d);
#else
  return d == c10::DeviceType::CUDA ? at::autocast::is_enabled() : at::autocast::is_cpu_enabled();
#endif
}
at::ScalarType autocastDtype(c10::DeviceType d) {
#if NC_TORCH_AT_LEAST(2, 4)
  return at::autocast::get_autocast_dtype(d);
#else
  return d == c10::DeviceType::CUDA ? at::autocast::get_autocast_gpu_dtype() : at::autocast::get_autocast_cpu_dtype();
#endif
}
void setAutocast(c10::DeviceType d, bool enabled, at::ScalarType dtype) {
#if NC_TORCH_AT_LEAST(2, 4)
  at::autocast::set_autocast_dtype(d, dtype);
  at::autocast::set_autocast_enabled(d, enabled);
#else
  if (d == c10::DeviceType::CUDA) {
    at::autocast::set_autocast_gpu_dtype(dtype);
    at::autocast::set_enabled(enabled);
  } else {
    at::autocast::set_autocast_cpu_dtype(dtype);
    at::autocast::set_cpu_enabled(enabled);
  }
#endif
}

// autocastSet(deviceType, enabled, dtypeCode) → [wasEnabled, previousDtypeCode]. Entering a region increments
// autocast's nesting count; leaving the outermost region clears its cache of casted weights, as torch.autocast's
// __exit__ does (otherwise every step's float32 → bfloat16 weight copies would stay alive).
Napi::Value AutocastSet(const Napi::CallbackInfo& info) {
  return guard(info, "autocast", [&](Napi::Env env) -> Napi::Value {
    c10::DeviceType d = deviceTypeArg(info[0]);
    bool enabled = info[1].ToBoolean();
    int64_t code = info[2].As<Napi::Number>().Int64Value();
    if (code < 0 || code >= static_cast<int64_t>(at::ScalarType::NumOptions)) throw ArgError("autocast: invalid dtype code");
    auto dtype = static_cast<at::ScalarType>(code);
    if (dtype != at::kBFloat16 && dtype != at::kHalf) throw ArgError("autocast: the dtype must be bfloat16 or float16");
    bool was = autocastEnabled(d);
    auto prev = autocastDtype(d);
    bool entering = info.Length() > 3 && info[3].ToBoolean();
    if (entering) at::autocast::increment_nesting();
    setAutocast(d, enabled, dtype);
    if (!entering && at::autocast::decrement_nesting() == 0) at::autocast::clear_cache();
    Napi::Array out = Napi::Array::New(env, 2);
    out.Set(0u, Napi::Boolean::New(env, was));
    out.Set(1u, Napi::Number::New(env, static_cast<double>(static_cast<int>(prev))));
    return out;
  });
}

Napi::Value AutocastState(const Napi::CallbackInfo& info) {
  return guard(info, "autocast", [&](Napi::Env env) -> Napi::Value {
    c10::DeviceType d = deviceTypeArg(info[0]);
    Napi::Array out = Napi::Array::New(env, 2);
    out.Set(0u, Napi::Boolean::New(env, autocastEnabled(d)));
    out.Set(1u, Napi::Number::New(env, static_cast<double>(static_cast<int>(autocastDtype(d)))));
    return out;
  });
}

// setDeterministic(flag) — cuDNN's deterministic algorithms and ATen's deterministic implementations (warn-only for
// ops that have none), as torch.backends.cudnn.deterministic + torch.use_deterministic_algorithms(True, warn_only=True).
Napi::Value SetDeterministic(const Napi::CallbackInfo& info) {
  return guard(info, "setDeterministic", [&](Napi::Env env) -> Napi::Value {
    bool on = info[0].ToBoolean();
    at::globalContext().setDeterministicCuDNN(on);
    at::globalContext().setDeterministicAlgorithms(on, /*warn_only=*/true);
    return env.Undefined();
  });
}

#ifdef NOCOLLAPSE_CUDA
c10::DeviceIndex deviceIndexArg(const Napi::Value& v) {
  int64_t i = v.IsNumber() ? v.As<Napi::Number>().Int64Value() : static_cast<int64_t>(c10::cuda::current_device());
  if (i < 0 || i >= c10::cuda::device_count())
    throw ArgError("cuda:" + std::to_string(i) + " does not exist (" + std::to_string(c10::cuda::device_count()) + " GPU(s) visible)");
  return static_cast<c10::DeviceIndex>(i);
}
#define NC_CUDA_ONLY(name) (void)0
#else
#define NC_CUDA_ONLY(name) throw ArgError(std::string(name) + ": this libtorch is a CPU build (no CUDA)")
#endif

// cudaSynchronize(index?) — waits for every kernel queued on the device (timings, benchmarks).
Napi::Value CudaSynchronize(const Napi::CallbackInfo& info) {
  return guard(info, "cuda.synchronize", [&](Napi::Env env) -> Napi::Value {
    NC_CUDA_ONLY("cuda.synchronize");
#ifdef NOCOLLAPSE_CUDA
    c10::cuda::CUDAGuard g(deviceIndexArg(info[0]));
    c10::cuda::device_synchronize();
#endif
    return env.Undefined();
  });
}

// cudaSetDevice(index) — the current device, which NCCL and un-indexed "cuda" tensors use (one rank per GPU).
Napi::Value CudaSetDevice(const Napi::CallbackInfo& info) {
  return guard(info, "cuda.set_device", [&](Napi::Env env) -> Napi::Value {
    NC_CUDA_ONLY("cuda.set_device");
#ifdef NOCOLLAPSE_CUDA
    c10::cuda::set_device(deviceIndexArg(info[0]));
#endif
    return env.Undefined();
  });
}

// cudaMemory(index?, resetPeak?) → {allocated, reserved, peakAllocated} in bytes from the caching allocator (what
// torch.cuda.memory_allocated / memory_reserved / max_memory_allocated report).
Napi::Value CudaMemory(const Napi::CallbackInfo& info) {
  return guard(info, "cuda.memory", [&](Napi::Env env) -> Napi::Value {
    NC_CUDA_ONLY("cuda.memory");
    Napi::Object o = Napi::Object::New(env);
#ifdef NOCOLLAPSE_CUDA
    auto d = deviceIndexArg(info[0]);
    auto stats = c10::cuda::CUDACachingAllocator::getDeviceStats(d);
    // Index 0 of each stat array is StatType::AGGREGATE (every pool) in 1.x and 2.x.
    o.Set("allocated", static_cast<double>(stats.allocated_bytes[0].current));
    o.Set("reserved", static_cast<double>(stats.reserved_bytes[0].current));
    o.Set("peakAllocated", static_cast<double>(stats.allocated_bytes[0].peak));
    if (info.Length() > 1 && info[1].ToBoolean()) c10::cuda::CUDACachingAllocator::resetPeakStats(d);
#endif
    return o;
  });
}

Napi::Value CudaEmptyCache(const Napi::CallbackInfo& info) {
  return guard(info, "cuda.empty_cache", [&](Napi::Env env) -> Napi::Value {
    NC_CUDA_ONLY("cuda.empty_cache");
#ifdef NOCOLLAPSE_CUDA
    c10::cuda::CUDACachingAllocator::emptyCache();
#endif
    return env.Undefined();
  });
}

}  // namespace

void registerDevice(Napi::Env env, Napi::Object exports, Env* state) {
  exports.Set("autocastSet", Napi::Function::New(env, AutocastSet));
  exports.Set("autocastState", Napi::Function::New(env, AutocastState));
  exports.Set("setDeterministic", Napi::Function::New(env, SetDeterministic));
  exports.Set("cudaSynchronize", Napi::Function::New(env, CudaSynchronize));
  exports.Set("cudaSetDevice", Napi::Function::New(env, CudaSetDevice));
  exports.Set("cudaMemory", Napi::Function::New(env, CudaMemory));
  exports.Set("cudaEmptyCache", Napi::Function::New(env, CudaEmptyCache));
}

}  // namespace nc
