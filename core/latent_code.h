#pragma once
// A latent code of DDDG: one z_t of d_z numbers per generator step (t = 0..t_max−1), plus
// the class for conditional models. Plain numbers, no tensors: the GUI edits, undoes and
// interpolates codes without touching the engine.
#include <cstddef>
#include <cstdint>
#include <vector>

namespace dddg {

enum class InterpolationMode { Linear, Spherical };

struct LatentCode {
    int tMax = 0;
    int dz = 0;
    std::vector<float> z; ///< row-major [t_max][d_z], unscaled (s_t is applied by the model)
    int label = -1;       ///< class for conditional models, −1 otherwise

    LatentCode() = default;
    LatentCode(int tMax, int dz) : tMax(tMax), dz(dz), z(size_t(tMax) * size_t(dz), 0.0f) {}

    bool isValid() const { return tMax > 0 && dz > 0 && z.size() == size_t(tMax) * size_t(dz); }
    bool sameShape(const LatentCode& other) const { return tMax == other.tMax && dz == other.dz; }
    float at(int t, int i) const { return z[size_t(t) * size_t(dz) + size_t(i)]; }
    float& at(int t, int i) { return z[size_t(t) * size_t(dz) + size_t(i)]; }
    /// The first step whose z_t differs from `other`'s (t_max when none does): the step a
    /// cached trajectory has to be recomputed from.
    int firstDifferingStep(const LatentCode& other) const;

    bool operator==(const LatentCode& other) const;
    bool operator!=(const LatentCode& other) const { return !(*this == other); }
};

/// Interpolates from `a` (alpha = 0) to `b` (alpha = 1). Steps whose entry in `steps` is
/// false keep a's z_t (per-timestep latent mixing); an empty `steps` means every step.
/// Spherical interpolation is done per step, on each z_t row: each row is an independent
/// N(0, I) draw, so slerp keeps its norm typical. At alpha 0 and 1 the result equals a
/// and b exactly. The class label switches from a's to b's at alpha ≥ 0.5.
LatentCode interpolate(const LatentCode& a, const LatentCode& b, double alpha, InterpolationMode mode,
                       const std::vector<bool>& steps = {});

} // namespace dddg
