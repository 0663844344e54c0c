// The classical deblurring baseline: Tikhonov-regularised (Wiener-style) deconvolution with
// the known operator A = reduce_info(·, level): x = argmin |A x − y|² + λ|∇x|². For blur it is
// solved exactly in Fourier space on the image's symmetric extension (where reflect-padded
// blur is circular); for pool by conjugate gradients on (AᵀA + λ∇ᵀ∇) x = Aᵀy with Aᵀ through
// autograd. λ is tuned on training images.
#include "method_registry.h"
#include "methods/method_support.h"
#include "methods/parameter_tuning.h"

#include <torch/torch.h>

#include <cstdio>
#include <map>

namespace dddg {
namespace {

torch::Tensor smoothness(const torch::Tensor& x)
{
    auto dx = x.narrow(3, 1, x.size(3) - 1) - x.narrow(3, 0, x.size(3) - 1);
    auto dy = x.narrow(2, 1, x.size(2) - 1) - x.narrow(2, 0, x.size(2) - 1);
    return dx.pow(2).sum() + dy.pow(2).sum();
}

/// (AᵀA + λ∇ᵀ∇) x, the gradient of ½|Ax|² + ½λ|∇x|².
torch::Tensor normalOperator(const Degradation& op, int64_t level, double lambda, const torch::Tensor& x)
{
    auto v = x.detach().requires_grad_(true);
    auto energy = 0.5 * op.reduce(v, level).pow(2).sum() + 0.5 * lambda * smoothness(v);
    return torch::autograd::grad({energy}, {v})[0];
}

torch::Tensor adjoint(const Degradation& op, int64_t level, const torch::Tensor& y)
{
    auto v = torch::zeros_like(y).requires_grad_(true);
    return torch::autograd::grad({(op.reduce(v, level) * y).sum()}, {v})[0];
}

torch::Tensor batchDot(const torch::Tensor& a, const torch::Tensor& b) { return (a * b).flatten(1).sum(1).view({-1, 1, 1, 1}); }

} // namespace

Result<torch::Tensor> tikhonovDeconvolve(const torch::Tensor& y, const DegradationSpec& spec, double lambda, int64_t iterations,
                                 const MethodProgress* progress)
{
    c10::InferenceMode normal(false);
    const Degradation op = spec.blurOperator();
    // Double precision: noise-free blur leaves detail at amplitudes float32 rounding would drown.
    auto target = y.detach().to(torch::kFloat64);
    auto x = target.clone();
    auto r = adjoint(op, spec.level, target) - normalOperator(op, spec.level, lambda, x);
    auto p = r.clone();
    auto rr = batchDot(r, r);
    for (int64_t i = 0; i < iterations; ++i) {
        if (progress && progress->cancelled()) return cancelledError();
        auto Ap = normalOperator(op, spec.level, lambda, p);
        auto alpha = rr / batchDot(p, Ap).clamp_min(1e-20);
        x = x + alpha * p;
        r = r - alpha * Ap;
        auto rrNext = batchDot(r, r);
        if (rrNext.max().item<double>() < 1e-24) break;
        p = r + (rrNext / rr.clamp_min(1e-20)) * p;
        rr = rrNext;
    }
    return x.detach().to(y.scalar_type());
}

namespace {

/// The blur's whole-sample symmetric extension along dim: [x_0 … x_{N−1}, x_{N−2} … x_1].
torch::Tensor mirror(const torch::Tensor& x, int64_t dim)
{
    const int64_t n = x.size(dim);
    return torch::cat({x, x.narrow(dim, 1, n - 2).flip({dim})}, dim);
}

/// The 1-D transfer function of the blur kernel on a circle of `period` samples (real: the
/// kernel is symmetric).
torch::Tensor kernelSpectrum(double sigma, int64_t radius, int64_t period)
{
    auto circle = torch::zeros({period}, torch::kFloat64);
    auto taps = torch::arange(-radius, radius + 1, torch::kFloat64);
    auto k = torch::exp(-(taps * taps) / (2 * sigma * sigma));
    k = k / k.sum();
    for (int64_t i = -radius; i <= radius; ++i) circle[((i % period) + period) % period] += k[i + radius];
    return torch::real(torch::fft::fft(circle));
}

/// Reflect-padded blur is circular convolution on the symmetric extension, so the Tikhonov
/// solution is one division in Fourier space: X = K·Y / (K² + λ|L|²), L the finite difference.
torch::Tensor fourierDeconvolve(const torch::Tensor& y, double sigma, double lambda)
{
    const int64_t H = y.size(2), W = y.size(3);
    auto ext = mirror(mirror(y.to(torch::kFloat64), 2), 3);
    const int64_t PH = ext.size(2), PW = ext.size(3);
    auto radius = [sigma](int64_t side) { return std::min<int64_t>(int64_t(std::ceil(3.0 * sigma)), side - 1); };
    auto kh = kernelSpectrum(sigma, radius(H), PH).view({PH, 1}), kw = kernelSpectrum(sigma, radius(W), PW).view({1, PW});
    auto fh = 2 - 2 * torch::cos(2 * M_PI * torch::arange(PH, torch::kFloat64) / double(PH));
    auto fw = 2 - 2 * torch::cos(2 * M_PI * torch::arange(PW, torch::kFloat64) / double(PW));
    auto k = kh * kw, smooth = fh.view({PH, 1}) + fw.view({1, PW});
    auto filter = k / (k * k + lambda * smooth);
    auto x = torch::real(torch::fft::ifft2(torch::fft::fft2(ext) * filter));
    return x.narrow(2, 0, H).narrow(3, 0, W).to(y.scalar_type());
}

class WienerMethod : public RestorationMethod {
public:
    WienerMethod(std::shared_ptr<const Dataset> tuning, std::shared_ptr<TunedSettings> tuned)
        : m_tuning(std::move(tuning)), m_tuned(std::move(tuned))
    {
    }

    std::string name() const override { return "wiener"; }
    int64_t nfe(const DegradationSpec&, const RestoreOptions&) const override { return 0; }
    std::string modelLabel() const override { return m_lastSetting; }

    Result<Restoration> restore(const torch::Tensor& degraded, const DegradationSpec& spec, const RestoreOptions&,
                                const MethodProgress& progress) override
    {
        auto tuned = tunedLambda(spec);
        if (!tuned) return tuned.error();
        const double lambda = *tuned;
        char label[32];
        std::snprintf(label, sizeof label, "lambda %g", lambda);
        m_lastSetting = label;
        auto x = solve(degraded.cpu(), spec, lambda, &progress);
        if (!x) return x.error();
        Restoration out;
        out.restored = x->clamp(-1, 1);
        progress.report(1.0);
        return out;
    }

    Result<double> tunedLambda(const DegradationSpec& spec)
    {
        return m_tuned->findOrTune("wiener/" + spec.label(), [&]() -> Result<double> {
            static const std::vector<double> grid{1e-13, 1e-12, 1e-11, 1e-10, 1e-9, 1e-8, 1e-7, 1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 3e-2, 0.1, 0.3, 1.0};
            const auto images = tuningImages(*m_tuning, spec);
            // Tuning runs without a cancel flag, so every solve returns a value.
            return grid[bestByMeanPsnr(grid.size(), [&](size_t i) { return solve(images.degraded, spec, grid[i], nullptr)->clamp(-1, 1); },
                                       images.clean)];
        });
    }

private:
    /// Exact in Fourier space for blur; conjugate gradients for pool (not shift-invariant).
    static Result<torch::Tensor> solve(const torch::Tensor& y, const DegradationSpec& spec, double lambda, const MethodProgress* progress)
    {
        if (spec.kind == DamageKind::Blur) return fourierDeconvolve(y, spec.blurOperator().sigma(spec.level), lambda);
        return tikhonovDeconvolve(y, spec, lambda, kIterations, progress);
    }

    static constexpr int64_t kIterations = 300;
    std::shared_ptr<const Dataset> m_tuning;
    std::shared_ptr<TunedSettings> m_tuned;
    std::string m_lastSetting;
};

} // namespace

std::vector<MethodEntry> wienerMethods()
{
    auto make = [](const MethodContext& context, MethodUnavailable&) -> std::unique_ptr<RestorationMethod> {
        return std::make_unique<WienerMethod>(context.tuningImages, context.tuned);
    };
    return {{"wiener", "Tikhonov-regularised deconvolution with the known operator", "classical", kUndoesOperators, make}};
}

} // namespace dddg
