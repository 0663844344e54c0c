#pragma once
// Pieces several restoration methods share.
#include "baseline_model.h"
#include "restoration.h"

#include <functional>

namespace dddg {

/// What a restoration returns when its cancel flag stopped it.
inline Error cancelledRestoration() { return cancelledError("cancelled"); }

/// Progress from `from` to `to` of `outer`, with its cancel flag.
inline MethodProgress progressRange(const MethodProgress& outer, double from, double to)
{
    MethodProgress part;
    part.cancel = outer.cancel;
    part.onProgress = [outer, from, to](double f) { outer.report(from + (to - from) * f); };
    return part;
}

/// DDPM ancestral steps t = start … stop + 1 on x (in place), reporting progress from
/// `progressFrom` to `progressTo` and keeping states in `out`; noise drawn on the CPU from
/// options.seed. cancelledError() when cancelled.
Status denoiseFrom(UNet& eps, const NoiseSchedule& schedule, torch::Tensor& x, int64_t start, const RestoreOptions& options,
                 const MethodProgress& progress, double progressFrom, double progressTo, Restoration& out, int64_t stop = 0);

} // namespace dddg

namespace dddg {

/// Cold Diffusion's own step schedule for a blur/pool spec: S steps from the clean image
/// (s = 0) to exactly the degraded input (s = S). Blur: σ(s) = σ_level·s/S with S ≈ σ_level /
/// step σ; pool: one step per halving of the resolution.
class ColdSchedule {
public:
    ColdSchedule(const DegradationSpec& spec, double stepSigma);
    int64_t steps() const { return m_steps; }
    /// The restorer's conditioning value at step s: σ(s) for blur, s for pool.
    double condition(int64_t s) const;
    /// D(x0, s); D(x0, S) is reduce_info(x0, level) itself.
    torch::Tensor degrade(const torch::Tensor& x0, int64_t s) const;

private:
    DegradationSpec m_spec;
    double m_sigma = 0;
    int64_t m_steps = 1;
};

/// x̂0 from a degraded image and its conditioning value (a trained restorer, or an oracle in tests).
using Restorer = std::function<torch::Tensor(const torch::Tensor& x, double condition)>;

/// Cold Diffusion's sampling from x_S = `degraded` down to x_0: naive x_{s−1} = D(R(x_s), s−1)
/// or TACoS x_{s−1} = x_s − D(x̂0, s) + D(x̂0, s−1). cancelledError() when cancelled.
Result<torch::Tensor> coldSample(const Restorer& restorer, const ColdSchedule& schedule, const torch::Tensor& degraded, bool tacos,
                         const RestoreOptions& options, const MethodProgress& progress, Restoration& out);

} // namespace dddg

namespace dddg {

/// Tikhonov-regularised deconvolution of a blur/pool spec (the `wiener` method's solver):
/// argmin |A x − y|² + λ|∇x|² by `iterations` of conjugate gradients. cancelledError() when cancelled.
Result<torch::Tensor> tikhonovDeconvolve(const torch::Tensor& y, const DegradationSpec& spec, double lambda, int64_t iterations,
                                 const MethodProgress* progress);

} // namespace dddg

namespace dddg {

/// DiffPIR's and DDRM's settings (chosen on training images: docs/compare.md).
struct PosteriorSettings {
    int64_t steps = 100;      ///< network evaluations, t = t_start … 1 evenly spaced
    int64_t samples = 1;      ///< samples averaged (an estimate of the posterior mean); NFE = steps × samples
    int64_t tStart = 0;       ///< the first step; 0 = T (pure noise), else the degraded image noised to it
    double lambda = 1.0;      ///< DiffPIR: ρ_t = λ σ_n² / σ̄_t²
    double zeta = 0.1;        ///< DiffPIR: the share of fresh noise when re-noising
    double eta = 0.85;        ///< DDRM: η
    double etaB = 1.0;        ///< DDRM: η_b
    double minSingular = 1e-3; ///< DDRM: smaller singular values are treated as 0
    double minNoiseStd = 2.0 * 0.5 / 255.0; ///< floor of σ_n (model frame): half a grey level
};

/// The defaults of "diffpir" (3 samples × 33 steps from t 300) or "ddrm" (20 steps from pure noise).
PosteriorSettings defaultPosteriorSettings(const std::string& method);

/// `nfe` steps from T down to 1, evenly spaced and rounded; {T} for one.
std::vector<int64_t> posteriorSteps(int64_t T, int64_t nfe);

} // namespace dddg
