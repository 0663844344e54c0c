#pragma once
// The collectives that data-parallel training needs, behind an interface: training code and
// its headers stay free of c10d (slow to compile), and a single process needs none of it.
#include <ATen/core/Tensor.h>

#include <stdexcept>
#include <vector>

namespace dddg {

/// A collective failed: a rank died, the network broke or the timeout passed.
class CollectiveError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class Collective {
public:
    virtual ~Collective() = default;
    virtual int rank() const = 0;
    virtual int worldSize() const = 0;
    /// Sums every tensor over the ranks, in place; all of them are in flight at once.
    virtual void allReduceSum(std::vector<at::Tensor>& tensors) = 0;
    /// Element-wise maximum over the ranks, in place.
    virtual void allReduceMax(at::Tensor& tensor) = 0;
    /// Overwrites every tensor with rank 0's.
    virtual void broadcastFromRank0(std::vector<at::Tensor>& tensors) = 0;
};

} // namespace dddg
