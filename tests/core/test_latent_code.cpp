// Latent codes as the GUI edits them: interpolation ends, slerp, per-step mixing and the
// first step a cached trajectory must be recomputed from.
#include "latent_code.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace dddg;

namespace {
LatentCode filled(int tMax, int dz, float base, int label)
{
    LatentCode c(tMax, dz);
    for (size_t i = 0; i < c.z.size(); ++i) c.z[i] = base + std::sin(float(i) * 0.7f + base);
    c.label = label;
    return c;
}
double rowNorm(const LatentCode& c, int t)
{
    double s = 0;
    for (int i = 0; i < c.dz; ++i) s += double(c.at(t, i)) * c.at(t, i);
    return std::sqrt(s);
}
} // namespace

TEST(LatentCode, InterpolationEndsAreExactlyTheSlots)
{
    auto a = filled(4, 16, 0.3f, 1), b = filled(4, 16, -1.1f, 7);
    for (auto mode : {InterpolationMode::Linear, InterpolationMode::Spherical}) {
        EXPECT_EQ(interpolate(a, b, 0.0, mode), a);
        EXPECT_EQ(interpolate(a, b, 1.0, mode), b);
    }
    EXPECT_EQ(interpolate(a, b, 0.49, InterpolationMode::Linear).label, 1);
    EXPECT_EQ(interpolate(a, b, 0.5, InterpolationMode::Linear).label, 7);
}

TEST(LatentCode, LinearMidpointIsTheMeanAndSlerpKeepsEqualNorms)
{
    auto a = filled(2, 32, 0.0f, -1), b = a;
    for (int i = 0; i < 32; ++i) b.at(0, i) = a.at(0, (i + 5) % 32); // same norm, other direction
    auto mid = interpolate(a, b, 0.5, InterpolationMode::Linear);
    for (int i = 0; i < 32; ++i) EXPECT_FLOAT_EQ(mid.at(0, i), 0.5f * (a.at(0, i) + b.at(0, i)));
    auto slerp = interpolate(a, b, 0.5, InterpolationMode::Spherical);
    EXPECT_NEAR(rowNorm(slerp, 0), rowNorm(a, 0), 1e-4);
    EXPECT_LT(rowNorm(mid, 0), rowNorm(a, 0) - 1e-3); // the straight line cuts inside the sphere
}

TEST(LatentCode, MixingTakesBOnlyOnTickedSteps)
{
    auto a = filled(5, 8, 0.2f, 2), b = filled(5, 8, 2.0f, 2);
    auto mixed = interpolate(a, b, 1.0, InterpolationMode::Linear, {false, true, false, false, true});
    for (int t = 0; t < 5; ++t)
        for (int i = 0; i < 8; ++i) EXPECT_EQ(mixed.at(t, i), (t == 1 || t == 4) ? b.at(t, i) : a.at(t, i));
}

TEST(LatentCode, FirstDifferingStepNamesWhereRecomputingStarts)
{
    auto a = filled(6, 4, 0.5f, 3), b = a;
    EXPECT_EQ(a.firstDifferingStep(b), 6);
    b.at(4, 2) += 1.0f;
    EXPECT_EQ(a.firstDifferingStep(b), 4);
    b.at(1, 0) += 1.0f;
    EXPECT_EQ(a.firstDifferingStep(b), 1);
    b = a;
    b.label = 4; // another class changes every step
    EXPECT_EQ(a.firstDifferingStep(b), 0);
    EXPECT_THROW(interpolate(a, LatentCode(5, 4), 0.5, InterpolationMode::Linear), std::invalid_argument);
}
