#pragma once
// PSNR and SSIM exactly as design §4 fixes them. Images are [B, C, H, W] in [−1, 1]
// (data range 2); both return one value per image, average with .mean().
#include <torch/types.h>

namespace dddg {

/// 10·log10(4 / MSE) per image. An exact match (MSE < 1e-10) is reported as 100 dB so
/// averages stay finite.
torch::Tensor psnr(const torch::Tensor& x, const torch::Tensor& y);

/// SSIM with an 11×11 Gaussian window (σ = 1.5), K1 = 0.01, K2 = 0.03, data range 2, valid
/// convolution; the map is averaged over positions and channels per image.
torch::Tensor ssim(const torch::Tensor& x, const torch::Tensor& y);

} // namespace dddg
