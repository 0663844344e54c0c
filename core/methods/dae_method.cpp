// DAED (Deja et al.): a denoising auto-encoder for the first, large diffusion step and a
// diffusion model for the others. `dae` is the auto-encoder alone, one pass at the input's
// noise level; `daed` diffuses from the matched step down to step 1 (β₁), then hands x₁ to
// the auto-encoder.
#include "method_registry.h"
#include "methods/method_support.h"

#include <torch/torch.h>

namespace dddg {
namespace {

/// x̂0 = DAE(y, σ) for y = x0 + σ·ε (σ the noise std in the model frame).
torch::Tensor autoEncode(UNet& dae, const torch::Tensor& y, double std)
{
    torch::NoGradGuard guard;
    dae->eval();
    return dae->forward(y, BaselineModel::noiseCondition(std, y.size(0), y.device()));
}

class DaeMethod : public RestorationMethod {
public:
    DaeMethod(bool withDiffusion, std::shared_ptr<BaselineModel> model, std::string label)
        : m_withDiffusion(withDiffusion), m_model(std::move(model)), m_label(std::move(label))
    {
        if (m_withDiffusion) m_schedule = std::make_unique<NoiseSchedule>(m_model->config().noiseSchedule());
    }

    std::string name() const override { return m_withDiffusion ? "daed" : "dae"; }
    std::string modelLabel() const override { return m_label; }
    int64_t nfe(const DegradationSpec& spec, const RestoreOptions&) const override
    {
        return m_withDiffusion ? m_schedule->matchNoiseStd(spec.noiseStd()) : 1;
    }

    Result<Restoration> restore(const torch::Tensor& degraded, const DegradationSpec& spec, const RestoreOptions& options,
                                const MethodProgress& progress) override
    {
        auto y = degraded.to(m_model->device());
        Restoration out;
        if (progress.cancelled()) return cancelledRestoration();
        const int64_t start = m_withDiffusion ? m_schedule->matchNoiseStd(spec.noiseStd()) : 1;
        if (start <= 1) { // at or below the auto-encoder's step: one pass at the input's own level
            out.restored = autoEncode(m_model->ema("dae"), y, spec.noiseStd()).clamp(-1, 1);
            out.nfe = 1;
            progress.report(1.0);
            return out;
        }
        auto x = std::sqrt(m_schedule->alphaBar(start)) * y;
        const double share = double(start - 1) / double(start);
        if (auto done = denoiseFrom(m_model->ema("eps"), *m_schedule, x, start, options, progress, 0.0, share, out, 1); !done)
            return done.error();
        const double abOne = m_schedule->alphaBar(1);
        out.restored = autoEncode(m_model->ema("dae"), x / std::sqrt(abOne), m_schedule->noiseToSignal(1)).clamp(-1, 1);
        out.nfe = start;
        progress.report(1.0);
        return out;
    }

private:
    bool m_withDiffusion;
    std::shared_ptr<BaselineModel> m_model;
    std::unique_ptr<NoiseSchedule> m_schedule;
    std::string m_label;
};

std::unique_ptr<RestorationMethod> makeDaeMethod(bool withDiffusion, const MethodContext& context, MethodUnavailable& why)
{
    // `dae` runs a dae file, or the auto-encoder half of a daed file when only that exists.
    std::vector<std::string> candidates = withDiffusion ? std::vector<std::string>{"daed"} : std::vector<std::string>{"dae", "daed"};
    Error first;
    for (size_t i = 0; i < candidates.size(); ++i) {
        auto loaded = context.models->baseline(candidates[i]);
        if (loaded) return std::make_unique<DaeMethod>(withDiffusion, *loaded, candidates[i] + "-" + context.models->dataset());
        if (i == 0) first = loaded.error();
    }
    why = {first.message, true};
    return nullptr;
}

} // namespace

std::vector<MethodEntry> daeMethods()
{
    auto dae = [](bool withDiffusion) { return [withDiffusion](const MethodContext& c, MethodUnavailable& w) { return makeDaeMethod(withDiffusion, c, w); }; };
    return {
        {"dae", "DAED's denoising auto-encoder alone: one pass", "diffusion", kUndoesNoise, dae(false)},
        {"daed", "DAED: diffusion steps down to the first, large step, then the auto-encoder", "diffusion", kUndoesNoise, dae(true)},
    };
}

} // namespace dddg
