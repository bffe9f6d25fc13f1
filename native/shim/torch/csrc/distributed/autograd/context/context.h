// Stand-in for a libtorch header that Debian's libtorch-dev does not ship.
//
// c10d/reducer.hpp (PyTorch's DDP Reducer, which the addon binds) includes it for two names only: the type of a
// shared_ptr member (its size does not depend on the pointee) and a callback typedef checked by a static_assert.
// The addon never creates, reads or destroys a distributed-autograd context, so declaring these two names is all
// the Reducer's header needs. A full libtorch distribution ships the real header, which wins: this directory is
// searched last (-idirafter in binding.gyp).
#pragma once

#include <functional>
#include <memory>

#include <ATen/core/Tensor.h>

namespace torch {
namespace distributed {
namespace autograd {

class DistAutogradContext {
 public:
  using GradCallback = std::function<bool(at::Tensor&)>;
};
using ContextPtr = std::shared_ptr<DistAutogradContext>;

}  // namespace autograd
}  // namespace distributed
}  // namespace torch
