// Cold Diffusion (Bansal et al.) for the blur, pool (super-resolution) and inpainting
// operators: a restorer R (x̂0 from a degraded image and its level) run over a schedule
// s = S … 1 whose start step reproduces the degraded input exactly. Naive: x_{s−1} = D(R(x_s), s−1). TACoS:
// x_{s−1} = x_s − D(x̂0, s) + D(x̂0, s−1), which cancels R's error in the operator's range.
#include "inpaint_mask.h"
#include "method_registry.h"
#include "methods/method_support.h"

#include <torch/torch.h>

#include <cmath>
#include <map>

namespace dddg {

ColdSchedule::ColdSchedule(const DegradationSpec& spec, double stepSigma) : m_spec(spec)
{
    if (spec.kind == DamageKind::Blur) {
        m_sigma = spec.blurOperator().sigma(spec.level);
        m_steps = std::max<int64_t>(1, int64_t(std::lround(m_sigma / stepSigma)));
    } else if (spec.kind == DamageKind::Inpaint) {
        m_steps = spec.level; // one step per fading step
    } else {
        m_steps = spec.operatorConfig.tMax - spec.level; // one step per halving of the resolution
    }
}

double ColdSchedule::condition(int64_t s) const { return m_spec.kind == DamageKind::Blur ? m_sigma * double(s) / double(m_steps) : double(s); }

torch::Tensor ColdSchedule::degrade(const torch::Tensor& x0, int64_t s) const
{
    if (s <= 0) return x0;
    if (m_spec.kind == DamageKind::Inpaint) {
        const int64_t H = x0.size(2), W = x0.size(3);
        return x0 * fadingMask(s, H, W, double(H / 2), double(W / 2)).to(x0.device()); // the centred hole of inpaintWeights
    }
    if (m_spec.kind == DamageKind::Blur) return s == m_steps ? m_spec.blurOperator().reduce(x0, m_spec.level) : gaussianBlur(x0, condition(s));
    return m_spec.blurOperator().reduce(x0, m_spec.operatorConfig.tMax - s);
}

Result<torch::Tensor> coldSample(const Restorer& restorer, const ColdSchedule& schedule, const torch::Tensor& degraded, bool tacos,
                         const RestoreOptions& options, const MethodProgress& progress, Restoration& out)
{
    torch::NoGradGuard guard;
    auto x = degraded;
    const int64_t S = schedule.steps();
    for (int64_t s = S; s >= 1; --s) {
        if (progress.cancelled()) return cancelledError();
        auto x0 = restorer(x, schedule.condition(s));
        x = tacos ? x - schedule.degrade(x0, s) + schedule.degrade(x0, s - 1) : schedule.degrade(x0, s - 1);
        if (keepsState(S - s, S, options.keepStates)) {
            out.states.push_back(x.clamp(-1, 1).cpu());
            out.stateLabels.push_back("s=" + std::to_string(s - 1));
        }
        progress.report(double(S - s + 1) / double(S));
    }
    return x;
}

namespace {

/// The restorer's family for a spec: "blur", "pool" or "inpaint".
std::string familyOf(const DegradationSpec& spec) { return spec.kind == DamageKind::Noise ? "" : toString(spec.kind); }

/// How the restorer is used: Cold Diffusion's two samplers, or its one-shot "direct" R(x_S, S).
enum class ColdMode { Naive, Tacos, Direct };

class ColdMethod : public RestorationMethod {
public:
    ColdMethod(ColdMode mode, std::map<std::string, std::shared_ptr<BaselineModel>> models, std::map<std::string, std::string> missing,
               std::string dataset)
        : m_mode(mode), m_models(std::move(models)), m_missing(std::move(missing)), m_dataset(std::move(dataset))
    {
    }

    std::string name() const override
    {
        return m_mode == ColdMode::Tacos ? "cold-tacos" : m_mode == ColdMode::Naive ? "cold-naive" : "cold-direct";
    }
    std::string modelLabel() const override { return "cold-" + m_lastFamily + "-" + m_dataset; }
    std::string modelLimit(const DegradationSpec& spec) const override
    {
        const auto model = modelFor(spec);
        if (!model) return m_missing.count(familyOf(spec)) ? m_missing.at(familyOf(spec)) : "no Cold Diffusion restorer for " + familyOf(spec);
        const auto& trained = model->config().degradation;
        if (spec.kind == DamageKind::Blur && spec.blurOperator().sigma(spec.level) > trained.sigmaMax + 1e-9)
            return "blur σ beyond the model's trained range";
        if (spec.kind == DamageKind::Pool && spec.operatorConfig.tMax - spec.level > trained.tMax - 1)
            return "pool factor beyond the model's trained range";
        if (spec.kind == DamageKind::Inpaint && spec.mask.defined())
            return "Cold Diffusion inpaints along its fading schedule; a mask of your own is not one of its steps";
        return "";
    }
    int64_t nfe(const DegradationSpec& spec, const RestoreOptions&) const override
    {
        const auto model = modelFor(spec);
        if (!model) return 0;
        return m_mode == ColdMode::Direct ? 1 : ColdSchedule(spec, model->config().coldStepSigma).steps();
    }

    Result<Restoration> restore(const torch::Tensor& degraded, const DegradationSpec& spec, const RestoreOptions& options,
                                const MethodProgress& progress) override
    {
        const auto model = modelFor(spec);
        if (auto limit = modelLimit(spec); !limit.empty()) return makeError(limit);
        m_lastFamily = familyOf(spec);
        ColdSchedule schedule(spec, model->config().coldStepSigma);
        auto& net = model->ema("restore");
        net->eval();
        Restorer restorer = [&net](const torch::Tensor& x, double condition) {
            return net->forward(x, BaselineModel::levelCondition(condition, x.size(0), x.device()));
        };
        Restoration out;
        if (m_mode == ColdMode::Direct) {
            torch::NoGradGuard guard;
            out.restored = restorer(degraded.to(model->device()), schedule.condition(schedule.steps())).clamp(-1, 1).cpu();
            out.nfe = 1;
            progress.report(1.0);
            return out;
        }
        auto x = coldSample(restorer, schedule, degraded.to(model->device()), m_mode == ColdMode::Tacos, options, progress, out);
        if (!x) return x.error();
        out.restored = x->clamp(-1, 1).cpu();
        out.nfe = schedule.steps();
        return out;
    }

private:
    std::shared_ptr<BaselineModel> modelFor(const DegradationSpec& spec) const
    {
        auto it = m_models.find(familyOf(spec));
        return it == m_models.end() ? nullptr : it->second;
    }

    ColdMode m_mode;
    std::map<std::string, std::shared_ptr<BaselineModel>> m_models;
    std::map<std::string, std::string> m_missing;
    std::string m_dataset;
    std::string m_lastFamily = "blur";
};

std::unique_ptr<RestorationMethod> makeColdMethod(ColdMode mode, const MethodContext& context, MethodUnavailable& why)
{
    // One restorer per operator family; the method exists when any is there.
    std::map<std::string, std::shared_ptr<BaselineModel>> models;
    std::map<std::string, std::string> missing;
    for (const char* family : {"blur", "pool", "inpaint"}) {
        auto loaded = context.models->baseline(std::string("cold-") + family);
        if (loaded) models[family] = *loaded;
        else missing[family] = loaded.error().message;
    }
    if (models.empty()) {
        why = {missing["blur"], true};
        return nullptr;
    }
    return std::make_unique<ColdMethod>(mode, std::move(models), std::move(missing), context.models->dataset());
}

} // namespace

std::vector<MethodEntry> coldMethods()
{
    auto cold = [](ColdMode mode) { return [mode](const MethodContext& c, MethodUnavailable& w) { return makeColdMethod(mode, c, w); }; };
    return {
        {"cold-naive", "Cold Diffusion, naive sampling x_{s-1} = D(R(x_s), s-1)", "diffusion", kUndoesOperators | kUndoesInpaint, cold(ColdMode::Naive)},
        {"cold-tacos", "Cold Diffusion, TACoS x_{s-1} = x_s - D(x0, s) + D(x0, s-1)", "diffusion", kUndoesOperators | kUndoesInpaint, cold(ColdMode::Tacos)},
        {"cold-direct", "Cold Diffusion's direct reconstruction R(x_S, S): one evaluation", "diffusion", kUndoesOperators | kUndoesInpaint,
         cold(ColdMode::Direct)},
    };
}

} // namespace dddg
