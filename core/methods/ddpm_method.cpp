// DDPM denoising (Ho et al.): scale the noisy image to the matched step t*, then ancestral
// reverse steps t* … 1 with the ε-predicting U-Net (EMA weights).
#include "method_registry.h"
#include "methods/method_support.h"

#include <torch/torch.h>

namespace dddg {
namespace {

class DdpmMethod : public RestorationMethod {
public:
    DdpmMethod(std::string name, std::shared_ptr<BaselineModel> model, std::string label)
        : m_name(std::move(name)), m_model(std::move(model)), m_schedule(m_model->config().noiseSchedule()), m_label(std::move(label))
    {
    }

    std::string name() const override { return m_name; }
    std::string modelLabel() const override { return m_label; }
    int64_t nfe(const DegradationSpec& spec, const RestoreOptions&) const override { return m_schedule.matchNoiseStd(spec.noiseStd()); }

    Result<Restoration> restore(const torch::Tensor& degraded, const DegradationSpec& spec, const RestoreOptions& options,
                                const MethodProgress& progress) override
    {
        const int64_t start = m_schedule.matchNoiseStd(spec.noiseStd());
        auto x = std::sqrt(m_schedule.alphaBar(start)) * degraded.to(m_model->device());
        Restoration out;
        if (auto done = denoiseFrom(m_model->ema("eps"), m_schedule, x, start, options, progress, 0.0, 1.0, out); !done) return done.error();
        out.restored = x.clamp(-1, 1);
        out.nfe = start;
        return out;
    }

private:
    std::string m_name;
    std::shared_ptr<BaselineModel> m_model;
    NoiseSchedule m_schedule;
    std::string m_label;
};

} // namespace

Status denoiseFrom(UNet& eps, const NoiseSchedule& schedule, torch::Tensor& x, int64_t start, const RestoreOptions& options,
                 const MethodProgress& progress, double progressFrom, double progressTo, Restoration& out, int64_t stop)
{
    torch::NoGradGuard guard;
    eps->eval();
    auto generator = at::detail::createCPUGenerator(options.seed);
    const int64_t total = start - stop;
    for (int64_t t = start; t > stop; --t) {
        if (progress.cancelled()) return cancelledRestoration();
        auto epsHat = eps->forward(x, BaselineModel::stepCondition(t, x.size(0), x.device()));
        auto noise = torch::randn(x.sizes(), generator, torch::TensorOptions().dtype(torch::kFloat32)).to(x.device());
        x = schedule.reverseStep(x, epsHat, t, noise);
        const int64_t done = start - t;
        if (keepsState(done, total, options.keepStates)) {
            out.states.push_back(x.clamp(-1, 1).cpu());
            out.stateLabels.push_back("t=" + std::to_string(t - 1));
        }
        progress.report(progressFrom + (progressTo - progressFrom) * double(done + 1) / double(total));
    }
    return {};
}

namespace {

std::unique_ptr<RestorationMethod> makeDdpmMethod(const std::string& schedule, const MethodContext& context, MethodUnavailable& why)
{
    const std::string model = "ddpm-" + schedule;
    auto loaded = context.models->baseline(model);
    if (!loaded) {
        why = {loaded.error().message, true};
        return nullptr;
    }
    return std::make_unique<DdpmMethod>(model, *loaded, model + "-" + context.models->dataset());
}

} // namespace

std::vector<MethodEntry> ddpmMethods()
{
    auto ddpm = [](const char* schedule) { return [schedule](const MethodContext& c, MethodUnavailable& w) { return makeDdpmMethod(schedule, c, w); }; };
    return {
        {"ddpm-linear", "DDPM, linear schedule: ancestral steps from the matched noise level", "diffusion", kUndoesNoise, ddpm("linear")},
        {"ddpm-cosine", "DDPM, cosine schedule: ancestral steps from the matched noise level", "diffusion", kUndoesNoise, ddpm("cosine")},
    };
}

} // namespace dddg
