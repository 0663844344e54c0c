#pragma once
// A complete DDDG model: G and D/encoder with their EMA copies, the latent scale and the
// degradation. Sampling and inversion use the EMA copies (as DLSGAN evaluates).
#include "degradation.h"
#include "discriminator.h"
#include "generator.h"
#include "latent_scale.h"
#include "model_config.h"

#include <memory>

namespace dddg {

/// One generator step of design §3: the raw output, the normalised state and the next state.
struct GeneratorStep {
    torch::Tensor xNet;  ///< G_net(x'_t, z_t ∘ s_t, t)
    torch::Tensor xNorm; ///< x_net − reduce_info(x_net, t) + x'_t
    torch::Tensor xNext; ///< x'_{t+1} = reduce_info(x_norm, t + 1)
};

class DddgModel {
public:
    explicit DddgModel(const ModelConfig& config);

    /// Runs G (or its EMA copy) for step t; zScaled is z_t ∘ s_t.
    GeneratorStep step(Generator& g, const torch::Tensor& xPrev, const torch::Tensor& zScaled, int64_t t,
                       const torch::Tensor& labels = {}) const;
    /// The constant image x'_0 for a batch of `batch` images on `device`.
    torch::Tensor constantImage(int64_t batch, const torch::Device& device) const;

    /// ema ← decay·ema + (1 − decay)·live, for G and D (parameters; buffers are copied).
    void updateEma(double decay);
    void to(const torch::Device& device);
    torch::Device device() const { return m_device; }

    const ModelConfig& config() const { return m_config; }
    const Degradation& degradation() const { return m_degradation; }
    int64_t parameterCount() const;

    Generator g{nullptr}, gEma{nullptr};
    Discriminator d{nullptr}, dEma{nullptr};
    LatentScale scale;

private:
    ModelConfig m_config;
    Degradation m_degradation;
    torch::Device m_device{torch::kCPU};
};

/// Copies every parameter and buffer of `from` into `to` (same architecture).
void copyWeights(torch::nn::Module& from, torch::nn::Module& to);

} // namespace dddg
