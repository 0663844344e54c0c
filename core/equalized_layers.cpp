#include "equalized_layers.h"

#include <torch/torch.h>

#include <cmath>

namespace dddg {

EqConv2dImpl::EqConv2dImpl(int64_t in, int64_t out, int64_t kernel, double gain)
    : m_scale(gain / std::sqrt(double(in * kernel * kernel))), m_padding(kernel / 2)
{
    weight = register_parameter("weight", torch::randn({out, in, kernel, kernel}));
    bias = register_parameter("bias", torch::zeros({out}));
}

torch::Tensor EqConv2dImpl::forward(const torch::Tensor& x)
{
    return torch::conv2d(x, weight * m_scale, bias, 1, m_padding);
}

EqLinearImpl::EqLinearImpl(int64_t in, int64_t out, double gain, double biasInit)
    : m_scale(gain / std::sqrt(double(in)))
{
    weight = register_parameter("weight", torch::randn({out, in}));
    bias = register_parameter("bias", torch::full({out}, biasInit));
}

torch::Tensor EqLinearImpl::forward(const torch::Tensor& x) { return torch::linear(x, weight * m_scale, bias); }

torch::Tensor lrelu(const torch::Tensor& x) { return torch::leaky_relu(x, 0.2); }

} // namespace dddg
