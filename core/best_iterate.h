#pragma once
// Refinement keeps each image's best iterate, not its last (design §3): the explorer's
// inversion and DDDG's restorer both optimise latents with Adam, whose last step can be worse
// than an earlier one, and the starting point (the encoder's guess) counts as iterate 0.
#include <torch/types.h>

namespace dddg {

class BestIterate {
public:
    /// `start` holds every image's first iterate; images run along `batchDim`.
    BestIterate(const torch::Tensor& start, int64_t batchDim);

    /// Keeps, per image, `candidate` where its loss is lower than every loss offered so far.
    void offer(const torch::Tensor& candidate, const torch::Tensor& perImageLoss);
    const torch::Tensor& best() const { return m_best; }

private:
    torch::Tensor m_best, m_bestLoss;
    int64_t m_batchDim;
};

} // namespace dddg
