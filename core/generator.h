#pragma once
// G_net(x'_t, z_t ∘ s_t, t [, class]): a small U-Net whose convolutions are modulated
// (FiLM) by a style vector built from the scaled latent and the learned time embedding.
#include "equalized_layers.h"
#include "model_config.h"

#include <torch/nn/modules/embedding.h>

namespace dddg {

/// 3×3 equalized conv, then per-channel scale and shift from the style vector, then lrelu.
class StyledConvImpl : public torch::nn::Module {
public:
    StyledConvImpl(int64_t in, int64_t out, int64_t styleDim);
    torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& style);

private:
    EqConv2d m_conv{nullptr};
    EqLinear m_film{nullptr};
};
TORCH_MODULE(StyledConv);

class GeneratorImpl : public torch::nn::Module {
public:
    explicit GeneratorImpl(const ModelConfig& config);

    /// x: [B, C, H, W] (x'_t); zScaled: [B, d_z] (z_t ∘ s_t); t in [0, t_max);
    /// labels: [B] int64 or undefined. Returns x_net [B, C, H, W] (no output activation).
    torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& zScaled, int64_t t,
                          const torch::Tensor& labels = {});

private:
    torch::Tensor style(const torch::Tensor& zScaled, int64_t t, const torch::Tensor& labels);

    ModelConfig m_config;
    torch::nn::Embedding m_timeEmbed{nullptr};
    torch::nn::Embedding m_classEmbed{nullptr};
    EqLinear m_map0{nullptr}, m_map1{nullptr};
    EqLinear m_latentMap{nullptr}; ///< z_t ∘ s_t → [2·width, side/4, side/4] (ModelConfig::latentMap)
    EqConv2d m_fromImage{nullptr}, m_toImage{nullptr};
    StyledConv m_enc0{nullptr}, m_down1{nullptr}, m_down2{nullptr}, m_mid{nullptr};
    StyledConv m_up1{nullptr}, m_up0{nullptr};
};
TORCH_MODULE(Generator);

} // namespace dddg
