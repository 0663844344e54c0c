#pragma once
// DLSGAN's latent scale: a non-trainable variance trace v [t_max, d_z] and
// s_t = sqrt(d_z · v_t / Σ v_t), so that Σ s_t² = d_z for every t.
#include <torch/types.h>

namespace dddg {

class LatentScale {
public:
    LatentScale(int64_t tMax, int64_t dz, double decay = 0.999);

    /// s_t: [d_z], no gradient.
    torch::Tensor scale(int64_t t) const;
    /// All rows: [t_max, d_z].
    torch::Tensor scales() const;
    /// v_t ← decay·v_t + (1 − decay)·mean_batch(z'_t²), z'_t: [B, d_z] predictions on fakes.
    void update(int64_t t, const torch::Tensor& predictedLatents);
    /// The same with mean_batch(z'_t²) [d_z] given (data-parallel runs average it over ranks).
    void updateWithSecondMoment(int64_t t, const torch::Tensor& secondMoment);
    /// mean_batch(z'²) of predictions [B, d_z]: what update() feeds the trace.
    static torch::Tensor secondMoment(const torch::Tensor& predictedLatents);

    torch::Tensor& variance() { return m_variance; }
    const torch::Tensor& variance() const { return m_variance; }
    void to(const torch::Device& device) { m_variance = m_variance.to(device); }

private:
    torch::Tensor m_variance; // [t_max, d_z], initialised to ones
    double m_decay;
};

} // namespace dddg
