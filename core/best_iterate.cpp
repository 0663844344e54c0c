#include "best_iterate.h"

#include <torch/torch.h>

#include <limits>

namespace dddg {

BestIterate::BestIterate(const torch::Tensor& start, int64_t batchDim)
    : m_best(start.detach().clone()),
      m_bestLoss(torch::full({start.size(batchDim)}, std::numeric_limits<double>::infinity(), start.options())),
      m_batchDim(batchDim)
{
}

void BestIterate::offer(const torch::Tensor& candidate, const torch::Tensor& perImageLoss)
{
    torch::NoGradGuard noGrad;
    auto loss = perImageLoss.detach();
    auto better = loss < m_bestLoss;
    std::vector<int64_t> shape(size_t(m_best.dim()), 1);
    shape[size_t(m_batchDim)] = -1;
    m_best = torch::where(better.view(shape), candidate.detach(), m_best);
    m_bestLoss = torch::where(better, loss, m_bestLoss);
}

} // namespace dddg
