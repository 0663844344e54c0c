#include "degradation.h"

#include <torch/torch.h>

#include <cmath>

namespace dddg {
namespace F = torch::nn::functional;

std::string toString(DegradationKind kind)
{
    switch (kind) {
    case DegradationKind::Blur: return "blur";
    case DegradationKind::Pool: return "pool";
    case DegradationKind::Inpaint: return "inpaint";
    }
    return "blur";
}

bool parseColdFamily(const std::string& text, DegradationKind& kind)
{
    if (text != "inpaint") return parseDegradationKind(text, kind);
    kind = DegradationKind::Inpaint;
    return true;
}

bool parseDegradationKind(const std::string& text, DegradationKind& kind)
{
    if (text == "blur") kind = DegradationKind::Blur;
    else if (text == "pool") kind = DegradationKind::Pool;
    else return false;
    return true;
}

torch::Tensor gaussianKernel1d(double sigma, int64_t radius)
{
    auto x = torch::arange(-radius, radius + 1, torch::kFloat64);
    auto k = torch::exp(-(x * x) / (2.0 * sigma * sigma));
    return (k / k.sum()).to(torch::kFloat32);
}

Degradation::Degradation(DegradationConfig config) : m_config(config)
{
    TORCH_CHECK(config.tMax >= 1, "t_max must be at least 1");
    TORCH_CHECK(config.sigmaMax > 0 && config.sigmaMin > 0, "blur sigmas must be positive");
}

double Degradation::sigma(int64_t t) const
{
    if (m_config.kind != DegradationKind::Blur || t <= 0 || t >= m_config.tMax) return 0.0;
    if (m_config.tMax == 2) return m_config.sigmaMax;
    // Linear from σ_max at t = 1 to σ_min at t = t_max − 1 (6, 5, 4, 3, 2 for t_max = 6).
    double frac = double(t - 1) / double(m_config.tMax - 2);
    return m_config.sigmaMax + frac * (m_config.sigmaMin - m_config.sigmaMax);
}

DegradationConfig degradationForSide(int64_t side)
{
    DegradationConfig config;
    for (int64_t s = 32; s < side; s *= 2) ++config.tMax;
    for (int64_t s = 32; s > side && config.tMax > 2; s /= 2) --config.tMax;
    const double scale = double(side) / 32.0;
    config.sigmaMax *= scale;
    config.sigmaMin *= scale;
    return config;
}

int64_t Degradation::poolFactor(int64_t t, int64_t size) const
{
    int64_t shift = m_config.tMax - t;
    if (shift >= 30) return size;
    return std::min<int64_t>(int64_t(1) << shift, size);
}

torch::Tensor Degradation::reduce(const torch::Tensor& x, int64_t t) const
{
    TORCH_CHECK(x.dim() == 4, "reduce_info expects [B, C, H, W], got ", x.sizes());
    TORCH_CHECK(t >= 0 && t <= m_config.tMax, "reduce_info: t = ", t, " outside [0, ", m_config.tMax, "]");
    if (t == m_config.tMax) return x;
    // x_0 is the same constant for every input; keep it in the graph's dtype and device.
    if (t == 0) return torch::full_like(x, m_config.constant);
    TORCH_CHECK(m_config.kind != DegradationKind::Inpaint, "reduce_info has no inpaint family");
    return m_config.kind == DegradationKind::Blur ? blur(x, sigma(t)) : pool(x, t);
}

torch::Tensor Degradation::kernel(double sigma, int64_t radius, const torch::TensorOptions& options) const
{
    std::string key = std::to_string(sigma) + "/" + std::to_string(radius) + "/" + options.device().str() + "/" +
                      std::string(c10::toString(options.dtype().toScalarType()));
    std::lock_guard<std::mutex> lock(m_cacheMutex);
    auto it = m_kernels.find(key);
    if (it != m_kernels.end()) return it->second;
    // A cached kernel must serve autograd later even if first made under InferenceMode.
    c10::InferenceMode normalTensors(false);
    auto k = gaussianKernel1d(sigma, radius).to(options);
    m_kernels.emplace(key, k);
    return k;
}

namespace {
// Reflect padding needs radius < side length.
int64_t blurRadius(double sigma, const torch::Tensor& x)
{
    return std::min<int64_t>(int64_t(std::ceil(3.0 * sigma)), std::min(x.size(2), x.size(3)) - 1);
}

torch::Tensor separableBlur(const torch::Tensor& x, const torch::Tensor& k, int64_t radius)
{
    const int64_t B = x.size(0), C = x.size(1), H = x.size(2), W = x.size(3);
    auto flat = x.reshape({B * C, 1, H, W});
    auto horizontal = F::conv2d(F::pad(flat, F::PadFuncOptions({radius, radius, 0, 0}).mode(torch::kReflect)),
                                k.view({1, 1, 1, -1}));
    auto vertical = F::conv2d(F::pad(horizontal, F::PadFuncOptions({0, 0, radius, radius}).mode(torch::kReflect)),
                              k.view({1, 1, -1, 1}));
    return vertical.view({B, C, H, W});
}
} // namespace

torch::Tensor Degradation::blur(const torch::Tensor& x, double sigma) const
{
    // One blur with σ_t (not repeated blurs).
    int64_t radius = blurRadius(sigma, x);
    if (radius <= 0) return x;
    return separableBlur(x, kernel(sigma, radius, x.options()), radius);
}

torch::Tensor gaussianBlur(const torch::Tensor& x, double sigma)
{
    TORCH_CHECK(x.dim() == 4, "gaussianBlur expects [B, C, H, W], got ", x.sizes());
    int64_t radius = sigma > 0 ? blurRadius(sigma, x) : 0;
    if (radius <= 0) return x;
    return separableBlur(x, gaussianKernel1d(sigma, radius).to(x.options()), radius);
}

torch::Tensor Degradation::pool(const torch::Tensor& x, int64_t t) const
{
    const int64_t H = x.size(2), W = x.size(3);
    int64_t fh = poolFactor(t, H), fw = poolFactor(t, W);
    TORCH_CHECK(H % fh == 0 && W % fw == 0, "pool degradation needs image sides divisible by ", fh);
    // Average over blocks, then nearest upsampling: an exact projection, so applying it twice
    // changes nothing and coarser levels nest inside finer ones.
    // Block means in double precision so that the projection holds to float rounding.
    auto pooled = F::avg_pool2d(x.to(torch::kFloat64), F::AvgPool2dFuncOptions({fh, fw}).stride({fh, fw}));
    return pooled.repeat_interleave(fh, 2).repeat_interleave(fw, 3).to(x.scalar_type());
}

} // namespace dddg
