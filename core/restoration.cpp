#include "restoration.h"

#include <torch/torch.h>

#include <cmath>
#include <cstdio>

namespace dddg {

std::string toString(DamageKind kind)
{
    switch (kind) {
    case DamageKind::Noise: return "noise";
    case DamageKind::Blur: return "blur";
    case DamageKind::Pool: return "pool";
    }
    return "noise";
}

bool parseDamageKind(const std::string& text, DamageKind& kind)
{
    if (text == "noise") kind = DamageKind::Noise;
    else if (text == "blur") kind = DamageKind::Blur;
    else if (text == "pool") kind = DamageKind::Pool;
    else return false;
    return true;
}

Degradation DegradationSpec::blurOperator() const
{
    DegradationConfig c = operatorConfig;
    c.kind = kind == DamageKind::Pool ? DegradationKind::Pool : DegradationKind::Blur;
    return Degradation(c);
}

std::string DegradationSpec::levelText() const
{
    if (kind != DamageKind::Noise) return std::to_string(level);
    char text[32];
    std::snprintf(text, sizeof text, "%g", sigma);
    return text;
}

std::string DegradationSpec::label() const
{
    return kind == DamageKind::Noise ? "noise σ=" + levelText() : toString(kind) + " t=" + levelText();
}

Status DegradationSpec::validate() const
{
    if (kind == DamageKind::Noise) {
        // Above 255 are DDPM's noise levels (t 600 of the linear schedule is σ 782; t 1000 is 20 000).
        if (!(sigma > 0) || !std::isfinite(sigma) || sigma > kMaxNoiseSigma)
            return makeError("--sigma must be in (0, " + std::to_string(int(kMaxNoiseSigma)) + "], not " + levelText());
        return {};
    }
    if (level < 1 || level >= operatorConfig.tMax)
        return makeError("--level must be in [1, " + std::to_string(operatorConfig.tMax - 1) + "] for t_max " +
                         std::to_string(operatorConfig.tMax) + ", not " + std::to_string(level));
    return {};
}

Result<DegradationSpec> degradationSpec(const std::string& kind, double sigma, int64_t level, int64_t tMax, double constant)
{
    DegradationSpec spec;
    if (!parseDamageKind(kind, spec.kind)) return makeError("--degradation must be noise, blur or pool, not '" + kind + "'");
    spec.sigma = sigma;
    spec.level = level;
    spec.operatorConfig.tMax = tMax;
    spec.operatorConfig.constant = constant;
    if (auto status = spec.validate(); !status) return status.error();
    return spec;
}

torch::Tensor applyDegradation(const torch::Tensor& clean, const DegradationSpec& spec, uint64_t seed)
{
    if (spec.kind != DamageKind::Noise) return spec.blurOperator().reduce(clean, spec.level);
    auto generator = at::detail::createCPUGenerator(seed);
    auto noise = torch::randn(clean.sizes(), generator, torch::TensorOptions().dtype(torch::kFloat32));
    return clean + spec.noiseStd() * noise.to(clean.device());
}

bool keepsState(int64_t index, int64_t total, int64_t keep)
{
    if (keep <= 0 || total <= 0) return false;
    if (index == total - 1 || keep >= total) return true;
    // Evenly spaced: the iterations where floor(i·keep/total) steps up.
    return (index + 1) * keep / total != index * keep / total;
}

} // namespace dddg
