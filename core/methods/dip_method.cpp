// `dip` and `tdpm-dip-K`. TDPM-DIP (truncated diffusion with DIP as the implicit generator):
// the DIP fit x̂ stands in for a sample at the truncation step K, x_K = sqrt(ᾱ_K)·x̂ +
// sqrt(1 − ᾱ_K)·ε, and DDPM (linear schedule) runs the last K reverse steps. K = 0 is DIP.
#include "method_registry.h"
#include "methods/dip_fit.h"
#include "methods/method_support.h"

#include <torch/torch.h>

namespace dddg {
namespace {

class DipMethod : public RestorationMethod {
public:
    DipMethod(std::string name, int64_t truncation, std::shared_ptr<DipCache> cache, std::shared_ptr<BaselineModel> ddpm, std::string label)
        : m_name(std::move(name)), m_truncation(truncation), m_cache(std::move(cache)), m_ddpm(std::move(ddpm)), m_label(std::move(label))
    {
    }

    std::string name() const override { return m_name; }
    std::string modelLabel() const override { return m_label; }
    int64_t nfe(const DegradationSpec&, const RestoreOptions& options) const override { return iterations(options) + m_truncation; }

    Result<Restoration> restore(const torch::Tensor& degraded, const DegradationSpec& spec, const RestoreOptions& options,
                                const MethodProgress& progress) override
    {
        DipOptions dip;
        dip.iterations = iterations(options);
        dip.useEma = options.dipUseEma;
        const double fitShare = m_truncation > 0 ? 0.9 : 1.0;
        MethodProgress fitProgress{[&progress, fitShare](double f) { progress.report(f * fitShare); }, progress.cancel};
        auto fitted = m_cache->fit(degraded, spec, dip, options.seed, options.keepStates, fitProgress);
        if (!fitted) return fitted.error();
        const DipFit& fit = *fitted;
        Restoration out;
        out.states = fit.states;
        out.stateLabels = fit.stateLabels;
        out.nfe = fit.iterations + m_truncation;
        if (fit.reused) out.reusedSeconds = fit.seconds;
        if (m_truncation == 0) {
            out.restored = fit.output;
            progress.report(1.0);
            return out;
        }
        NoiseSchedule schedule = m_ddpm->config().noiseSchedule();
        auto gen = at::detail::createCPUGenerator(options.seed + 1);
        auto noise = torch::randn(fit.output.sizes(), gen, torch::TensorOptions().dtype(torch::kFloat32));
        const double ab = schedule.alphaBar(m_truncation);
        auto x = (std::sqrt(ab) * fit.output + std::sqrt(1.0 - ab) * noise).to(m_ddpm->device());
        if (auto done = denoiseFrom(m_ddpm->ema("eps"), schedule, x, m_truncation, options, progress, fitShare, 1.0, out); !done)
            return done.error();
        out.restored = x.clamp(-1, 1).cpu();
        return out;
    }

private:
    static int64_t iterations(const RestoreOptions& options)
    {
        return options.dipIterations > 0 ? options.dipIterations : DipOptions::kDefaultIterations;
    }

    std::string m_name;
    int64_t m_truncation;
    std::shared_ptr<DipCache> m_cache;
    std::shared_ptr<BaselineModel> m_ddpm;
    std::string m_label;
};

/// `dip` (truncation 0) or `tdpm-dip-K`; all of one context share their DIP fits.
std::unique_ptr<RestorationMethod> makeDipMethod(const std::string& name, int64_t truncation, const MethodContext& context, MethodUnavailable& why)
{
    auto cache = context.shared->get<DipCache>();
    if (truncation == 0) return std::make_unique<DipMethod>(name, 0, cache, nullptr, "");
    auto ddpm = context.models->baseline("ddpm-linear");
    if (!ddpm) {
        why = {ddpm.error().message, true};
        return nullptr;
    }
    return std::make_unique<DipMethod>(name, truncation, cache, *ddpm, "ddpm-linear-" + context.models->dataset());
}

} // namespace

std::vector<MethodEntry> dipMethods()
{
    auto dip = [](std::string name, int64_t k) {
        return [name, k](const MethodContext& c, MethodUnavailable& w) { return makeDipMethod(name, k, c, w); };
    };
    return {
        {"dip", "Deep Image Prior: a skip network fitted to the degraded image from fixed noise", "prior", kUndoesAny | kUndoesInpaint, dip("dip", 0)},
        {"tdpm-dip-0", "TDPM-DIP, T_trunc 0: the DIP fit alone", "prior", kUndoesAny | kUndoesInpaint, dip("tdpm-dip-0", 0)},
        {"tdpm-dip-5", "TDPM-DIP, T_trunc 5: DIP as the implicit generator, then 5 DDPM steps", "prior", kUndoesNoise, dip("tdpm-dip-5", 5)},
        {"tdpm-dip-10", "TDPM-DIP, T_trunc 10: DIP, then 10 DDPM steps", "prior", kUndoesNoise, dip("tdpm-dip-10", 10)},
        {"tdpm-dip-50", "TDPM-DIP, T_trunc 50: DIP, then 50 DDPM steps", "prior", kUndoesNoise, dip("tdpm-dip-50", 50)},
    };
}

} // namespace dddg
