#pragma once
// A degradation as a linear operator y = A x with its singular value decomposition
// A = U Σ Vᵀ, for the posterior samplers (DiffPIR's data step, DDRM's spectral updates).
// Blur and pool act on rows and columns separately, A x = A_h x A_wᵀ, so their SVD is the
// Kronecker product of two small ones and is exact with the reflect boundary reduce_info
// uses; pool's measurement is the low-resolution image. An inpainting mask is diagonal.
#include "restoration.h"

#include <torch/types.h>

namespace dddg {

class MeasurementOperator {
public:
    /// The operator of a blur, pool or inpaint spec on images of height × width (float64 inside).
    static Result<MeasurementOperator> make(const DegradationSpec& spec, int64_t height, int64_t width);

    /// A x: [B, C, m_h, m_w] (the pooled size for pool, the image's otherwise).
    torch::Tensor apply(const torch::Tensor& x) const;
    /// Aᵀ y: [B, C, H, W].
    torch::Tensor adjoint(const torch::Tensor& y) const;
    /// y in the measurement space from a degraded image as the methods receive it (pool: the
    /// block means of its nearest-upsampled image).
    torch::Tensor measurement(const torch::Tensor& degraded) const;

    /// Vᵀ x and V c: coefficients [B, C, H, W] in the right singular basis.
    torch::Tensor toSpectral(const torch::Tensor& x) const;
    torch::Tensor fromSpectral(const torch::Tensor& c) const;
    /// Uᵀ y, zero-padded to [B, C, H, W] so that it lines up with singularValues().
    torch::Tensor measurementSpectral(const torch::Tensor& y) const;
    /// Σ as [1, 1, H, W] (0 where the operator has no singular value).
    const torch::Tensor& singularValues() const { return m_singular; }

    /// DiffPIR's data step: argmin_x |y − A x|² + ρ|x − z|², exact.
    torch::Tensor dataStep(const torch::Tensor& y, const torch::Tensor& z, double rho) const;

private:
    bool m_diagonal = false;
    torch::Tensor m_ah, m_aw;     ///< separable: [m_h, H], [m_w, W]
    torch::Tensor m_uh, m_uw;     ///< [m_h, m_h], [m_w, m_w]
    torch::Tensor m_vh, m_vw;     ///< [H, H], [W, W]
    torch::Tensor m_singular;     ///< [1, 1, H, W]
};

/// The 1-D matrix [n, n] of a Gaussian blur of std σ with reflect padding (radius ceil(3σ),
/// at most `maxRadius`): what reduce_info's blur does to each row or column.
torch::Tensor blurMatrix(double sigma, int64_t n, int64_t maxRadius);
/// The 1-D matrix [n / f, n] of averaging blocks of f samples.
torch::Tensor blockMeanMatrix(int64_t n, int64_t factor);

} // namespace dddg
