#include "latent_scale.h"

#include <torch/torch.h>

namespace dddg {

LatentScale::LatentScale(int64_t tMax, int64_t dz, double decay) : m_variance(torch::ones({tMax, dz})), m_decay(decay) {}

torch::Tensor LatentScale::scale(int64_t t) const
{
    torch::NoGradGuard noGrad;
    auto v = m_variance[t];
    return torch::sqrt(double(v.size(0)) * v / v.sum());
}

torch::Tensor LatentScale::scales() const
{
    torch::NoGradGuard noGrad;
    return torch::sqrt(double(m_variance.size(1)) * m_variance / m_variance.sum(1, true));
}

torch::Tensor LatentScale::secondMoment(const torch::Tensor& predictedLatents)
{
    return predictedLatents.detach().pow(2).mean(0);
}

void LatentScale::update(int64_t t, const torch::Tensor& predictedLatents)
{
    updateWithSecondMoment(t, secondMoment(predictedLatents));
}

void LatentScale::updateWithSecondMoment(int64_t t, const torch::Tensor& secondMoment)
{
    torch::NoGradGuard noGrad;
    m_variance[t].mul_(m_decay).add_(secondMoment.detach().to(m_variance.device()), 1.0 - m_decay);
}

} // namespace dddg
