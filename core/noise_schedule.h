#pragma once
// DDPM's variance schedules (Ho et al.; the cosine one of Nichol & Dhariwal; DAED's
// "linear_combine" with a large first step) and the steps that use them: the forward
// marginal q(x_t | x_0), the ancestral reverse step, and the σ → t* match of design §9.
#include "result.h"

#include <torch/types.h>

#include <string>

namespace dddg {

enum class ScheduleKind { Linear, Cosine, LinearCombine };

std::string toString(ScheduleKind kind);
bool parseScheduleKind(const std::string& text, ScheduleKind& kind);

class NoiseSchedule {
public:
    /// T steps. Linear: β from 1e-4 to 0.02 (scaled by 1000/T). Cosine: ᾱ(t) = f(t)/f(0),
    /// f(t) = cos²((t/T + 0.008)/1.008 · π/2), β capped at 0.999. LinearCombine (DAED): the
    /// first step is β₁ = `firstBeta`, followed by the linear schedule from the step whose ᾱ
    /// is nearest 1 − β₁ on, so one step does the work of many.
    NoiseSchedule(ScheduleKind kind, int64_t steps = 1000, double firstBeta = 0.1);

    ScheduleKind kind() const { return m_kind; }
    int64_t steps() const { return m_steps; }
    double firstBeta() const { return m_firstBeta; }
    /// β_t, α_t = 1 − β_t and ᾱ_t = Π_{s ≤ t} α_s for t = 1..T; ᾱ_0 = 1.
    double beta(int64_t t) const;
    double alphaBar(int64_t t) const;
    /// The noise-to-signal ratio sqrt((1 − ᾱ_t)/ᾱ_t) of x_t / sqrt(ᾱ_t).
    double noiseToSignal(int64_t t) const;
    /// t* whose noise-to-signal ratio is nearest `std` (the noise std in the model frame).
    int64_t matchNoiseStd(double std) const;

    /// x_t = sqrt(ᾱ_t)·x0 + sqrt(1 − ᾱ_t)·ε for a batch of steps t [B] (int64, 1..T).
    torch::Tensor qSample(const torch::Tensor& x0, const torch::Tensor& t, const torch::Tensor& noise) const;
    /// One ancestral step x_t → x_{t−1} from the predicted ε: mean
    /// (x_t − β_t/sqrt(1 − ᾱ_t)·ε̂)/sqrt(α_t), plus the posterior std β̃_t^½ times `noise`
    /// (β̃_t = β_t(1 − ᾱ_{t−1})/(1 − ᾱ_t); none at t = 1).
    torch::Tensor reverseStep(const torch::Tensor& xt, const torch::Tensor& epsHat, int64_t t, const torch::Tensor& noise) const;
    /// x̂0 = (x_t − sqrt(1 − ᾱ_t)·ε̂)/sqrt(ᾱ_t).
    torch::Tensor predictX0(const torch::Tensor& xt, const torch::Tensor& epsHat, int64_t t) const;

private:
    ScheduleKind m_kind;
    int64_t m_steps;
    double m_firstBeta;
    std::vector<double> m_betas;     ///< index t − 1
    std::vector<double> m_alphaBars; ///< index t − 1
};

} // namespace dddg
