#pragma once
// The learned baselines' weights (design §9): DDPM's ε-predictor, DAED's denoising
// auto-encoder and its diffusion half, Cold Diffusion's restorer — U-Nets with EMA copies,
// in the same checkpoint container as DDDG, the header naming the method.
#include "degradation.h"
#include "file_container.h"
#include "noise_schedule.h"
#include "unet.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace dddg {

enum class BaselineKind { Ddpm, Dae, Daed, Cold };

std::string toString(BaselineKind kind);
bool parseBaselineKind(const std::string& text, BaselineKind& kind);

struct BaselineConfig {
    BaselineKind kind = BaselineKind::Ddpm;
    UNetConfig net;
    ScheduleKind schedule = ScheduleKind::Linear; ///< ddpm: linear|cosine; daed: linear_combine
    int64_t diffusionSteps = 1000;                ///< T of the (base) schedule
    double firstBeta = 0.1;                       ///< daed: β₁ of the first, large step
    double daeMaxStd = 0.5;                       ///< dae: noise stds 0 … this (model frame) are trained
    DegradationConfig degradation;                ///< cold: the operator family it undoes
    double coldStepSigma = 0.3;                   ///< cold (blur): σ per step of its finer schedule
    std::string dataset;                          ///< what it was trained on

    /// The file's model name: "ddpm-linear", "ddpm-cosine", "dae", "daed", "cold-blur", "cold-pool".
    std::string modelName() const;
    /// The networks the method has, by role: "eps" (ε-prediction), "dae" (x̂0 from a noise
    /// level), "restore" (x̂0 from a blur or pool level).
    std::vector<std::string> roles() const;
    NoiseSchedule noiseSchedule() const;

    void writeTo(FlatJson& json) const;
    static Result<BaselineConfig> readFrom(const FlatJson& json);
    Status validate() const;
};

class BaselineModel {
public:
    explicit BaselineModel(const BaselineConfig& config);

    UNet& net(const std::string& role);
    UNet& ema(const std::string& role);
    /// ema ← d·ema + (1 − d)·live for every role, d = min(decay, (1 + step)/(10 + step)): the
    /// warm-up keeps a short CPU run's EMA from averaging in its first, untrained weights.
    void updateEma(double decay, int64_t step);
    void to(const torch::Device& device);
    torch::Device device() const { return m_device; }
    int64_t parameterCount() const;
    const BaselineConfig& config() const { return m_config; }

    // The networks' conditioning values: what each U-Net sees as its scalar input.
    static torch::Tensor stepCondition(int64_t t, int64_t batch, const torch::Device& device);
    static torch::Tensor noiseCondition(double std, int64_t batch, const torch::Device& device);
    static torch::Tensor levelCondition(double level, int64_t batch, const torch::Device& device);

private:
    BaselineConfig m_config;
    std::map<std::string, UNet> m_nets, m_emas;
    torch::Device m_device{torch::kCPU};
};

struct BaselineCheckpoint {
    FlatJson config;                      ///< BaselineConfig and the training settings
    std::shared_ptr<BaselineModel> model;
    int64_t step = 0;
    std::string trainerState;             ///< optimiser and random state (empty in shipped files)
};

/// `shipped`: only the EMA weights, in half precision, without the trainer state — the
/// compact form under resources/models (it loads for restoration, not for resuming).
Status saveBaselineCheckpoint(const std::string& path, const BaselineCheckpoint& checkpoint, bool shipped = false);
/// Loads a baseline file; a DDDG file or another corrupt or foreign one is an Error naming it.
Result<BaselineCheckpoint> loadBaselineCheckpoint(const std::string& path, const torch::Device& device = torch::kCPU);

} // namespace dddg
