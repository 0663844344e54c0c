#include "methods/likelihood_step.h"

#include "methods/parameter_tuning.h"

#include <torch/torch.h>

namespace dddg {

torch::Tensor likelihoodStep(const torch::Tensor& reconstruction, const torch::Tensor& noisy, double weight)
{
    auto g = reconstruction.to(noisy.device());
    return (g + weight * (noisy.clamp(-1, 1) - g)).clamp(-1, 1);
}

double bestLikelihoodWeight(const torch::Tensor& reconstruction, const torch::Tensor& noisy, const torch::Tensor& clean)
{
    constexpr int kSteps = 20;
    auto blend = [&](size_t i) { return likelihoodStep(reconstruction, noisy, double(i) / kSteps); };
    return double(bestByMeanPsnr(kSteps + 1, blend, clean)) / kSteps;
}

} // namespace dddg
