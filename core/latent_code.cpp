#include "latent_code.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace dddg {

int LatentCode::firstDifferingStep(const LatentCode& other) const
{
    if (!sameShape(other) || label != other.label) return 0;
    for (int t = 0; t < tMax; ++t)
        for (int i = 0; i < dz; ++i)
            if (at(t, i) != other.at(t, i)) return t;
    return tMax;
}

bool LatentCode::operator==(const LatentCode& other) const
{
    return tMax == other.tMax && dz == other.dz && label == other.label && z == other.z;
}

namespace {

void lerpRow(const float* a, const float* b, float* out, int n, double alpha)
{
    for (int i = 0; i < n; ++i) out[i] = float((1.0 - alpha) * a[i] + alpha * b[i]);
}

// slerp on one row; falls back to lerp when the rows are (anti)parallel or tiny.
void slerpRow(const float* a, const float* b, float* out, int n, double alpha)
{
    double dot = 0, na = 0, nb = 0;
    for (int i = 0; i < n; ++i) {
        dot += double(a[i]) * b[i];
        na += double(a[i]) * a[i];
        nb += double(b[i]) * b[i];
    }
    na = std::sqrt(na);
    nb = std::sqrt(nb);
    if (na < 1e-12 || nb < 1e-12) return lerpRow(a, b, out, n, alpha);
    double cosTheta = std::clamp(dot / (na * nb), -1.0, 1.0);
    double theta = std::acos(cosTheta);
    if (std::sin(theta) < 1e-6) return lerpRow(a, b, out, n, alpha);
    double wa = std::sin((1.0 - alpha) * theta) / std::sin(theta);
    double wb = std::sin(alpha * theta) / std::sin(theta);
    for (int i = 0; i < n; ++i) out[i] = float(wa * a[i] + wb * b[i]);
}

} // namespace

LatentCode interpolate(const LatentCode& a, const LatentCode& b, double alpha, InterpolationMode mode,
                       const std::vector<bool>& steps)
{
    if (!a.sameShape(b) || !a.isValid()) throw std::invalid_argument("interpolate: codes of different shapes");
    LatentCode out = a;
    for (int t = 0; t < a.tMax; ++t) {
        if (!steps.empty() && (size_t(t) >= steps.size() || !steps[size_t(t)])) continue;
        const float* ra = a.z.data() + size_t(t) * size_t(a.dz);
        const float* rb = b.z.data() + size_t(t) * size_t(a.dz);
        float* ro = out.z.data() + size_t(t) * size_t(a.dz);
        // Exact endpoints: no rounding from the weights at alpha 0 or 1.
        if (alpha <= 0.0) continue;
        if (alpha >= 1.0) std::copy(rb, rb + a.dz, ro);
        else if (mode == InterpolationMode::Linear) lerpRow(ra, rb, ro, a.dz, alpha);
        else slerpRow(ra, rb, ro, a.dz, alpha);
    }
    if (alpha >= 0.5) out.label = b.label;
    return out;
}

} // namespace dddg
