// DDDG as a restorer. Noise: inversion of the noisy image (paper Algorithm 3), with or without
// step-wise refinement, then the likelihood step (methods/likelihood_step.h), its weight
// chosen once per noise level on training images. Blur/pool at level t: native deblurring —
// the chain starts at x'_t = the degraded input, and the latents z_t … z_{t_max−1} are chosen so that
// reduce_info(x'_{t_max}, t) reproduces the input: each z_k first guessed by the encoder from a
// zero-latent step (x'_{k+1} with z = 0, encoded at level k+1), then, for `dddg-refine`, refined
// jointly by Adam. Inpainting: the chain from x'_0 with the encoder's latents of the masked
// image, for `dddg-refine` refined jointly against the masked loss |m ⊙ x'_{t_max} − y|², then
// the exact data step towards the measurement. Class-conditional models get, per image, the
// class whose encoder reconstruction best explains the input.
#include "best_iterate.h"
#include "inversion.h"
#include "measurement_operator.h"
#include "method_registry.h"
#include "methods/likelihood_step.h"
#include "methods/method_support.h"
#include "methods/parameter_tuning.h"
#include "trajectory.h"

#include <torch/torch.h>

#include <functional>


namespace dddg {
namespace {

// The restorer's refinement: no prior on z (its latents serve only this restoration, unlike
// the explorer's, which sliders show), a larger step and 60 Adam iterations per step: on
// MNIST test images 5000–5099 at σ 25, 23.75 dB against 20.92 with the explorer's settings
// at 40 iterations (docs/compare.md).
constexpr int64_t kRefineSteps = 60;
// The generator's own error, as a std in the [−1, 1] frame, for the final data step of
// inpainting: ρ = (σ_n / this)² weighs the measurement against x'_{t_max}, so kept pixels come
// back almost exactly and faded ones in proportion to how much of them the mask kept.
constexpr double kGeneratorErrorStd = 0.25;
RefineOptions restorerRefinement()
{
    RefineOptions options;
    options.steps = kRefineSteps;
    options.learningRate = 0.5;
    options.priorWeight = 0.0;
    return options;
}

class DddgMethod : public RestorationMethod {
public:
    DddgMethod(bool refine, std::shared_ptr<DddgModel> model, std::string label, const MethodContext& context)
        : m_refine(refine), m_model(std::move(model)), m_label(std::move(label)), m_tuning(context.tuningImages), m_tuned(context.tuned)
    {
    }

    std::string name() const override { return m_refine ? "dddg-refine" : "dddg"; }
    std::string modelLabel() const override { return m_label + m_lastSetting; }
    std::string modelLimit(const DegradationSpec& spec) const override
    {
        if (spec.kind == DamageKind::Noise || spec.kind == DamageKind::Inpaint) return "";
        const auto& own = m_model->config().degradation;
        if ((spec.kind == DamageKind::Pool) != (own.kind == DegradationKind::Pool))
            return "the model was trained on the " + toString(own.kind) + " operator";
        if (spec.operatorConfig.tMax != own.tMax) return "the model's t_max is " + std::to_string(own.tMax);
        return "";
    }
    int64_t nfe(const DegradationSpec& spec, const RestoreOptions&) const override
    {
        const int64_t T = m_model->config().tMax(), classes = std::max<int64_t>(1, m_model->config().numClasses);
        // Refinement: 60 joint iterations per step of the chain, each through all T steps.
        if (spec.kind == DamageKind::Inpaint) return classes * 2 * T + (m_refine ? kRefineSteps * T * T : 0);
        const int64_t steps = spec.kind == DamageKind::Noise ? T : T - spec.level;
        const int64_t guess = spec.kind == DamageKind::Noise ? 2 * steps : 3 * steps; // (D +) G per step
        return classes * guess + (m_refine ? kRefineSteps * (spec.kind == DamageKind::Noise ? T : 1) * steps : 0);
    }

    Result<Restoration> restore(const torch::Tensor& degraded, const DegradationSpec& spec, const RestoreOptions& options,
                                const MethodProgress& progress) override
    {
        auto y = degraded.to(m_model->device());
        Restoration out;
        out.nfe = nfe(spec, options);
        torch::Tensor xPrime;
        double weight = 0;
        if (spec.kind == DamageKind::Noise) {
            const bool tuned = m_tuned->find(tuningKey(spec)).ok();
            const double from = tuned ? 0.0 : 0.3; // tuning runs the same restoration on the training images first
            auto tunedWeight = likelihoodWeight(spec, progressRange(progress, 0, from));
            if (!tunedWeight) return tunedWeight.error();
            weight = *tunedWeight;
            m_lastSetting = ", likelihood w " + weightText(weight);
            auto chain = reconstructNoisy(y, spec, progressRange(progress, from, 1.0));
            if (!chain) return chain.error();
            xPrime = *chain;
        } else if (spec.kind == DamageKind::Inpaint) {
            auto chain = inpaintChain(y, spec, progress);
            if (!chain) return chain.error();
            xPrime = *chain;
        } else {
            auto labels = bestClasses(y, spec);
            if (progress.cancelled()) return cancelledRestoration();
            progress.report(0.1);
            auto z = guessDeblurLatents(y, spec.level, labels);
            if (m_refine)
                if (auto refined = refineDeblurLatents(y, spec, labels, z, progress); !refined) return refined.error();
            xPrime = chainFrom(y, spec.level, z, labels);
        }
        for (int64_t k = 0; k < xPrime.size(0); ++k)
            if (keepsState(k, xPrime.size(0), options.keepStates)) {
                out.states.push_back(xPrime[k].clamp(-1, 1).cpu());
                out.stateLabels.push_back("t=" + std::to_string(spec.kind == DamageKind::Blur || spec.kind == DamageKind::Pool ? spec.level + k : k));
            }
        const auto last = xPrime[xPrime.size(0) - 1];
        if (spec.kind == DamageKind::Inpaint) {
            auto consistent = towardsMeasurement(last, y, spec);
            if (!consistent) return consistent.error();
            out.restored = consistent->clamp(-1, 1).cpu();
            if (options.keepStates > 0) {
                out.states.push_back(out.restored);
                out.stateLabels.push_back("data step");
            }
            progress.report(1.0);
            return out;
        }
        out.restored = (spec.kind == DamageKind::Noise ? likelihoodStep(last, y, weight) : last.clamp(-1, 1)).cpu();
        if (spec.kind == DamageKind::Noise && options.keepStates > 0) {
            out.states.push_back(out.restored);
            out.stateLabels.push_back("likelihood step, w " + weightText(weight));
        }
        progress.report(1.0);
        return out;
    }

private:
    /// Algorithm 3 of the noisy images (and the refinement): the chain x'_0 … x'_{t_max}, with
    /// each image's best class; cancelledError() when cancelled.
    Result<torch::Tensor> reconstructNoisy(const torch::Tensor& y, const DegradationSpec& spec, const MethodProgress& progress)
    {
        auto labels = bestClasses(y, spec);
        if (progress.cancelled()) return cancelledRestoration();
        progress.report(0.1);
        auto z = encodeLatents(*m_model, y, labels);
        Trajectory path = renderTrajectory(*m_model, z, labels);
        if (progress.cancelled()) return cancelledRestoration();
        if (m_refine) {
            auto refined = refineLatents(*m_model, y, z, labels, restorerRefinement(), [&progress](int64_t done, int64_t total) {
                progress.report(0.1 + 0.9 * double(done) / double(total));
                return !progress.cancelled();
            });
            if (!refined) return refined.error();
            path = std::move(*refined);
        }
        return path.xPrime.to(y.device());
    }

    std::string tuningKey(const DegradationSpec& spec) const { return name() + "/" + spec.label(); }
    static std::string weightText(double w) { return std::to_string(w).substr(0, 4); }

    /// The likelihood step's weight for this noise level, chosen on the first training images
    /// (their own noise seed) with this same restoration; cancelledError() when cancelled.
    Result<double> likelihoodWeight(const DegradationSpec& spec, const MethodProgress& progress)
    {
        if (!m_tuning || m_tuning->size() == 0) return 1.0; // nothing to tune on: keep the input, the floor, not a bare redraw
        return m_tuned->findOrTune(tuningKey(spec), [&]() -> Result<double> {
            const auto images = tuningImages(*m_tuning, spec, kTuningImages);
            auto y = images.degraded.to(m_model->device());
            auto chain = reconstructNoisy(y, spec, progress);
            if (!chain) return chain.error();
            return bestLikelihoodWeight((*chain)[chain->size(0) - 1], y, images.clean);
        });
    }

    /// x'_t = y, then G steps t … t_max−1 with latents z [t_max − t, B, d_z]: [t_max − t + 1, B, …].
    torch::Tensor chainFrom(const torch::Tensor& y, int64_t level, const torch::Tensor& z, const torch::Tensor& labels)
    {
        torch::NoGradGuard guard;
        auto scales = m_model->scale.scales();
        std::vector<torch::Tensor> states{y};
        auto x = y;
        for (int64_t k = level; k < m_model->config().tMax(); ++k) {
            x = m_model->step(m_model->gEma, x, z[k - level].to(y.device()) * scales[k], k, labels).xNext;
            states.push_back(x);
        }
        return torch::stack(states);
    }

    torch::Tensor guessDeblurLatents(const torch::Tensor& y, int64_t level, const torch::Tensor& labels)
    {
        torch::NoGradGuard guard;
        auto scales = m_model->scale.scales();
        std::vector<torch::Tensor> rows;
        auto x = y;
        const int64_t B = y.size(0), dz = m_model->config().dz;
        for (int64_t k = level; k < m_model->config().tMax(); ++k) {
            auto zero = torch::zeros({B, dz}, y.options());
            auto probe = m_model->step(m_model->gEma, x, zero, k, labels).xNext;
            auto z = m_model->dEma->forward(probe, k + 1, labels).latent;
            rows.push_back(z.cpu());
            x = m_model->step(m_model->gEma, x, z * scales[k], k, labels).xNext;
        }
        return torch::stack(rows);
    }

    Status refineDeblurLatents(const torch::Tensor& y, const DegradationSpec& spec, const torch::Tensor& labels, torch::Tensor& z,
                             const MethodProgress& progress)
    {
        const Degradation& op = m_model->degradation();
        auto misfit = [&](const torch::Tensor& x) { return (op.reduce(x, spec.level) - y).pow(2).flatten(1).mean(1); };
        return refineChainLatents(y, spec.level, labels, z, misfit, progress);
    }

    /// The latents z_level … z_{t_max−1} of the chain from x'_level = `start`, optimised jointly
    /// by Adam so that the per-image `misfit` of x'_{t_max} falls; each image keeps its best iterate.
    Status refineChainLatents(const torch::Tensor& start, int64_t level, const torch::Tensor& labels, torch::Tensor& z,
                              const std::function<torch::Tensor(const torch::Tensor&)>& misfit, const MethodProgress& progress)
    {
        c10::InferenceMode normal(false);
        auto scales = m_model->scale.scales();
        auto latents = z.to(start.device()).clone().set_requires_grad(true);
        const RefineOptions settings = restorerRefinement();
        torch::optim::Adam adam({latents}, torch::optim::AdamOptions(settings.learningRate));
        const int64_t steps = settings.steps * (m_model->config().tMax() - level);
        BestIterate best(latents, 1); // [steps of the chain, B, d_z]
        for (int64_t i = 0; i < steps; ++i) {
            if (progress.cancelled()) return cancelledRestoration();
            auto x = start;
            for (int64_t k = level; k < m_model->config().tMax(); ++k)
                x = m_model->step(m_model->gEma, x, latents[k - level] * scales[k], k, labels).xNext;
            auto perImage = misfit(x) + settings.priorWeight * latents.pow(2).mean(std::vector<int64_t>{0, 2});
            best.offer(latents, perImage);
            adam.zero_grad();
            perImage.sum().backward();
            adam.step();
            progress.report(0.1 + 0.9 * double(i + 1) / double(steps));
        }
        z = best.best().cpu();
        return {};
    }

    /// Inpainting: x'_0 … x'_{t_max} from the encoder's latents of the masked images y, refined
    /// (dddg-refine) so that m ⊙ x'_{t_max} reproduces y; cancelledError() when cancelled.
    Result<torch::Tensor> inpaintChain(const torch::Tensor& y, const DegradationSpec& spec, const MethodProgress& progress)
    {
        auto labels = bestClasses(y, spec);
        if (progress.cancelled()) return cancelledRestoration();
        progress.report(0.1);
        auto z = encodeLatents(*m_model, y, labels);
        auto start = m_model->constantImage(y.size(0), y.device());
        if (m_refine) {
            const auto kept = spec.inpaintWeights(y.size(2), y.size(3)).to(y.device());
            auto misfit = [&](const torch::Tensor& x) { return (kept * x - y).pow(2).flatten(1).mean(1); };
            if (auto refined = refineChainLatents(start, 0, labels, z, misfit, progress); !refined) return refined.error();
        }
        return chainFrom(start, 0, z, labels);
    }

    /// argmin_x |y − m ⊙ x|² + ρ|x − x'_{t_max}|², ρ = (σ_n / kGeneratorErrorStd)², σ_n the
    /// measurement's noise std (at least half a grey level, as for the posterior samplers).
    Result<torch::Tensor> towardsMeasurement(const torch::Tensor& generated, const torch::Tensor& y, const DegradationSpec& spec)
    {
        auto op = MeasurementOperator::make(spec, y.size(2), y.size(3));
        if (!op) return op.error();
        const double sigmaN = std::max(spec.measurementStd(), 1.0 / 255.0);
        return op->dataStep(y, generated, std::pow(sigmaN / kGeneratorErrorStd, 2)).to(torch::kFloat32);
    }

    /// Per image, the class whose encoder reconstruction is nearest the input (after the
    /// degradation); undefined labels for unconditional models.
    torch::Tensor bestClasses(const torch::Tensor& y, const DegradationSpec& spec)
    {
        const int64_t classes = m_model->config().numClasses, B = y.size(0);
        if (classes <= 0) return {};
        torch::NoGradGuard guard;
        torch::Tensor bestError, best;
        for (int64_t c = 0; c < classes; ++c) {
            auto labels = torch::full({B}, c, torch::TensorOptions().dtype(torch::kInt64).device(y.device()));
            torch::Tensor recon;
            if (spec.kind == DamageKind::Noise) {
                recon = renderTrajectory(*m_model, encodeLatents(*m_model, y, labels), labels).result().to(y.device());
            } else if (spec.kind == DamageKind::Inpaint) {
                auto generated = renderTrajectory(*m_model, encodeLatents(*m_model, y, labels), labels).result().to(y.device());
                recon = spec.inpaintWeights(y.size(2), y.size(3)).to(y.device()) * generated;
            } else {
                auto path = chainFrom(y, spec.level, guessDeblurLatents(y, spec.level, labels), labels);
                recon = m_model->degradation().reduce(path[path.size(0) - 1], spec.level);
            }
            auto error = (recon - y).pow(2).flatten(1).mean(1);
            if (!best.defined()) {
                best = labels.clone(), bestError = error;
            } else {
                auto better = error < bestError;
                best = torch::where(better, labels, best);
                bestError = torch::where(better, error, bestError);
            }
        }
        return best;
    }

    static constexpr int64_t kTuningImages = 32;
    bool m_refine;
    std::shared_ptr<DddgModel> m_model;
    std::string m_label;
    std::shared_ptr<const Dataset> m_tuning;
    std::shared_ptr<TunedSettings> m_tuned;
    std::string m_lastSetting;
};

std::unique_ptr<RestorationMethod> makeDddgMethod(bool refine, const MethodContext& context, MethodUnavailable& why)
{
    auto model = context.models->dddg();
    if (!model) {
        why = {model.error().message, true};
        return nullptr;
    }
    return std::make_unique<DddgMethod>(refine, *model, "dddg-" + context.models->dataset(), context);
}

} // namespace

std::vector<MethodEntry> dddgMethods()
{
    auto dddg = [](bool refine) { return [refine](const MethodContext& c, MethodUnavailable& w) { return makeDddgMethod(refine, c, w); }; };
    return {
        {"dddg", "DDDG: encoder inversion plus the likelihood step (noise), native deblurring from the degraded level, or the inversion of a masked image", "gan",
         kUndoesAny | kUndoesInpaint, dddg(false)},
        {"dddg-refine", "DDDG with latent refinement (for inpainting against the masked loss)", "gan", kUndoesAny | kUndoesInpaint, dddg(true)},
    };
}

} // namespace dddg
