#include "noise_schedule.h"

#include <torch/torch.h>

#include <cmath>

namespace dddg {
namespace {

std::vector<double> linearBetas(int64_t steps)
{
    const double scale = 1000.0 / double(steps), lo = 1e-4 * scale, hi = 0.02 * scale;
    std::vector<double> betas(static_cast<size_t>(steps));
    for (int64_t i = 0; i < steps; ++i) betas[size_t(i)] = steps == 1 ? lo : lo + (hi - lo) * double(i) / double(steps - 1);
    return betas;
}

std::vector<double> cosineBetas(int64_t steps)
{
    auto f = [steps](double t) {
        double c = std::cos((t / double(steps) + 0.008) / 1.008 * M_PI / 2.0);
        return c * c;
    };
    std::vector<double> betas(static_cast<size_t>(steps));
    for (int64_t t = 1; t <= steps; ++t) betas[size_t(t - 1)] = std::min(1.0 - f(double(t)) / f(double(t - 1)), 0.999);
    return betas;
}

// DAED's schedule: β₁ replaces the linear schedule's first k steps, k chosen so that ᾱ after
// them is nearest 1 − β₁; the remaining linear steps follow unchanged.
std::vector<double> combinedBetas(int64_t steps, double firstBeta)
{
    auto linear = linearBetas(steps);
    double alphaBar = 1.0, best = 1e9;
    size_t skip = 1;
    for (size_t i = 0; i < linear.size(); ++i) {
        alphaBar *= 1.0 - linear[i];
        double gap = std::abs(alphaBar - (1.0 - firstBeta));
        if (gap < best) best = gap, skip = i + 1;
    }
    std::vector<double> betas{firstBeta};
    betas.insert(betas.end(), linear.begin() + std::ptrdiff_t(skip), linear.end());
    return betas;
}

} // namespace

std::string toString(ScheduleKind kind)
{
    switch (kind) {
    case ScheduleKind::Linear: return "linear";
    case ScheduleKind::Cosine: return "cosine";
    case ScheduleKind::LinearCombine: return "linear_combine";
    }
    return "linear";
}

bool parseScheduleKind(const std::string& text, ScheduleKind& kind)
{
    if (text == "linear") kind = ScheduleKind::Linear;
    else if (text == "cosine") kind = ScheduleKind::Cosine;
    else if (text == "linear_combine") kind = ScheduleKind::LinearCombine;
    else return false;
    return true;
}

NoiseSchedule::NoiseSchedule(ScheduleKind kind, int64_t steps, double firstBeta)
    : m_kind(kind), m_steps(steps), m_firstBeta(firstBeta)
{
    TORCH_CHECK(steps >= 1, "a noise schedule needs at least one step");
    TORCH_CHECK(firstBeta > 0 && firstBeta < 1, "the first β must be in (0, 1)");
    m_betas = kind == ScheduleKind::Linear ? linearBetas(steps) : kind == ScheduleKind::Cosine ? cosineBetas(steps)
                                                                                             : combinedBetas(steps, firstBeta);
    m_steps = int64_t(m_betas.size());
    double alphaBar = 1.0;
    for (double b : m_betas) m_alphaBars.push_back(alphaBar *= 1.0 - b);
}

double NoiseSchedule::beta(int64_t t) const
{
    TORCH_CHECK(t >= 1 && t <= m_steps, "schedule step ", t, " outside [1, ", m_steps, "]");
    return m_betas[size_t(t - 1)];
}

double NoiseSchedule::alphaBar(int64_t t) const
{
    TORCH_CHECK(t >= 0 && t <= m_steps, "schedule step ", t, " outside [0, ", m_steps, "]");
    return t == 0 ? 1.0 : m_alphaBars[size_t(t - 1)];
}

double NoiseSchedule::noiseToSignal(int64_t t) const { return std::sqrt((1.0 - alphaBar(t)) / alphaBar(t)); }

int64_t NoiseSchedule::matchNoiseStd(double std) const
{
    int64_t best = 1;
    for (int64_t t = 2; t <= m_steps; ++t)
        if (std::abs(noiseToSignal(t) - std) < std::abs(noiseToSignal(best) - std)) best = t;
    return best;
}

torch::Tensor NoiseSchedule::qSample(const torch::Tensor& x0, const torch::Tensor& t, const torch::Tensor& noise) const
{
    auto table = torch::tensor(m_alphaBars, torch::kFloat64).to(x0.device());
    auto ab = table.index_select(0, t.to(torch::kInt64) - 1).to(x0.dtype()).view({-1, 1, 1, 1});
    return ab.sqrt() * x0 + (1 - ab).sqrt() * noise;
}

torch::Tensor NoiseSchedule::reverseStep(const torch::Tensor& xt, const torch::Tensor& epsHat, int64_t t,
                                         const torch::Tensor& noise) const
{
    const double b = beta(t), ab = alphaBar(t), abPrev = alphaBar(t - 1);
    auto mean = (xt - (b / std::sqrt(1.0 - ab)) * epsHat) / std::sqrt(1.0 - b);
    if (t == 1) return mean;
    return mean + std::sqrt(b * (1.0 - abPrev) / (1.0 - ab)) * noise;
}

torch::Tensor NoiseSchedule::predictX0(const torch::Tensor& xt, const torch::Tensor& epsHat, int64_t t) const
{
    const double ab = alphaBar(t);
    return (xt - std::sqrt(1.0 - ab) * epsHat) / std::sqrt(ab);
}

} // namespace dddg
