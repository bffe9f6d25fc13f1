// Shared by the addon's source files (split by area, as TorchSharp's THSTensor.cpp / THSNN.cpp): the per-environment
// tensor slot table, the error choke point guard(), and the registration functions each area exports.
#pragma once

#include <napi.h>

#include <ATen/ATen.h>
#include <ATen/core/dispatch/Dispatcher.h>
#include <torch/csrc/api/include/torch/version.h>

#include <cstdint>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <vector>

// libtorch version tests (torch/version.h): the 1.x and 2.x APIs differ in a few places (c10d, autocast).
#define NC_TORCH_AT_LEAST(a, b) (TORCH_VERSION_MAJOR > (a) || (TORCH_VERSION_MAJOR == (a) && TORCH_VERSION_MINOR >= (b)))

namespace nc {

// ---------------------------------------------------------------------------------------------
// Argument kinds, derived once per operator from its schema.
enum class Kind : uint8_t {
  Tensor,
  TensorList,
  OptTensorList,
  Int,
  IntList,
  Float,
  FloatList,
  Bool,
  BoolList,
  Scalar,
  Str,
  ScalarType,
  Layout,
  Device,
  MemoryFormat,
  Generator,
  Unsupported,
};

struct ArgSpec {
  std::string name;
  Kind kind = Kind::Unsupported;
  bool optional = false;
  c10::optional<c10::IValue> def;
};

struct OpEntry {
  c10::OperatorHandle handle;
  std::string fullName;
  std::vector<ArgSpec> args;
  size_t nReturns = 0;
};

struct Env {
  std::vector<at::Tensor> slots;
  std::vector<int32_t> freeSlots;
  int64_t live = 0;
  int64_t created = 0;
  std::vector<OpEntry> ops;
  std::unordered_map<std::string, int32_t> opIndex;
  Napi::FunctionReference errorCtor;
  torch::jit::Stack stack;  // reused by every opCall (ops never re-enter JavaScript)
};

inline Env& envOf(const Napi::Env& env) { return *env.GetInstanceData<Env>(); }

// The JS error type: TorchError(message, op). Falls back to Error before `setErrorClass` ran.
inline void throwTorch(const Napi::Env& env, const std::string& op, const std::string& msg) {
  Env& e = envOf(env);
  if (!e.errorCtor.IsEmpty()) {
    Napi::Object err = e.errorCtor.New({Napi::String::New(env, msg), Napi::String::New(env, op)});
    napi_throw(env, err);
  } else {
    Napi::Error::New(env, op + ": " + msg).ThrowAsJavaScriptException();
  }
}

// Errors raised by our own argument checks; caught by guard() like libtorch's.
struct ArgError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// The single choke point. `op` names what was being done for the error message.
template <typename F>
Napi::Value guard(const Napi::CallbackInfo& info, const std::string& op, F&& body) {
  Napi::Env env = info.Env();
  try {
    return body(env);
  } catch (const c10::Error& ex) {
    throwTorch(env, op, ex.what_without_backtrace());
  } catch (const std::exception& ex) {
    throwTorch(env, op, ex.what());
  } catch (...) {
    throwTorch(env, op, "unknown native error");
  }
  return env.Undefined();
}

inline int32_t store(Env& e, at::Tensor t) {
  int32_t h;
  if (!e.freeSlots.empty()) {
    h = e.freeSlots.back();
    e.freeSlots.pop_back();
    e.slots[h] = std::move(t);
  } else {
    h = static_cast<int32_t>(e.slots.size());
    e.slots.push_back(std::move(t));
  }
  e.live++;
  e.created++;
  return h;
}

inline at::Tensor& slot(Env& e, const Napi::Value& v, const char* what) {
  if (!v.IsNumber()) throw ArgError(std::string(what) + ": expected a tensor handle");
  int64_t h = v.As<Napi::Number>().Int64Value();
  if (h < 0 || h >= static_cast<int64_t>(e.slots.size()) || !e.slots[h].defined())
    throw ArgError(std::string(what) + ": tensor handle " + std::to_string(h) +
                   " is not live (used after dispose?)");
  return e.slots[h];
}


// Each area adds its functions to the module's exports.
void registerOps(Napi::Env env, Napi::Object exports, Env* state);
void registerTensor(Napi::Env env, Napi::Object exports, Env* state);
void registerDistributed(Napi::Env env, Napi::Object exports, Env* state);
void registerDevice(Napi::Env env, Napi::Object exports, Env* state);

}  // namespace nc
