// Cold Diffusion (Bansal et al.) for the blur and pool operators: a restorer R (x̂0 from a
// degraded image and its level) run over a finer schedule s = S … 1 whose start step
// reproduces the degraded input exactly. Naive: x_{s−1} = D(R(x_s), s−1). TACoS:
// x_{s−1} = x_s − D(x̂0, s) + D(x̂0, s−1), which cancels R's error in the operator's range.
#include "method_registry.h"
#include "methods/method_support.h"

#include <torch/torch.h>

#include <cmath>

namespace dddg {

ColdSchedule::ColdSchedule(const DegradationSpec& spec, double stepSigma) : m_spec(spec)
{
    if (spec.kind == DamageKind::Blur) {
        m_sigma = spec.blurOperator().sigma(spec.level);
        m_steps = std::max<int64_t>(1, int64_t(std::lround(m_sigma / stepSigma)));
    } else {
        m_steps = spec.operatorConfig.tMax - spec.level; // one step per halving of the resolution
    }
}

double ColdSchedule::condition(int64_t s) const { return m_spec.kind == DamageKind::Blur ? m_sigma * double(s) / double(m_steps) : double(s); }

torch::Tensor ColdSchedule::degrade(const torch::Tensor& x0, int64_t s) const
{
    if (s <= 0) return x0;
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

class ColdMethod : public RestorationMethod {
public:
    ColdMethod(bool tacos, std::shared_ptr<BaselineModel> blur, std::shared_ptr<BaselineModel> pool, std::string dataset,
               std::string missing)
        : m_tacos(tacos), m_blur(std::move(blur)), m_pool(std::move(pool)), m_dataset(std::move(dataset)), m_missing(std::move(missing))
    {
    }

    std::string name() const override { return m_tacos ? "cold-tacos" : "cold-naive"; }
    std::string modelLabel() const override { return (m_blur ? "cold-blur" : "cold-pool") + std::string("-") + m_dataset; }
    std::string modelLimit(const DegradationSpec& spec) const override
    {
        const auto model = modelFor(spec);
        if (!model) return m_missing;
        const auto& trained = model->config().degradation;
        if (spec.kind == DamageKind::Blur && spec.blurOperator().sigma(spec.level) > trained.sigmaMax + 1e-9)
            return "blur σ beyond the model's trained range";
        if (spec.kind == DamageKind::Pool && spec.operatorConfig.tMax - spec.level > trained.tMax - 1)
            return "pool factor beyond the model's trained range";
        return "";
    }
    int64_t nfe(const DegradationSpec& spec, const RestoreOptions&) const override
    {
        const auto model = modelFor(spec);
        return model ? ColdSchedule(spec, model->config().coldStepSigma).steps() : 0;
    }

    Result<Restoration> restore(const torch::Tensor& degraded, const DegradationSpec& spec, const RestoreOptions& options,
                                const MethodProgress& progress) override
    {
        const auto model = modelFor(spec);
        if (!model) return makeError(m_missing);
        ColdSchedule schedule(spec, model->config().coldStepSigma);
        auto& net = model->ema("restore");
        net->eval();
        Restorer restorer = [&net](const torch::Tensor& x, double condition) {
            return net->forward(x, BaselineModel::levelCondition(condition, x.size(0), x.device()));
        };
        Restoration out;
        auto x = coldSample(restorer, schedule, degraded.to(model->device()), m_tacos, options, progress, out);
        if (!x) return x.error();
        out.restored = x->clamp(-1, 1).cpu();
        out.nfe = schedule.steps();
        return out;
    }

private:
    std::shared_ptr<BaselineModel> modelFor(const DegradationSpec& spec) const { return spec.kind == DamageKind::Pool ? m_pool : m_blur; }

    bool m_tacos;
    std::shared_ptr<BaselineModel> m_blur, m_pool;
    std::string m_dataset, m_missing;
};

std::unique_ptr<RestorationMethod> makeColdMethod(bool tacos, const MethodContext& context, MethodUnavailable& why)
{
    // One restorer per operator family; the method exists when either is there.
    auto blur = context.models->baseline("cold-blur");
    auto pool = context.models->baseline("cold-pool");
    if (!blur && !pool) {
        why = {blur.error().message, true};
        return nullptr;
    }
    std::string missing = blur ? pool.error().message : blur.error().message;
    return std::make_unique<ColdMethod>(tacos, blur ? *blur : nullptr, pool ? *pool : nullptr, context.models->dataset(), missing);
}

} // namespace

std::vector<MethodEntry> coldMethods()
{
    auto cold = [](bool tacos) { return [tacos](const MethodContext& c, MethodUnavailable& w) { return makeColdMethod(tacos, c, w); }; };
    return {
        {"cold-naive", "Cold Diffusion, naive sampling x_{s-1} = D(R(x_s), s-1)", "diffusion", kUndoesOperators, cold(false)},
        {"cold-tacos", "Cold Diffusion, TACoS x_{s-1} = x_s - D(x0, s) + D(x0, s-1)", "diffusion", kUndoesOperators, cold(true)},
    };
}

} // namespace dddg
