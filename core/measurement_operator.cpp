#include "measurement_operator.h"

#include <torch/torch.h>

#include <cmath>

namespace dddg {
namespace {

const auto kDouble = torch::TensorOptions().dtype(torch::kFloat64);

/// M x over the last-but-one dimension (rows): [.., n, W] → [.., m, W].
torch::Tensor rows(const torch::Tensor& m, const torch::Tensor& x) { return torch::matmul(m.to(x.options()), x); }
/// x Mᵀ over the last dimension (columns).
torch::Tensor columns(const torch::Tensor& m, const torch::Tensor& x) { return torch::matmul(x, m.to(x.options()).t()); }

/// Zero-pads [B, C, h, w] to [B, C, H, W] at the end of both sides.
torch::Tensor padTo(const torch::Tensor& x, int64_t height, int64_t width)
{
    if (x.size(2) == height && x.size(3) == width) return x;
    auto out = torch::zeros({x.size(0), x.size(1), height, width}, x.options());
    out.narrow(2, 0, x.size(2)).narrow(3, 0, x.size(3)).copy_(x);
    return out;
}

} // namespace

torch::Tensor blurMatrix(double sigma, int64_t n, int64_t maxRadius)
{
    auto a = torch::zeros({n, n}, kDouble);
    const int64_t radius = std::min<int64_t>(int64_t(std::ceil(3.0 * sigma)), maxRadius);
    if (radius <= 0) return torch::eye(n, kDouble);
    auto weights = gaussianKernel1d(sigma, radius).to(torch::kFloat64);
    auto acc = a.accessor<double, 2>();
    auto w = weights.accessor<double, 1>();
    for (int64_t i = 0; i < n; ++i)
        for (int64_t k = -radius; k <= radius; ++k) {
            int64_t j = i + k; // reflect: −1 → 1, n → n − 2
            if (j < 0) j = -j;
            if (j >= n) j = 2 * (n - 1) - j;
            acc[i][j] += w[k + radius];
        }
    return a;
}

torch::Tensor blockMeanMatrix(int64_t n, int64_t factor)
{
    auto a = torch::zeros({n / factor, n}, kDouble);
    for (int64_t i = 0; i < n / factor; ++i) a[i].narrow(0, i * factor, factor).fill_(1.0 / double(factor));
    return a;
}

Result<MeasurementOperator> MeasurementOperator::make(const DegradationSpec& spec, int64_t height, int64_t width)
{
    if (spec.kind == DamageKind::Noise) return makeError("noise has no measurement operator");
    if (auto fits = spec.fitsImage(height, width); !fits) return fits.error();
    MeasurementOperator op;
    if (spec.kind == DamageKind::Inpaint) {
        op.m_diagonal = true;
        op.m_singular = spec.inpaintWeights(height, width).to(torch::kFloat64);
        return op;
    }
    const Degradation reduce = spec.blurOperator();
    if (spec.kind == DamageKind::Blur) {
        // reduce_info caps the radius by the shorter side for both directions.
        const double sigma = reduce.sigma(spec.level);
        const int64_t maxRadius = std::min(height, width) - 1;
        op.m_ah = blurMatrix(sigma, height, maxRadius);
        op.m_aw = blurMatrix(sigma, width, maxRadius);
    } else {
        op.m_ah = blockMeanMatrix(height, reduce.poolFactor(spec.level, height));
        op.m_aw = blockMeanMatrix(width, reduce.poolFactor(spec.level, width));
    }
    auto [uh, sh, vht] = torch::linalg::svd(op.m_ah, true, c10::nullopt);
    auto [uw, sw, vwt] = torch::linalg::svd(op.m_aw, true, c10::nullopt);
    op.m_uh = uh, op.m_uw = uw, op.m_vh = vht.t().contiguous(), op.m_vw = vwt.t().contiguous();
    op.m_singular = padTo(torch::outer(sh, sw).view({1, 1, sh.size(0), sw.size(0)}), height, width);
    return op;
}

torch::Tensor MeasurementOperator::apply(const torch::Tensor& x) const
{
    if (m_diagonal) return x * m_singular.to(x.options());
    return columns(m_aw, rows(m_ah, x));
}

torch::Tensor MeasurementOperator::adjoint(const torch::Tensor& y) const
{
    if (m_diagonal) return y * m_singular.to(y.options());
    return columns(m_aw.t(), rows(m_ah.t(), y));
}

torch::Tensor MeasurementOperator::measurement(const torch::Tensor& degraded) const
{
    if (m_diagonal || m_ah.size(0) == m_ah.size(1)) return degraded; // blur, inpaint: the image itself
    return columns(m_aw, rows(m_ah, degraded));                       // pool: the block means
}

torch::Tensor MeasurementOperator::toSpectral(const torch::Tensor& x) const
{
    if (m_diagonal) return x;
    return columns(m_vw.t(), rows(m_vh.t(), x)); // V_hᵀ x V_w
}

torch::Tensor MeasurementOperator::fromSpectral(const torch::Tensor& c) const
{
    if (m_diagonal) return c;
    return columns(m_vw, rows(m_vh, c)); // V_h c V_wᵀ
}

torch::Tensor MeasurementOperator::measurementSpectral(const torch::Tensor& y) const
{
    if (m_diagonal) return y;
    return padTo(columns(m_uw.t(), rows(m_uh.t(), y)), m_vh.size(0), m_vw.size(0));
}

torch::Tensor MeasurementOperator::dataStep(const torch::Tensor& y, const torch::Tensor& z, double rho) const
{
    // In the singular basis the normal equations (AᵀA + ρI) x = Aᵀy + ρz are diagonal:
    // c_i = (s_i ŷ_i + ρ c_z,i) / (s_i² + ρ).
    auto s = m_singular.to(z.options()); // the operator lives on the CPU; the images may not
    auto cz = toSpectral(z);
    auto numerator = s * measurementSpectral(y) + rho * cz;
    auto denominator = s * s + rho;
    auto c = torch::where(denominator > 0, numerator / denominator.clamp_min(1e-30), cz);
    return fromSpectral(c);
}

} // namespace dddg
