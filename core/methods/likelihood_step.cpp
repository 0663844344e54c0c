#include "methods/likelihood_step.h"

#include "image_metrics.h"

#include <torch/torch.h>

namespace dddg {

torch::Tensor likelihoodStep(const torch::Tensor& reconstruction, const torch::Tensor& noisy, double weight)
{
    auto g = reconstruction.to(noisy.device());
    return (g + weight * (noisy.clamp(-1, 1) - g)).clamp(-1, 1);
}

double bestLikelihoodWeight(const torch::Tensor& reconstruction, const torch::Tensor& noisy, const torch::Tensor& clean)
{
    torch::NoGradGuard guard;
    constexpr int kSteps = 20;
    double best = 0, bestPsnr = -1e30;
    for (int i = 0; i <= kSteps; ++i) {
        const double w = double(i) / kSteps;
        const double score = psnr(likelihoodStep(reconstruction, noisy, w).cpu(), clean.cpu()).mean().item<double>();
        if (score > bestPsnr) bestPsnr = score, best = w;
    }
    return best;
}

} // namespace dddg
