#include "image_metrics.h"

#include "degradation.h"

#include <torch/torch.h>

#include <cmath>

namespace dddg {

namespace {
constexpr double kDataRange = 2.0;
constexpr double kMaxPsnr = 100.0;

void checkPair(const torch::Tensor& x, const torch::Tensor& y)
{
    TORCH_CHECK(x.dim() == 4 && x.sizes() == y.sizes(), "metrics need two [B, C, H, W] tensors of one shape, got ",
                x.sizes(), " and ", y.sizes());
}
} // namespace

torch::Tensor psnr(const torch::Tensor& x, const torch::Tensor& y)
{
    checkPair(x, y);
    auto mse = (x.to(torch::kFloat64) - y.to(torch::kFloat64)).pow(2).mean({1, 2, 3});
    auto value = 10.0 * torch::log10(kDataRange * kDataRange / mse.clamp_min(1e-10));
    return value.clamp_max(kMaxPsnr).to(torch::kFloat32);
}

torch::Tensor ssim(const torch::Tensor& x, const torch::Tensor& y)
{
    checkPair(x, y);
    TORCH_CHECK(x.size(2) >= 11 && x.size(3) >= 11, "SSIM needs images of at least 11×11 pixels");
    const int64_t B = x.size(0), C = x.size(1), H = x.size(2), W = x.size(3);
    auto a = x.to(torch::kFloat64).reshape({B * C, 1, H, W});
    auto b = y.to(torch::kFloat64).reshape({B * C, 1, H, W});
    // The 11×11 Gaussian window is the outer product of two 1-D ones: filtering by columns,
    // then rows, gives the same sums in 22 products a pixel instead of 121 (a photo of
    // 1280×1024 took two minutes through the 2-D kernel's float64 fallback).
    auto g = gaussianKernel1d(1.5, 5).to(torch::kFloat64);
    auto columns = g.view({1, 1, 11, 1}), rows = g.view({1, 1, 1, 11});
    auto filter = [&](const torch::Tensor& v) { return torch::conv2d(torch::conv2d(v, columns), rows); }; // valid: no padding
    const double c1 = std::pow(0.01 * kDataRange, 2), c2 = std::pow(0.03 * kDataRange, 2);
    auto muA = filter(a), muB = filter(b);
    auto varA = filter(a * a) - muA * muA;
    auto varB = filter(b * b) - muB * muB;
    auto cov = filter(a * b) - muA * muB;
    auto map = ((2 * muA * muB + c1) * (2 * cov + c2)) / ((muA * muA + muB * muB + c1) * (varA + varB + c2));
    return map.view({B, -1}).mean(1).to(torch::kFloat32);
}

} // namespace dddg
