#pragma once
// D(x, t [, class]) → (a, z'): one convolutional trunk, an adversarial head with one logit
// per (t, class) (CAGAN style) and an encoder head with one row of d_z values per t.
#include "equalized_layers.h"
#include "model_config.h"

namespace dddg {

struct DiscriminatorOutput {
    torch::Tensor logit;  ///< [B]: the adversarial logit at (t, class)
    torch::Tensor latent; ///< [B, d_z]: the encoder's z'_{t−1} (row t−1 of the head)
};

class DiscriminatorImpl : public torch::nn::Module {
public:
    explicit DiscriminatorImpl(const ModelConfig& config);

    /// x: [B, C, H, W] at degradation level t in [1, t_max]; labels [B] or undefined.
    DiscriminatorOutput forward(const torch::Tensor& x, int64_t t, const torch::Tensor& labels = {});

private:
    torch::Tensor trunk(const torch::Tensor& x);

    ModelConfig m_config;
    EqConv2d m_fromImage{nullptr};
    EqConv2d m_conv0{nullptr}, m_conv1a{nullptr}, m_conv1b{nullptr}, m_conv2{nullptr};
    EqLinear m_fc{nullptr}, m_adversarial{nullptr}, m_encoder{nullptr};
};
TORCH_MODULE(Discriminator);

} // namespace dddg
