// nocollapse native addon: the only C++ in the project.
//
// It keeps libtorch tensors in a per-environment slot table and hands integer handles to JavaScript.
// Every op goes through the ATen dispatcher's boxed API (so autograd, oneDNN, BLAS and linalg come
// from libtorch); operator handles are resolved once and cached. Every entry point runs inside
// `guard()`, the single choke point that turns c10::Error / std::exception into a JS TorchError.
// No C++ exception ever reaches Node, and nothing here calls abort on bad input.

#include <napi.h>

#include <ATen/ATen.h>
#include <ATen/Parallel.h>
#include <ATen/core/dispatch/Dispatcher.h>
#include <torch/csrc/autograd/autograd.h>
#include <torch/csrc/autograd/generated/variable_factories.h>
#include <torch/version.h>
#include <torch/csrc/autograd/custom_function.h>
#include <torch/csrc/distributed/c10d/ProcessGroupGloo.hpp>
#include <torch/csrc/distributed/c10d/TCPStore.hpp>
#include <torch/csrc/distributed/c10d/FileStore.hpp>
#include <torch/csrc/distributed/c10d/PrefixStore.hpp>
#if TORCH_VERSION_MAJOR < 2
#include <torch/csrc/distributed/c10d/reducer.hpp>
#endif

#include <algorithm>
#include <chrono>
#include <limits>
#include <memory>
#include <mutex>

#include <cstring>
#include <functional>
#include <string>
#include <unordered_map>
#include <vector>


namespace {

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

Env& envOf(const Napi::Env& env) { return *env.GetInstanceData<Env>(); }

// The JS error type: TorchError(message, op). Falls back to Error before `setErrorClass` ran.
void throwTorch(const Napi::Env& env, const std::string& op, const std::string& msg) {
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

int32_t store(Env& e, at::Tensor t) {
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

at::Tensor& slot(Env& e, const Napi::Value& v, const char* what) {
  if (!v.IsNumber()) throw ArgError(std::string(what) + ": expected a tensor handle");
  int64_t h = v.As<Napi::Number>().Int64Value();
  if (h < 0 || h >= static_cast<int64_t>(e.slots.size()) || !e.slots[h].defined())
    throw ArgError(std::string(what) + ": tensor handle " + std::to_string(h) +
                   " is not live (used after dispose?)");
  return e.slots[h];
}

// ---------------------------------------------------------------------------------------------
// Schema → kinds.
Kind kindOfBase(const c10::TypePtr& t) {
  using K = c10::TypeKind;
  switch (t->kind()) {
    case K::TensorType: return Kind::Tensor;
    case K::IntType:
    case K::SymIntType: return Kind::Int;
    case K::FloatType: return Kind::Float;
    case K::BoolType: return Kind::Bool;
    case K::NumberType: return Kind::Scalar;
    case K::StringType: return Kind::Str;
    case K::ScalarTypeType: return Kind::ScalarType;
    case K::LayoutType: return Kind::Layout;
    case K::DeviceObjType: return Kind::Device;
    case K::MemoryFormatType: return Kind::MemoryFormat;
    case K::GeneratorType: return Kind::Generator;
    case K::ListType: {
      auto elem = t->castRaw<c10::ListType>()->getElementType();
      if (elem->kind() == K::OptionalType) {
        auto inner = elem->castRaw<c10::OptionalType>()->getElementType();
        if (inner->kind() == K::TensorType) return Kind::OptTensorList;
        return Kind::Unsupported;
      }
      switch (elem->kind()) {
        case K::TensorType: return Kind::TensorList;
        case K::IntType:
        case K::SymIntType: return Kind::IntList;
        case K::FloatType: return Kind::FloatList;
        case K::BoolType: return Kind::BoolList;
        default: return Kind::Unsupported;
      }
    }
    default: return Kind::Unsupported;
  }
}

ArgSpec specOf(const c10::Argument& a) {
  ArgSpec s;
  s.name = a.name();
  c10::TypePtr t = a.real_type();
  if (t->kind() == c10::TypeKind::OptionalType) {
    s.optional = true;
    t = t->castRaw<c10::OptionalType>()->getElementType();
  }
  s.kind = kindOfBase(t);
  s.def = a.default_value();
  return s;
}

const char* kindName(Kind k) {
  switch (k) {
    case Kind::Tensor: return "Tensor";
    case Kind::TensorList: return "Tensor[]";
    case Kind::OptTensorList: return "Tensor?[]";
    case Kind::Int: return "int";
    case Kind::IntList: return "int[]";
    case Kind::Float: return "float";
    case Kind::FloatList: return "float[]";
    case Kind::Bool: return "bool";
    case Kind::BoolList: return "bool[]";
    case Kind::Scalar: return "Scalar";
    case Kind::Str: return "str";
    case Kind::ScalarType: return "ScalarType";
    case Kind::Layout: return "Layout";
    case Kind::Device: return "Device";
    case Kind::MemoryFormat: return "MemoryFormat";
    case Kind::Generator: return "Generator";
    default: return "unsupported";
  }
}

// ---------------------------------------------------------------------------------------------
// JS value → IValue, following the argument's kind.
int64_t toInt(const Napi::Value& v, const ArgSpec& s) {
  if (!v.IsNumber()) throw ArgError("argument '" + s.name + "' expects an integer");
  double d = v.As<Napi::Number>().DoubleValue();
  if (d != static_cast<double>(static_cast<int64_t>(d)))
    throw ArgError("argument '" + s.name + "' expects an integer, got " + std::to_string(d));
  return static_cast<int64_t>(d);
}

c10::IValue toIValue(Env& e, const Napi::Value& v, const ArgSpec& s) {
  switch (s.kind) {
    case Kind::Tensor: return slot(e, v, s.name.c_str());
    case Kind::TensorList:
    case Kind::OptTensorList: {
      if (!v.IsArray()) throw ArgError("argument '" + s.name + "' expects an array of tensors");
      auto arr = v.As<Napi::Array>();
      if (s.kind == Kind::TensorList) {
        std::vector<at::Tensor> out;
        out.reserve(arr.Length());
        for (uint32_t i = 0; i < arr.Length(); i++) out.push_back(slot(e, arr.Get(i), s.name.c_str()));
        return c10::IValue(out);
      }
      c10::List<c10::optional<at::Tensor>> out;
      for (uint32_t i = 0; i < arr.Length(); i++) {
        Napi::Value x = arr.Get(i);
        if (x.IsNull() || x.IsUndefined()) out.push_back(c10::nullopt);
        else out.push_back(slot(e, x, s.name.c_str()));
      }
      return c10::IValue(out);
    }
    case Kind::Int:
    case Kind::ScalarType:
    case Kind::Layout:
    case Kind::MemoryFormat: return c10::IValue(toInt(v, s));
    case Kind::IntList: {
      if (v.IsNumber()) return c10::IValue(std::vector<int64_t>{toInt(v, s)});
      if (!v.IsArray()) throw ArgError("argument '" + s.name + "' expects an array of integers");
      auto arr = v.As<Napi::Array>();
      std::vector<int64_t> out(arr.Length());
      for (uint32_t i = 0; i < arr.Length(); i++) out[i] = toInt(arr.Get(i), s);
      return c10::IValue(out);
    }
    case Kind::Float:
      if (!v.IsNumber()) throw ArgError("argument '" + s.name + "' expects a number");
      return c10::IValue(v.As<Napi::Number>().DoubleValue());
    case Kind::FloatList: {
      if (!v.IsArray()) throw ArgError("argument '" + s.name + "' expects an array of numbers");
      auto arr = v.As<Napi::Array>();
      std::vector<double> out(arr.Length());
      for (uint32_t i = 0; i < arr.Length(); i++) out[i] = arr.Get(i).As<Napi::Number>().DoubleValue();
      return c10::IValue(out);
    }
    case Kind::Bool:
      if (!v.IsBoolean()) throw ArgError("argument '" + s.name + "' expects a boolean");
      return c10::IValue(v.As<Napi::Boolean>().Value());
    case Kind::BoolList: {
      if (!v.IsArray()) throw ArgError("argument '" + s.name + "' expects an array of booleans");
      auto arr = v.As<Napi::Array>();
      if (arr.Length() == 2) return c10::IValue(std::array<bool, 2>{arr.Get(0u).ToBoolean(), arr.Get(1u).ToBoolean()});
      if (arr.Length() == 3)
        return c10::IValue(std::array<bool, 3>{arr.Get(0u).ToBoolean(), arr.Get(1u).ToBoolean(), arr.Get(2u).ToBoolean()});
      if (arr.Length() == 4)
        return c10::IValue(std::array<bool, 4>{arr.Get(0u).ToBoolean(), arr.Get(1u).ToBoolean(),
                                               arr.Get(2u).ToBoolean(), arr.Get(3u).ToBoolean()});
      throw ArgError("argument '" + s.name + "' expects 2 to 4 booleans");
    }
    case Kind::Scalar: {
      // A JS number is a double; integers that are exactly representable become integral Scalars so
      // that integer tensors keep their dtype (x.add(1) on int64 stays int64), as in Python.
      if (v.IsBoolean()) return c10::IValue(v.As<Napi::Boolean>().Value());
      if (!v.IsNumber()) throw ArgError("argument '" + s.name + "' expects a number");
      double d = v.As<Napi::Number>().DoubleValue();
      if (std::isfinite(d) && std::abs(d) < 9007199254740992.0 && d == std::floor(d) && !(d == 0 && std::signbit(d)))
        return c10::IValue(static_cast<int64_t>(d));
      return c10::IValue(d);
    }
    case Kind::Str:
      if (!v.IsString()) throw ArgError("argument '" + s.name + "' expects a string");
      return c10::IValue(v.As<Napi::String>().Utf8Value());
    case Kind::Device:
      if (!v.IsString()) throw ArgError("argument '" + s.name + "' expects a device string such as 'cpu'");
      return c10::IValue(c10::Device(v.As<Napi::String>().Utf8Value()));
    case Kind::Generator: throw ArgError("argument '" + s.name + "': generators are not supported; use manualSeed");
    default: throw ArgError("argument '" + s.name + "' has a type the addon does not support");
  }
}

Napi::Value fromIValue(Napi::Env env, Env& e, const c10::IValue& v) {
  if (v.isTensor()) {
    const at::Tensor& t = v.toTensor();
    if (!t.defined()) return env.Null();
    return Napi::Number::New(env, store(e, t));
  }
  if (v.isNone()) return env.Null();
  if (v.isInt()) return Napi::Number::New(env, static_cast<double>(v.toInt()));
  if (v.isDouble()) return Napi::Number::New(env, v.toDouble());
  if (v.isBool()) return Napi::Boolean::New(env, v.toBool());
  if (v.isString()) return Napi::String::New(env, v.toStringRef());
  if (v.isTensorList()) {
    auto list = v.toTensorList();
    Napi::Array arr = Napi::Array::New(env, list.size());
    for (size_t i = 0; i < list.size(); i++) {
      at::Tensor t = list.get(i);
      arr.Set(i, t.defined() ? Napi::Value(Napi::Number::New(env, store(e, t))) : env.Null());
    }
    return arr;
  }
  if (v.isTuple()) {
    const auto& elems = v.toTupleRef().elements();
    Napi::Array arr = Napi::Array::New(env, elems.size());
    for (size_t i = 0; i < elems.size(); i++) arr.Set(i, fromIValue(env, e, elems[i]));
    return arr;
  }
  if (v.isIntList()) {
    auto list = v.toIntVector();
    Napi::Array arr = Napi::Array::New(env, list.size());
    for (size_t i = 0; i < list.size(); i++) arr.Set(i, Napi::Number::New(env, static_cast<double>(list[i])));
    return arr;
  }
  if (v.isDoubleList()) {
    auto list = v.toDoubleVector();
    Napi::Array arr = Napi::Array::New(env, list.size());
    for (size_t i = 0; i < list.size(); i++) arr.Set(i, Napi::Number::New(env, list[i]));
    return arr;
  }
  if (v.isScalar()) return Napi::Number::New(env, v.toScalar().toDouble());
  if (v.isDevice()) return Napi::String::New(env, v.toDevice().str());
  throw ArgError(std::string("cannot return a value of type ") + v.tagKind());
}

// ---------------------------------------------------------------------------------------------
// Ops.
int32_t resolveOp(Env& e, const std::string& name, const std::string& overload) {
  std::string key = name + "." + overload;
  auto it = e.opIndex.find(key);
  if (it != e.opIndex.end()) return it->second;
  auto handle = c10::Dispatcher::singleton().findSchemaOrThrow(name.c_str(), overload.c_str());
  OpEntry op{handle, overload.empty() ? name : key, {}, 0};
  const auto& schema = handle.schema();
  for (const auto& a : schema.arguments()) op.args.push_back(specOf(a));
  op.nReturns = schema.returns().size();
  int32_t id = static_cast<int32_t>(e.ops.size());
  e.ops.push_back(std::move(op));
  e.opIndex.emplace(key, id);
  return id;
}

Napi::Value OpResolve(const Napi::CallbackInfo& info) {
  std::string name = info[0].As<Napi::String>();
  std::string overload = info.Length() > 1 && info[1].IsString() ? info[1].As<Napi::String>().Utf8Value() : "";
  return guard(info, name + "." + overload, [&](Napi::Env env) -> Napi::Value {
    return Napi::Number::New(env, resolveOp(envOf(env), name, overload));
  });
}

// opCall(id, arg0, arg1, ...) → value | value[] (several returns). Arguments are positional (no array: reading
// them from the CallbackInfo is free, an array costs one N-API call per element). Missing (undefined) args take the
// schema default; optional args take None. This is the hot path of every op: it reuses one IValue stack per
// environment and reads tensor handles with a single N-API call each.
Napi::Value OpCall(const Napi::CallbackInfo& info) {
  Env& e = *static_cast<Env*>(info.Data());
  napi_env raw = info.Env();
  int64_t id = -1;
  if (info.Length() < 1 || napi_get_value_int64(raw, info[0], &id) != napi_ok || id < 0 ||
      id >= static_cast<int64_t>(e.ops.size())) {
    throwTorch(info.Env(), "opCall", "unknown operator id");
    return info.Env().Undefined();
  }
  OpEntry& op = e.ops[id];
  return guard(info, op.fullName, [&](Napi::Env env) -> Napi::Value {
    size_t n = info.Length() - 1;
    if (n > op.args.size())
      throw ArgError("got " + std::to_string(n) + " arguments, schema takes " + std::to_string(op.args.size()));
    torch::jit::Stack& stack = e.stack;
    stack.clear();
    for (size_t i = 0; i < op.args.size(); i++) {
      const ArgSpec& s = op.args[i];
      napi_valuetype t = napi_undefined;
      napi_value v = nullptr;
      if (i < n) {
        v = info[i + 1];
        napi_typeof(raw, v, &t);
      }
      if (t == napi_undefined) {
        if (s.def.has_value()) stack.push_back(*s.def);
        else if (s.optional) stack.emplace_back();
        else throw ArgError("missing required argument '" + s.name + "'");
      } else if (t == napi_null) {
        if (!s.optional) throw ArgError("argument '" + s.name + "' is required (got null)");
        stack.emplace_back();
      } else if (s.kind == Kind::Tensor && t == napi_number) {
        int32_t h = -1;
        napi_get_value_int32(raw, v, &h);
        if (h < 0 || h >= static_cast<int32_t>(e.slots.size()) || !e.slots[h].defined())
          throw ArgError(s.name + ": tensor handle " + std::to_string(h) + " is not live (used after dispose?)");
        stack.emplace_back(e.slots[h]);
      } else {
        stack.push_back(toIValue(e, Napi::Value(raw, v), s));
      }
    }
    op.handle.callBoxed(stack);
    Napi::Value result;
    if (stack.empty()) result = env.Undefined();
    else if (op.nReturns == 1 && stack.size() == 1) {
      if (stack[0].isTensor() && stack[0].toTensor().defined()) {
        napi_value num;
        napi_create_int32(raw, store(e, std::move(stack[0]).toTensor()), &num);
        result = Napi::Value(raw, num);
      } else {
        result = fromIValue(env, e, stack[0]);
      }
    } else {
      Napi::Array out = Napi::Array::New(env, stack.size());
      for (size_t i = 0; i < stack.size(); i++) out.Set(i, fromIValue(env, e, stack[i]));
      result = out;
    }
    stack.clear();
    return result;
  });
}

// All registered aten schemas, structured for the generator.
Napi::Value Schemas(const Napi::CallbackInfo& info) {
  return guard(info, "schemas", [&](Napi::Env env) -> Napi::Value {
    auto names = c10::Dispatcher::singleton().getAllOpNames();
    Napi::Array out = Napi::Array::New(env);
    uint32_t k = 0;
    for (const auto& n : names) {
      auto h = c10::Dispatcher::singleton().findOp(n);
      if (!h || !h->hasSchema()) continue;
      const auto& schema = h->schema();
      Napi::Object o = Napi::Object::New(env);
      o.Set("name", n.name);
      o.Set("overload", n.overload_name);
      o.Set("schema", c10::toString(schema));
      Napi::Array args = Napi::Array::New(env);
      uint32_t i = 0;
      for (const auto& a : schema.arguments()) {
        ArgSpec s = specOf(a);
        Napi::Object ao = Napi::Object::New(env);
        ao.Set("name", a.name());
        ao.Set("type", a.real_type()->annotation_str());
        ao.Set("kind", kindName(s.kind));
        ao.Set("optional", s.optional);
        ao.Set("hasDefault", s.def.has_value());
        ao.Set("kwargOnly", a.kwarg_only());
        ao.Set("mutable", a.alias_info() != nullptr && a.alias_info()->isWrite());
        args.Set(i++, ao);
      }
      o.Set("args", args);
      Napi::Array rets = Napi::Array::New(env);
      i = 0;
      for (const auto& r : schema.returns()) rets.Set(i++, Napi::String::New(env, r.real_type()->annotation_str()));
      o.Set("returns", rets);
      out.Set(k++, o);
    }
    return out;
  });
}

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

// fromBytes(typedArrayOrBuffer, shape, dtypeCode) → handle (copies the bytes)
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
    at::Tensor t = at::empty(shape, at::TensorOptions().dtype(dtype));
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

Napi::Value Version(const Napi::CallbackInfo& info) {
  Napi::Object o = Napi::Object::New(info.Env());
  o.Set("torch", TORCH_VERSION);
  o.Set("parallel", at::get_parallel_info());
  o.Set("cuda", at::hasCUDA());
  return o;
}


// ---------------------------------------------------------------------------------------------
// Distributed: c10d process groups (Gloo on CPU), collectives, and two differentiable collectives.
//
// Collectives block the calling thread until done or timed out (the group's timeout); a lost peer or a timeout
// raises a c10::Error that guard() turns into a TorchError. NCCL needs a CUDA libtorch built with it.
// libtorch 2.x made ProcessGroupGloo a c10d::Backend (1.x: a c10d::ProcessGroup); both have the collectives used here.
#if TORCH_VERSION_MAJOR >= 2
using PgBase = c10d::Backend;
#else
using PgBase = c10d::ProcessGroup;
#endif

struct Group {
  c10::intrusive_ptr<c10d::Store> store;
  c10::intrusive_ptr<PgBase> pg;
  int rank = 0;
  int size = 1;
  std::chrono::milliseconds timeout{60000};
};
std::mutex groupsMutex;
std::vector<std::shared_ptr<Group>> groups;

std::shared_ptr<Group> groupOf(int64_t id) {
  std::lock_guard<std::mutex> lock(groupsMutex);
  if (id < 0 || id >= static_cast<int64_t>(groups.size()) || !groups[id])
    throw ArgError("process group " + std::to_string(id) + " does not exist (destroyed?)");
  return groups[id];
}

void waitFor(const c10::intrusive_ptr<c10d::Work>& w, const Group& g) { w->wait(g.timeout); }

void allReduceSumInPlace(Group& g, at::Tensor& t) {
  std::vector<at::Tensor> v{t};
  waitFor(g.pg->allreduce(v, c10d::AllreduceOptions{c10d::ReduceOp::SUM}), g);
}

at::Tensor allGatherCat(Group& g, const at::Tensor& x) {
  std::vector<at::Tensor> in{x.contiguous()};
  std::vector<std::vector<at::Tensor>> out(1);
  for (int r = 0; r < g.size; r++) out[0].push_back(at::empty_like(in[0]));
  waitFor(g.pg->allgather(out, in), g);
  return at::cat(out[0], 0);
}

// Sum over ranks whose backward is again a sum over ranks of the incoming gradients (torch.distributed.nn's
// all_reduce): every rank's use of the total contributes to every rank's input gradient.
struct AllReduceSumFn : public torch::autograd::Function<AllReduceSumFn> {
  static at::Tensor forward(torch::autograd::AutogradContext* ctx, const at::Tensor& x, int64_t gid) {
    ctx->saved_data["gid"] = gid;
    auto g = groupOf(gid);
    at::Tensor y = x.clone();
    allReduceSumInPlace(*g, y);
    return y;
  }
  static torch::autograd::variable_list backward(torch::autograd::AutogradContext* ctx, torch::autograd::variable_list grads) {
    auto g = groupOf(ctx->saved_data["gid"].toInt());
    at::Tensor gr = grads[0].clone();
    allReduceSumInPlace(*g, gr);
    return {gr, at::Tensor()};
  }
};

// All-gather along dim 0 with gradients flowing back to each rank's own slice: the backward sums the gradients of
// every rank and keeps this rank's rows (the FullGatherLayer of the official Barlow Twins / VICReg code).
struct AllGatherFn : public torch::autograd::Function<AllGatherFn> {
  static at::Tensor forward(torch::autograd::AutogradContext* ctx, const at::Tensor& x, int64_t gid) {
    auto g = groupOf(gid);
    ctx->saved_data["gid"] = gid;
    ctx->saved_data["n"] = x.size(0);
    ctx->saved_data["rank"] = static_cast<int64_t>(g->rank);
    return allGatherCat(*g, x);
  }
  static torch::autograd::variable_list backward(torch::autograd::AutogradContext* ctx, torch::autograd::variable_list grads) {
    auto g = groupOf(ctx->saved_data["gid"].toInt());
    int64_t n = ctx->saved_data["n"].toInt();
    int64_t r = ctx->saved_data["rank"].toInt();
    at::Tensor gr = grads[0].contiguous().clone();
    allReduceSumInPlace(*g, gr);
    return {gr.narrow(0, r * n, n).clone(), at::Tensor()};
  }
};

// pgCreate(rank, size, host, port, timeoutMs, backend) → group id. Rank 0 hosts the TCPStore; a host of the form
// file:///shared/path uses a FileStore at that path instead (Gloo then binds to loopback: single-node only).
Napi::Value PgCreate(const Napi::CallbackInfo& info) {
  return guard(info, "c10d.init", [&](Napi::Env env) -> Napi::Value {
    int rank = info[0].As<Napi::Number>().Int32Value();
    int size = info[1].As<Napi::Number>().Int32Value();
    std::string host = info[2].As<Napi::String>();
    int port = info[3].As<Napi::Number>().Int32Value();
    int64_t timeoutMs = info[4].As<Napi::Number>().Int64Value();
    std::string backend = info[5].As<Napi::String>();
    if (size < 1 || rank < 0 || rank >= size) throw ArgError("RANK must be in 0..WORLD_SIZE-1");
    if (port < 1 || port > 65535) throw ArgError("MASTER_PORT must be in 1..65535");
    auto g = std::make_shared<Group>();
    g->rank = rank;
    g->size = size;
    g->timeout = std::chrono::milliseconds(timeoutMs);
    const std::string filePrefix = "file://";
    if (host.rfind(filePrefix, 0) == 0) {
      // Rendezvous through a file on a filesystem every rank sees (no open port needed).
      g->store = c10::make_intrusive<c10d::FileStore>(host.substr(filePrefix.size()), size);
      g->store->setTimeout(g->timeout);
      host = "127.0.0.1";
    } else {
      c10d::TCPStoreOptions so;
      so.port = static_cast<uint16_t>(port);
      so.isServer = rank == 0;
      so.numWorkers = size;
      so.waitWorkers = true;
      so.timeout = g->timeout;
      g->store = c10::make_intrusive<c10d::TCPStore>(host, so);
    }
    if (backend == "gloo") {
      auto opts = c10d::ProcessGroupGloo::Options::create(g->timeout);
      opts->devices.push_back(c10d::ProcessGroupGloo::createDeviceForHostname(host == "localhost" ? "127.0.0.1" : host));
      g->pg = c10::make_intrusive<c10d::ProcessGroupGloo>(g->store, rank, size, opts);
    } else {
      throw ArgError("backend '" + backend + "' is not available in this libtorch build (Gloo is; NCCL needs a CUDA libtorch)");
    }
    std::lock_guard<std::mutex> lock(groupsMutex);
    groups.push_back(g);
    return Napi::Number::New(env, static_cast<double>(groups.size() - 1));
  });
}

Napi::Value PgDestroy(const Napi::CallbackInfo& info) {
  int64_t id = info[0].As<Napi::Number>().Int64Value();
  std::lock_guard<std::mutex> lock(groupsMutex);
  if (id >= 0 && id < static_cast<int64_t>(groups.size())) groups[id].reset();
  return info.Env().Undefined();
}

// pgAllReduce(gid, [handles], op) in place; op "sum" | "max" | "min".
Napi::Value PgAllReduce(const Napi::CallbackInfo& info) {
  return guard(info, "c10d.allreduce", [&](Napi::Env env) -> Napi::Value {
    Env& e = envOf(env);
    auto g = groupOf(info[0].As<Napi::Number>().Int64Value());
    auto arr = info[1].As<Napi::Array>();
    std::string op = info.Length() > 2 && info[2].IsString() ? info[2].As<Napi::String>().Utf8Value() : "sum";
    c10d::ReduceOp rop = op == "max" ? c10d::ReduceOp::MAX : op == "min" ? c10d::ReduceOp::MIN : c10d::ReduceOp::SUM;
    std::vector<at::Tensor> ts;
    for (uint32_t i = 0; i < arr.Length(); i++) ts.push_back(slot(e, arr.Get(i), "tensors"));
    at::NoGradGuard ng;
    // One collective per call: flatten into one buffer (the caller buckets), reduce, copy back.
    at::Tensor flat = ts.size() == 1 && ts[0].is_contiguous() ? ts[0] : at::cat([&] {
      std::vector<at::Tensor> f;
      for (auto& t : ts) f.push_back(t.reshape(-1));
      return f;
    }(), 0);
    std::vector<at::Tensor> v{flat};
    waitFor(g->pg->allreduce(v, c10d::AllreduceOptions{rop}), *g);
    if (!(ts.size() == 1 && ts[0].is_contiguous())) {
      int64_t off = 0;
      for (auto& t : ts) {
        t.copy_(flat.narrow(0, off, t.numel()).view(t.sizes()));
        off += t.numel();
      }
    }
    return env.Undefined();
  });
}

// pgBroadcast(gid, [handles], root) in place.
Napi::Value PgBroadcast(const Napi::CallbackInfo& info) {
  return guard(info, "c10d.broadcast", [&](Napi::Env env) -> Napi::Value {
    Env& e = envOf(env);
    auto g = groupOf(info[0].As<Napi::Number>().Int64Value());
    auto arr = info[1].As<Napi::Array>();
    int root = info[2].As<Napi::Number>().Int32Value();
    at::NoGradGuard ng;
    for (uint32_t i = 0; i < arr.Length(); i++) {
      std::vector<at::Tensor> v{slot(e, arr.Get(i), "tensors")};
      c10d::BroadcastOptions o;
      o.rootRank = root;
      waitFor(g->pg->broadcast(v, o), *g);
    }
    return env.Undefined();
  });
}

// pgAllGather(gid, h) → handle of the rows of every rank, concatenated in rank order (no gradient).
Napi::Value PgAllGather(const Napi::CallbackInfo& info) {
  return guard(info, "c10d.allgather", [&](Napi::Env env) -> Napi::Value {
    Env& e = envOf(env);
    auto g = groupOf(info[0].As<Napi::Number>().Int64Value());
    at::NoGradGuard ng;
    return Napi::Number::New(env, store(e, allGatherCat(*g, slot(e, info[1], "tensor").detach())));
  });
}

Napi::Value PgBarrier(const Napi::CallbackInfo& info) {
  return guard(info, "c10d.barrier", [&](Napi::Env env) -> Napi::Value {
    auto g = groupOf(info[0].As<Napi::Number>().Int64Value());
    at::Tensor t = at::zeros({1});
    allReduceSumInPlace(*g, t);
    return env.Undefined();
  });
}

Napi::Value AllReduceSumDiff(const Napi::CallbackInfo& info) {
  return guard(info, "c10d.all_reduce (differentiable)", [&](Napi::Env env) -> Napi::Value {
    Env& e = envOf(env);
    int64_t gid = info[0].As<Napi::Number>().Int64Value();
    return Napi::Number::New(env, store(e, AllReduceSumFn::apply(slot(e, info[1], "tensor"), gid)));
  });
}

Napi::Value AllGatherDiff(const Napi::CallbackInfo& info) {
  return guard(info, "c10d.all_gather (differentiable)", [&](Napi::Env env) -> Napi::Value {
    Env& e = envOf(env);
    int64_t gid = info[0].As<Napi::Number>().Int64Value();
    return Napi::Number::New(env, store(e, AllGatherFn::apply(slot(e, info[1], "tensor"), gid)));
  });
}

// Gradient averaging overlapped with backward: PyTorch's own DDP Reducer (c10d::Reducer, the C++ core of
// torch.nn.parallel.DistributedDataParallel). It hooks every parameter's gradient accumulator, copies each gradient
// into its bucket as soon as backward produces it, launches a bucket's all-reduce as soon as the bucket is full (in
// bucket order, the same on every rank), and, in a callback at the end of backward, waits for the reductions and
// writes the averaged gradients back. Like DDP, buckets start as one and are rebuilt after the first iteration in
// the order gradients became ready, with a first bucket of 1 MiB and then `bucketCapBytes`.
// libtorch 2.x split ProcessGroup from its backends; the Reducer there needs a ProcessGroup wrapper, which is not
// bound yet, so ddpCreate reports that and the caller falls back to one all-reduce after backward.
#if TORCH_VERSION_MAJOR < 2
struct DdpState {
  std::shared_ptr<Group> group;  // keeps the process group alive as long as the reducer
  std::unique_ptr<c10d::Reducer> reducer;
};
std::vector<std::unique_ptr<DdpState>> ddps;

DdpState& ddpOf(int64_t id) {
  if (id < 0 || id >= static_cast<int64_t>(ddps.size()) || !ddps[id]) throw ArgError("gradient reducer " + std::to_string(id) + " does not exist (disposed?)");
  return *ddps[id];
}
#endif

// ddpCreate(gid, [param handles], bucketCapBytes) → reducer id.
Napi::Value DdpCreate(const Napi::CallbackInfo& info) {
  return guard(info, "c10d.Reducer", [&](Napi::Env env) -> Napi::Value {
#if TORCH_VERSION_MAJOR < 2
    Env& e = envOf(env);
    auto g = groupOf(info[0].As<Napi::Number>().Int64Value());
    auto arr = info[1].As<Napi::Array>();
    int64_t cap = info[2].As<Napi::Number>().Int64Value();
    std::vector<at::Tensor> params;
    for (uint32_t i = 0; i < arr.Length(); i++) {
      at::Tensor p = slot(e, arr.Get(i), "params");
      if (!p.requires_grad() || !p.is_leaf()) throw ArgError("params[" + std::to_string(i) + "] must be a leaf tensor that requires grad");
      params.push_back(p);
    }
    if (params.empty()) throw ArgError("params: at least one parameter is needed");
    const int64_t firstCap = 1024 * 1024;  // torch.distributed's _DEFAULT_FIRST_BUCKET_BYTES
    // First iteration: one bucket (DDP does the same when no parameter is expected to be unused).
    auto assignment = c10d::compute_bucket_assignment_by_size(params, {std::numeric_limits<size_t>::max()});
    auto indices = std::get<0>(assignment);
    auto limits = std::get<1>(assignment);
    std::reverse(indices.begin(), indices.end());
    std::reverse(limits.begin(), limits.end());
    std::unordered_map<size_t, std::string> names;
    auto d = std::make_unique<DdpState>();
    d->group = g;
    d->reducer = std::make_unique<c10d::Reducer>(params, indices, limits, g->pg, std::vector<bool>(params.size(), false), cap,
                                                 /*find_unused_parameters=*/false, /*gradient_as_bucket_view=*/false, names, firstCap);
    ddps.push_back(std::move(d));
    return Napi::Number::New(env, static_cast<double>(ddps.size() - 1));
#else
    throw ArgError("the DDP reducer is bound for libtorch 1.x only");
    return env.Undefined();
#endif
  });
}

// ddpPrepare(id): call after the forward pass and before backward, every iteration whose gradients are averaged.
Napi::Value DdpPrepare(const Napi::CallbackInfo& info) {
  return guard(info, "c10d.Reducer.prepare_for_backward", [&](Napi::Env env) -> Napi::Value {
#if TORCH_VERSION_MAJOR < 2
    auto& d = ddpOf(info[0].As<Napi::Number>().Int64Value());
    // Raises if the previous backward left a bucket unreduced (a parameter that got no gradient).
    d.reducer->rebuild_buckets();
    d.reducer->prepare_for_forward();
    d.reducer->prepare_for_backward({});
#endif
    return env.Undefined();
  });
}

Napi::Value DdpDestroy(const Napi::CallbackInfo& info) {
  // ~Reducer() is noexcept(false): through guard(), so a throwing destructor is a TorchError, not an abort.
  return guard(info, "c10d.Reducer.destroy", [&](Napi::Env env) -> Napi::Value {
#if TORCH_VERSION_MAJOR < 2
    int64_t id = info[0].As<Napi::Number>().Int64Value();
    if (id >= 0 && id < static_cast<int64_t>(ddps.size())) ddps[id].reset();  // the destructor removes the hooks
#endif
    return env.Undefined();
  });
}

Napi::Value SetErrorClass(const Napi::CallbackInfo& info) {
  envOf(info.Env()).errorCtor = Napi::Persistent(info[0].As<Napi::Function>());
  return info.Env().Undefined();
}

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  Env* state = new Env();
  env.SetInstanceData<Env>(state);
  exports.Set("opResolve", Napi::Function::New(env, OpResolve));
  exports.Set("opCall", Napi::Function::New(env, OpCall, "opCall", state));
  exports.Set("schemas", Napi::Function::New(env, Schemas));
  exports.Set("fromBytes", Napi::Function::New(env, FromBytes));
  exports.Set("toBytes", Napi::Function::New(env, ToBytes));
  exports.Set("meta", Napi::Function::New(env, Meta));
  exports.Set("device", Napi::Function::New(env, DeviceOf));
  exports.Set("item", Napi::Function::New(env, Item));
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
  exports.Set("setErrorClass", Napi::Function::New(env, SetErrorClass));
  exports.Set("pgCreate", Napi::Function::New(env, PgCreate));
  exports.Set("pgDestroy", Napi::Function::New(env, PgDestroy));
  exports.Set("pgAllReduce", Napi::Function::New(env, PgAllReduce));
  exports.Set("pgBroadcast", Napi::Function::New(env, PgBroadcast));
  exports.Set("pgAllGather", Napi::Function::New(env, PgAllGather));
  exports.Set("pgBarrier", Napi::Function::New(env, PgBarrier));
  exports.Set("allReduceSumDiff", Napi::Function::New(env, AllReduceSumDiff));
  exports.Set("allGatherDiff", Napi::Function::New(env, AllGatherDiff));
  exports.Set("ddpCreate", Napi::Function::New(env, DdpCreate));
  exports.Set("ddpPrepare", Napi::Function::New(env, DdpPrepare));
  exports.Set("ddpDestroy", Napi::Function::New(env, DdpDestroy));
  return exports;
}

}  // namespace

NODE_API_MODULE(nocollapse, Init)
