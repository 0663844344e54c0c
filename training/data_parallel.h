#pragma once
// Data parallelism for the trainers (SPEC §9): every rank draws the randomness of the whole
// global batch from the same seed and trains on its own rows of it; gradients, and the
// statistics that mix the batch, are averaged before each optimiser step. So N ranks take
// the steps that one process with the same global batch takes, up to float rounding.
// Without a Collective it is the identity: one process, no copies.
#include "collective.h"
#include "result.h"

#include <ATen/core/Tensor.h>

#include <memory>
#include <vector>

namespace torch::nn {
class Module;
}

namespace dddg {

class BaselineModel;
class DddgModel;

/// Every parameter (its data) and buffer of `module`, appended to `out`: what ranks must
/// agree on, in a fixed order.
void appendStateTensors(torch::nn::Module& module, std::vector<at::Tensor>& out);
/// Every tensor of a model that ranks must agree on, and that a bad step could poison, in a
/// fixed order: DDDG's G, G's EMA, D, D's EMA and the trace v; a baseline's network and EMA
/// copy of each role.
std::vector<at::Tensor> modelTensors(DddgModel& model);
std::vector<at::Tensor> modelTensors(BaselineModel& model);

class DataParallel {
public:
    DataParallel() = default; ///< one process
    explicit DataParallel(std::shared_ptr<Collective> collective);

    bool distributed() const { return m_collective != nullptr; }
    int rank() const { return m_collective ? m_collective->rank() : 0; }
    int worldSize() const { return m_collective ? m_collective->worldSize() : 1; }
    /// Rank 0 alone writes checkpoints and metrics.
    bool isLeader() const { return rank() == 0; }

    /// An Error unless the global `batch` splits evenly over the ranks.
    Status checkGlobalBatch(int64_t batch) const;
    /// This rank's rows of a tensor drawn for the whole global batch (dimension 0).
    at::Tensor shard(const at::Tensor& global) const;
    /// Rank 0's values of the tensors (weights, EMA copies, statistics) on every rank.
    void broadcast(std::vector<at::Tensor> tensors);
    /// Averages the gradients of `parameters` over the ranks, in buckets, together with the
    /// values of `extras` (losses, batch statistics: any float tensor); returns the
    /// averaged extras. Parameters without a gradient are skipped (on every rank alike:
    /// the graphs are the same).
    at::Tensor averageGradients(const std::vector<at::Tensor>& parameters, const at::Tensor& extras);
    /// True on every rank when `flag` is true on any: ranks stop at the same cycle.
    bool anyRank(bool flag);

    /// Seconds spent in collectives, and the bytes each rank contributed to them.
    double collectiveSeconds() const { return m_seconds; }
    int64_t collectiveBytes() const { return m_bytes; }

private:
    std::shared_ptr<Collective> m_collective;
    double m_seconds = 0;
    int64_t m_bytes = 0;
};

} // namespace dddg
