// Ops: operator schemas → argument kinds, JS values ↔ IValues, and the boxed dispatcher call (the hot path).
#include "common.h"

#include <cmath>
#include <torch/csrc/jit/runtime/operator.h>

namespace nc {
namespace {

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

}  // namespace

void registerOps(Napi::Env env, Napi::Object exports, Env* state) {
  exports.Set("opResolve", Napi::Function::New(env, OpResolve));
  exports.Set("opCall", Napi::Function::New(env, OpCall, "opCall", state));
  exports.Set("schemas", Napi::Function::New(env, Schemas));
}

}  // namespace nc
