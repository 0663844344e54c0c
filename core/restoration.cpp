#include "restoration.h"

#include "image_file.h"
#include "inpaint_mask.h"

#include <torch/torch.h>

#include <cmath>
#include <cstdio>
#include <filesystem>

namespace dddg {

std::string toString(DamageKind kind)
{
    switch (kind) {
    case DamageKind::Noise: return "noise";
    case DamageKind::Blur: return "blur";
    case DamageKind::Pool: return "pool";
    case DamageKind::Inpaint: return "inpaint";
    }
    return "noise";
}

bool parseDamageKind(const std::string& text, DamageKind& kind)
{
    if (text == "noise") kind = DamageKind::Noise;
    else if (text == "blur") kind = DamageKind::Blur;
    else if (text == "pool") kind = DamageKind::Pool;
    else if (text == "inpaint") kind = DamageKind::Inpaint;
    else return false;
    return true;
}

Degradation DegradationSpec::blurOperator() const
{
    DegradationConfig c = operatorConfig;
    c.kind = kind == DamageKind::Pool ? DegradationKind::Pool : DegradationKind::Blur;
    return Degradation(c);
}

double DegradationSpec::measurementStd() const
{
    // Rounding to whole grey levels adds uniform noise of variance 1/12 (grey levels²).
    const double variance = measurement.sigmaY * measurement.sigmaY + (measurement.quantize ? 1.0 / 12.0 : 0.0);
    return 2.0 * std::sqrt(variance) / 255.0;
}

torch::Tensor DegradationSpec::inpaintWeights(int64_t height, int64_t width) const
{
    if (mask.defined()) return mask;
    return fadingMask(level, height, width, double(height / 2), double(width / 2));
}

std::string DegradationSpec::levelText() const
{
    if (kind == DamageKind::Inpaint && mask.defined()) return "mask";
    if (kind != DamageKind::Noise) return std::to_string(srFactor > 0 ? srFactor : level);
    char text[32];
    std::snprintf(text, sizeof text, "%g", sigma);
    return text;
}

std::string DegradationSpec::label() const
{
    if (kind == DamageKind::Noise) return "noise σ=" + levelText();
    std::string text = srFactor > 0              ? "sr ×" + std::to_string(srFactor)
                       : mask.defined()          ? "inpaint mask " + maskName
                                                 : toString(kind) + " t=" + levelText();
    if (measurement.sigmaY > 0) {
        char noise[32];
        std::snprintf(noise, sizeof noise, " σy=%g", measurement.sigmaY);
        text += noise;
    }
    if (measurement.quantize) text += " 8-bit";
    return text;
}

Status DegradationSpec::validate() const
{
    if (kind == DamageKind::Noise) {
        // Above 255 are DDPM's noise levels (t 600 of the linear schedule is σ 782; t 1000 is 20 000).
        if (!(sigma > 0) || !std::isfinite(sigma) || sigma > kMaxNoiseSigma)
            return makeError("--sigma must be in (0, " + std::to_string(int(kMaxNoiseSigma)) + "], not " + levelText());
        return {};
    }
    if (!(measurement.sigmaY >= 0) || !std::isfinite(measurement.sigmaY) || measurement.sigmaY > kMaxMeasurementSigma) {
        char text[64];
        std::snprintf(text, sizeof text, "%g", measurement.sigmaY);
        return makeError("--sigma-y must be in [0, 255], not " + std::string(text));
    }
    if (kind == DamageKind::Inpaint) {
        if (!mask.defined() && (level < 1 || level > kInpaintSteps))
            return makeError("--level must be in [1, " + std::to_string(kInpaintSteps) + "] for inpaint, not " + std::to_string(level));
        return {};
    }
    if (srFactor > 0) {
        if (srFactor != 2 && srFactor != 4 && srFactor != 8) return makeError("--factor must be 2, 4 or 8, not " + std::to_string(srFactor));
        if (level < 1) return makeError("--factor " + std::to_string(srFactor) + " needs t_max above " + std::to_string(operatorConfig.tMax));
        return {};
    }
    if (level < 1 || level >= operatorConfig.tMax)
        return makeError("--level must be in [1, " + std::to_string(operatorConfig.tMax - 1) + "] for t_max " +
                         std::to_string(operatorConfig.tMax) + ", not " + std::to_string(level));
    return {};
}

Status DegradationSpec::fitsImage(int64_t height, int64_t width) const
{
    auto size = [](int64_t h, int64_t w) { return std::to_string(w) + "×" + std::to_string(h); };
    if (kind == DamageKind::Inpaint && mask.defined() && (mask.size(2) != height || mask.size(3) != width))
        return makeError("the mask " + maskName + " is " + size(mask.size(2), mask.size(3)) + ", the image " + size(height, width));
    if (kind == DamageKind::Pool) {
        const Degradation op = blurOperator();
        const int64_t fh = op.poolFactor(level, height), fw = op.poolFactor(level, width);
        if (height % fh != 0 || width % fw != 0)
            return makeError((srFactor > 0 ? "--factor " : "the pool factor ") + std::to_string(std::max(fh, fw)) + " does not divide the image's sides (" +
                             size(height, width) + ")");
    }
    return {};
}

Result<DegradationSpec> degradationSpec(const std::string& kind, double sigma, int64_t level, int64_t tMax, double constant,
                                        MeasurementNoise measurement)
{
    DegradationSpec spec;
    if (kind == "sr") { // ×f is the pool operator at the level whose factor 2^(t_max − t) is f
        if (level != 2 && level != 4 && level != 8) return makeError("--factor must be 2, 4 or 8, not " + std::to_string(level));
        spec.kind = DamageKind::Pool;
        spec.srFactor = level;
        int64_t halvings = 0;
        for (int64_t f = level; f > 1; f /= 2) ++halvings;
        level = tMax - halvings;
    } else if (!parseDamageKind(kind, spec.kind)) {
        return makeError("--degradation must be noise, blur, pool, sr or inpaint, not '" + kind + "'");
    }
    spec.sigma = sigma;
    spec.level = level;
    spec.operatorConfig.tMax = tMax;
    spec.operatorConfig.constant = constant;
    if (spec.kind != DamageKind::Noise) spec.measurement = measurement;
    if (auto status = spec.validate(); !status) return status.error();
    return spec;
}

Result<torch::Tensor> readInpaintMask(const std::string& path)
{
    auto image = readImageAtOwnSize(path);
    if (!image) return makeError("--mask: " + image.error().message);
    // Grey levels 0 (kept) and 255 (missing) only; [−1, 1] → [0, 1].
    auto grey = ((image->mean(1, true) + 1.0) * 127.5).round();
    const bool binary = torch::logical_or(grey == 0, grey == 255).all().item<bool>();
    if (!binary)
        return makeError("--mask " + std::filesystem::path(path).filename().string() +
                         " is not binary: pixels must be black (kept) or white (missing)");
    return (grey == 0).to(torch::kFloat32);
}

torch::Tensor applyOperator(const torch::Tensor& clean, const DegradationSpec& spec)
{
    switch (spec.kind) {
    case DamageKind::Noise: return clean;
    case DamageKind::Inpaint: return clean * spec.inpaintWeights(clean.size(2), clean.size(3)).to(clean.device());
    default: return spec.blurOperator().reduce(clean, spec.level);
    }
}

namespace {

torch::Tensor gaussianNoise(at::IntArrayRef sizes, uint64_t seed)
{
    auto generator = at::detail::createCPUGenerator(seed);
    return torch::randn(sizes, generator, torch::TensorOptions().dtype(torch::kFloat32));
}

/// σ_y·ε on the measurement: per pooled block for pool (a low-resolution image's noise).
torch::Tensor measurementNoise(const torch::Tensor& y, const DegradationSpec& spec, uint64_t seed)
{
    const double std = 2.0 * spec.measurement.sigmaY / 255.0;
    if (spec.kind != DamageKind::Pool) return std * gaussianNoise(y.sizes(), seed).to(y.device());
    const Degradation op = spec.blurOperator();
    const int64_t fh = op.poolFactor(spec.level, y.size(2)), fw = op.poolFactor(spec.level, y.size(3));
    auto small = gaussianNoise({y.size(0), y.size(1), y.size(2) / fh, y.size(3) / fw}, seed);
    return std * small.repeat_interleave(fh, 2).repeat_interleave(fw, 3).to(y.device());
}

} // namespace

torch::Tensor applyDegradation(const torch::Tensor& clean, const DegradationSpec& spec, uint64_t seed)
{
    if (spec.kind == DamageKind::Noise) return clean + spec.noiseStd() * gaussianNoise(clean.sizes(), seed).to(clean.device());
    auto y = applyOperator(clean, spec);
    if (spec.measurement.sigmaY > 0) y = y + measurementNoise(y, spec, seed);
    // A saved file: clipped to the 8-bit range and rounded to whole grey levels.
    if (spec.measurement.quantize) y = ((y.clamp(-1, 1) + 1.0) * 127.5).round() / 127.5 - 1.0;
    return y;
}

bool keepsState(int64_t index, int64_t total, int64_t keep)
{
    if (keep <= 0 || total <= 0) return false;
    if (index == total - 1 || keep >= total) return true;
    // Evenly spaced: the iterations where floor(i·keep/total) steps up.
    return (index + 1) * keep / total != index * keep / total;
}

} // namespace dddg
