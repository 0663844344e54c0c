#pragma once
// DDDG's last step on noise, beyond the paper: the generator's reconstruction g of a noisy
// image y is a prior mean, y the Gaussian likelihood. With per-pixel prior variance e² (what
// the generator gets wrong) and noise variance s², the posterior mean is g + w·(y − g),
// w = e² / (e² + s²). e² is not known in closed form, so w is chosen on training images.
#include <torch/types.h>

namespace dddg {

/// g + w·(y − g) with y clipped to [−1, 1] first (the clipped input is the better estimate of
/// the two and the floor row itself), clipped to [−1, 1].
torch::Tensor likelihoodStep(const torch::Tensor& reconstruction, const torch::Tensor& noisy, double weight);

/// The weight in 0, 0.05, …, 1 whose likelihood step has the best mean PSNR against `clean`.
double bestLikelihoodWeight(const torch::Tensor& reconstruction, const torch::Tensor& noisy, const torch::Tensor& clean);

} // namespace dddg
