#pragma once
// Equalized-learning-rate layers (ProGAN/StyleGAN): weights stored as N(0, 1) and scaled at
// run time by gain/√fan_in, so Adam sees every layer at the same scale.
#include <torch/nn/module.h>
#include <torch/nn/pimpl.h>

namespace dddg {

/// √2: the gain for layers followed by leaky ReLU 0.2 (rounded He gain).
constexpr double kLreluGain = 1.4142135623730951;

class EqConv2dImpl : public torch::nn::Module {
public:
    /// k×k convolution, stride 1, zero "same" padding.
    EqConv2dImpl(int64_t in, int64_t out, int64_t kernel, double gain = kLreluGain);
    torch::Tensor forward(const torch::Tensor& x);

    torch::Tensor weight; ///< [out, in, k, k], N(0, 1)
    torch::Tensor bias;   ///< [out], zeros

private:
    double m_scale;
    int64_t m_padding;
};
TORCH_MODULE(EqConv2d);

class EqLinearImpl : public torch::nn::Module {
public:
    EqLinearImpl(int64_t in, int64_t out, double gain = kLreluGain, double biasInit = 0.0);
    torch::Tensor forward(const torch::Tensor& x);

    torch::Tensor weight; ///< [out, in], N(0, 1)
    torch::Tensor bias;   ///< [out]

private:
    double m_scale;
};
TORCH_MODULE(EqLinear);

/// leaky ReLU with slope 0.2, used after every hidden layer.
torch::Tensor lrelu(const torch::Tensor& x);

} // namespace dddg
