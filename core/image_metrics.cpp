#include "image_metrics.h"

#include "degradation.h"

#include <torch/torch.h>

#include <algorithm>
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

/// Rows per band so that one band of the batch holds about 1M values: a 16-megapixel photo is
/// measured in bands of a few hundred rows (the float64 intermediates of the whole picture took
/// gigabytes), a batch of small images in one band.
int64_t bandRows(const torch::Tensor& x)
{
    constexpr int64_t kBandValues = int64_t(1) << 20;
    return std::max<int64_t>(1, kBandValues / std::max<int64_t>(1, x.size(0) * x.size(1) * x.size(3)));
}
} // namespace

torch::Tensor psnr(const torch::Tensor& x, const torch::Tensor& y)
{
    checkPair(x, y);
    const int64_t H = x.size(2), rows = bandRows(x);
    auto squares = torch::zeros({x.size(0)}, torch::kFloat64);
    for (int64_t r = 0; r < H; r += rows) {
        const int64_t n = std::min(rows, H - r);
        squares += (x.narrow(2, r, n).to(torch::kFloat64) - y.narrow(2, r, n).to(torch::kFloat64)).pow(2).sum({1, 2, 3}).cpu();
    }
    auto mse = squares / double(x[0].numel());
    auto value = 10.0 * torch::log10(kDataRange * kDataRange / mse.clamp_min(1e-10));
    return value.clamp_max(kMaxPsnr).to(torch::kFloat32).to(x.device());
}

torch::Tensor ssim(const torch::Tensor& x, const torch::Tensor& y)
{
    checkPair(x, y);
    TORCH_CHECK(x.size(2) >= 11 && x.size(3) >= 11, "SSIM needs images of at least 11×11 pixels");
    const int64_t B = x.size(0), C = x.size(1), H = x.size(2), W = x.size(3);
    // The 11×11 Gaussian window is the outer product of two 1-D ones: filtering by columns,
    // then rows, gives the same sums in 22 products a pixel instead of 121 (a photo of
    // 1280×1024 took two minutes through the 2-D kernel's float64 fallback).
    auto g = gaussianKernel1d(1.5, 5).to(torch::kFloat64).to(x.device());
    auto columns = g.view({1, 1, 11, 1}), rows = g.view({1, 1, 1, 11});
    auto filter = [&](const torch::Tensor& v) { return torch::conv2d(torch::conv2d(v, columns), rows); }; // valid: no padding
    const double c1 = std::pow(0.01 * kDataRange, 2), c2 = std::pow(0.03 * kDataRange, 2);
    // The map's rows are taken in bands (each band reads its 10 rows of margin), summed per image.
    const int64_t outH = H - 10, outW = W - 10, band = bandRows(x);
    auto total = torch::zeros({B}, torch::kFloat64);
    for (int64_t o = 0; o < outH; o += band) {
        const int64_t n = std::min(band, outH - o);
        auto a = x.narrow(2, o, n + 10).to(torch::kFloat64).reshape({B * C, 1, n + 10, W});
        auto b = y.narrow(2, o, n + 10).to(torch::kFloat64).reshape({B * C, 1, n + 10, W});
        auto muA = filter(a), muB = filter(b);
        auto varA = filter(a * a) - muA * muA;
        auto varB = filter(b * b) - muB * muB;
        auto cov = filter(a * b) - muA * muB;
        auto map = ((2 * muA * muB + c1) * (2 * cov + c2)) / ((muA * muA + muB * muB + c1) * (varA + varB + c2));
        total += map.view({B, -1}).sum(1).cpu();
    }
    return (total / double(C * outH * outW)).to(torch::kFloat32).to(x.device());
}

} // namespace dddg
