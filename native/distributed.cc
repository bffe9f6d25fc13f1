// Distributed: c10d stores, process groups, collectives, differentiable collectives and the DDP Reducer.
#include "common.h"

#include <torch/csrc/autograd/custom_function.h>
#include <torch/csrc/distributed/c10d/FileStore.hpp>
#include <torch/csrc/distributed/c10d/ProcessGroupGloo.hpp>
#include <torch/csrc/distributed/c10d/TCPStore.hpp>
#include <torch/csrc/distributed/c10d/reducer.hpp>
#ifdef USE_C10D_NCCL
#include <torch/csrc/distributed/c10d/ProcessGroupNCCL.hpp>
#endif

#include <algorithm>
#include <chrono>
#include <limits>
#include <memory>
#include <mutex>
#include <type_traits>

namespace nc {
namespace {

// ---------------------------------------------------------------------------------------------
// Distributed: c10d process groups (Gloo on CPU), collectives, and two differentiable collectives.
//
// Collectives block the calling thread until done or timed out (the group's timeout); a lost peer or a timeout
// raises a c10::Error that guard() turns into a TorchError. NCCL needs a CUDA libtorch built with it.
// libtorch 2.x split c10d::ProcessGroup (the front end the Reducer and the collectives' dispatcher ops take) from its
// backends (c10d::Backend: Gloo, NCCL); 1.x's ProcessGroupGloo is itself a ProcessGroup. Group keeps a ProcessGroup
// in both, so everything below is written once.

struct Group {
  c10::intrusive_ptr<c10d::Store> store;
  c10::intrusive_ptr<c10d::ProcessGroup> pg;
  int rank = 0;
  int size = 1;
  std::chrono::milliseconds timeout{60000};
  // Where this group's collectives run: the CPU (Gloo), or this rank's GPU (NCCL), e.g. for the barrier's tensor.
  c10::Device device{c10::kCPU};
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

// The rendezvous store: rank 0 hosts it. libtorch 2.4+ defaults to its libuv server, which a libtorch built without
// libuv (Debian's 2.6) refuses ("use_libuv was requested but PyTorch was build without libuv support"); then the
// classic server is used, which speaks the same protocol.
c10::intrusive_ptr<c10d::Store> tcpStore(const std::string& host, int port, int rank, int size, std::chrono::milliseconds timeout) {
  c10d::TCPStoreOptions so;
  so.port = static_cast<uint16_t>(port);
  so.isServer = rank == 0;
  so.numWorkers = size;
  so.waitWorkers = true;
  so.timeout = timeout;
#if NC_TORCH_AT_LEAST(2, 2)
  try {
    return c10::make_intrusive<c10d::TCPStore>(host, so);
  } catch (const c10::Error& ex) {
    if (!so.useLibUV || std::string(ex.what()).find("libuv") == std::string::npos) throw;
    so.useLibUV = false;
  }
#endif
  return c10::make_intrusive<c10d::TCPStore>(host, so);
}

// 2.x: a ProcessGroup front end with `backend` as its default, for the device type that backend serves (Gloo: CPU,
// NCCL: CUDA). 1.x: the backend is the process group.
template <typename B>
c10::intrusive_ptr<c10d::ProcessGroup> frontEnd(const c10::intrusive_ptr<c10d::Store>& store, int rank, int size,
                                                c10::intrusive_ptr<B> backend, const std::string& name) {
#if TORCH_VERSION_MAJOR >= 2
  using T = c10d::ProcessGroup::BackendType;
  const bool nccl = name == "nccl";
  auto pg = c10::make_intrusive<c10d::ProcessGroup>(store, rank, size);
  pg->setDefaultBackend(nccl ? T::NCCL : T::GLOO);
  pg->setBackend(nccl ? c10::DeviceType::CUDA : c10::DeviceType::CPU, nccl ? T::NCCL : T::GLOO, backend);
  return pg;
#else
  return backend;
#endif
}

// The backend ("gloo", or "nccl" where the libtorch has it) behind a ProcessGroup front end.
c10::intrusive_ptr<c10d::ProcessGroup> makeProcessGroup(const c10::intrusive_ptr<c10d::Store>& store, int rank, int size,
                                                         std::chrono::milliseconds timeout, const std::string& backend,
                                                         const std::string& host) {
  if (backend == "gloo") {
    auto opts = c10d::ProcessGroupGloo::Options::create(timeout);
    opts->devices.push_back(c10d::ProcessGroupGloo::createDeviceForHostname(host));
    return frontEnd(store, rank, size, c10::make_intrusive<c10d::ProcessGroupGloo>(store, rank, size, opts), "gloo");
  }
#ifdef USE_C10D_NCCL
  if (backend == "nccl") {
    auto opts = c10d::ProcessGroupNCCL::Options::create();
    opts->timeout = timeout;
    return frontEnd(store, rank, size, c10::make_intrusive<c10d::ProcessGroupNCCL>(store, rank, size, opts), "nccl");
  }
  throw ArgError("backend '" + backend + "' is not one of gloo, nccl");
#else
  throw ArgError("backend '" + backend + "' is not available in this libtorch build (Gloo is; NCCL needs a CUDA libtorch built with it)");
#endif
}

// pgCreate(rank, size, host, port, timeoutMs, backend, device) → group id (device: "cpu", or "cuda:N" for NCCL). Rank 0 hosts the TCPStore; a host of the form
// file:///shared/path uses a FileStore at that path instead (Gloo then binds to loopback: single-node only).
Napi::Value PgCreate(const Napi::CallbackInfo& info) {
  return guard(info, "c10d.init", [&](Napi::Env env) -> Napi::Value {
    int rank = info[0].As<Napi::Number>().Int32Value();
    int size = info[1].As<Napi::Number>().Int32Value();
    std::string host = info[2].As<Napi::String>();
    int port = info[3].As<Napi::Number>().Int32Value();
    int64_t timeoutMs = info[4].As<Napi::Number>().Int64Value();
    std::string backend = info[5].As<Napi::String>();
    std::string device = info.Length() > 6 && info[6].IsString() ? std::string(info[6].As<Napi::String>()) : "cpu";
    if (size < 1 || rank < 0 || rank >= size) throw ArgError("RANK must be in 0..WORLD_SIZE-1");
    if (port < 1 || port > 65535) throw ArgError("MASTER_PORT must be in 1..65535");
    auto g = std::make_shared<Group>();
    g->rank = rank;
    g->size = size;
    g->timeout = std::chrono::milliseconds(timeoutMs);
    g->device = c10::Device(device);
    if (backend == "nccl" && !g->device.is_cuda()) throw ArgError("the NCCL backend needs a CUDA device for this rank, got '" + device + "'");
    const std::string filePrefix = "file://";
    if (host.rfind(filePrefix, 0) == 0) {
      // Rendezvous through a file on a filesystem every rank sees (no open port needed).
      g->store = c10::make_intrusive<c10d::FileStore>(host.substr(filePrefix.size()), size);
      g->store->setTimeout(g->timeout);
      host = "127.0.0.1";
    } else {
      g->store = tcpStore(host, port, rank, size, g->timeout);
    }
    g->pg = makeProcessGroup(g->store, rank, size, g->timeout, backend, host == "localhost" ? "127.0.0.1" : host);
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
    at::Tensor t = at::zeros({1}, at::TensorOptions().device(g->device));
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
struct DdpState {
  std::shared_ptr<Group> group;  // keeps the process group alive as long as the reducer
  std::unique_ptr<c10d::Reducer> reducer;
};
std::vector<std::unique_ptr<DdpState>> ddps;

DdpState& ddpOf(int64_t id) {
  if (id < 0 || id >= static_cast<int64_t>(ddps.size()) || !ddps[id]) throw ArgError("gradient reducer " + std::to_string(id) + " does not exist (disposed?)");
  return *ddps[id];
}

// The Reducer's constructor changed across releases (2.8 dropped per_bucket_size_limits and added
// skip_all_reduce_unused_params and use_python_reducer; later ones add bucket_bytes_cap_list). The signature this
// libtorch has is picked at compile time; R is a template parameter so that the branches not taken are never compiled.
template <typename R = c10d::Reducer>
std::unique_ptr<R> makeReducer(const std::vector<at::Tensor>& params, const std::vector<std::vector<size_t>>& indices,
                               const std::vector<size_t>& limits, const c10::intrusive_ptr<c10d::ProcessGroup>& pg,
                               int64_t cap, const std::unordered_map<size_t, std::string>& names, int64_t firstCap) {
  using P = std::vector<at::Tensor>;
  using I = std::vector<std::vector<size_t>>;
  using L = std::vector<size_t>;
  using G = c10::intrusive_ptr<c10d::ProcessGroup>;
  using S = std::vector<bool>;
  using N = std::unordered_map<size_t, std::string>;
  const S sparse(params.size(), false);
  const bool findUnused = false, gradAsBucketView = false, skipUnused = false, pythonReducer = false;
  if constexpr (std::is_constructible_v<R, P, I, L, G, S, int64_t, bool, bool, N, int64_t>) {
    return std::make_unique<R>(params, indices, limits, pg, sparse, cap, findUnused, gradAsBucketView, names, firstCap);
  } else if constexpr (std::is_constructible_v<R, P, I, G, S, int64_t, bool, bool, N, int64_t, bool, bool, std::vector<int64_t>>) {
    return std::make_unique<R>(params, indices, pg, sparse, cap, findUnused, gradAsBucketView, names, firstCap, skipUnused,
                               pythonReducer, std::vector<int64_t>{});
  } else {
    return std::make_unique<R>(params, indices, pg, sparse, cap, findUnused, gradAsBucketView, names, firstCap, skipUnused,
                               pythonReducer);
  }
}

// ddpCreate(gid, [param handles], bucketCapBytes) → reducer id.
Napi::Value DdpCreate(const Napi::CallbackInfo& info) {
  return guard(info, "c10d.Reducer", [&](Napi::Env env) -> Napi::Value {
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
    d->reducer = makeReducer(params, indices, limits, g->pg, cap, names, firstCap);
    ddps.push_back(std::move(d));
    return Napi::Number::New(env, static_cast<double>(ddps.size() - 1));
  });
}

// ddpPrepare(id): call after the forward pass and before backward, every iteration whose gradients are averaged.
Napi::Value DdpPrepare(const Napi::CallbackInfo& info) {
  return guard(info, "c10d.Reducer.prepare_for_backward", [&](Napi::Env env) -> Napi::Value {
    auto& d = ddpOf(info[0].As<Napi::Number>().Int64Value());
    // Raises if the previous backward left a bucket unreduced (a parameter that got no gradient).
    d.reducer->rebuild_buckets();
    d.reducer->prepare_for_forward();
    d.reducer->prepare_for_backward({});
    return env.Undefined();
  });
}

Napi::Value DdpDestroy(const Napi::CallbackInfo& info) {
  // ~Reducer() is noexcept(false): through guard(), so a throwing destructor is a TorchError, not an abort.
  return guard(info, "c10d.Reducer.destroy", [&](Napi::Env env) -> Napi::Value {
    int64_t id = info[0].As<Napi::Number>().Int64Value();
    if (id >= 0 && id < static_cast<int64_t>(ddps.size())) ddps[id].reset();  // the destructor removes the hooks
    return env.Undefined();
  });
}

}  // namespace

void registerDistributed(Napi::Env env, Napi::Object exports, Env* state) {
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
}

}  // namespace nc
