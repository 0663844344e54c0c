// reduce_info: endpoints, σ schedule, kernel, the pool projection and the normalisation identity.
#include "dddg_model.h"
#include "degradation.h"
#include "test_support.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

using namespace dddg;

namespace {
Degradation makeDegradation(DegradationKind kind, int64_t tMax = 6, double constant = -0.3)
{
    DegradationConfig c;
    c.kind = kind;
    c.tMax = tMax;
    c.constant = constant;
    return Degradation(c);
}
} // namespace

TEST(Degradation, EndpointsAreConstantAndIdentity)
{
    torch::manual_seed(1);
    for (auto kind : {DegradationKind::Blur, DegradationKind::Pool}) {
        auto d = makeDegradation(kind);
        auto x = torch::rand({3, 1, 32, 32}) * 2 - 1;
        EXPECT_TRUE(torch::equal(d.reduce(x, 6), x));
        auto x0 = d.reduce(x, 0);
        EXPECT_TRUE(torch::allclose(x0, torch::full_like(x, -0.3)));
        // x_0 is the same for every input.
        EXPECT_TRUE(torch::equal(x0, d.reduce(torch::rand({3, 1, 32, 32}), 0)));
    }
}

TEST(Degradation, SigmaScheduleMatchesSpec)
{
    auto d = makeDegradation(DegradationKind::Blur);
    const double expected[] = {0, 6, 5, 4, 3, 2, 0};
    for (int t = 0; t <= 6; ++t) EXPECT_NEAR(d.sigma(t), expected[t], 1e-12) << "t = " << t;
    auto d10 = makeDegradation(DegradationKind::Blur, 10);
    EXPECT_NEAR(d10.sigma(1), 6.0, 1e-12);
    EXPECT_NEAR(d10.sigma(9), 2.0, 1e-12);
    EXPECT_NEAR(d10.sigma(5), 4.0, 1e-12); // linear in between
}

TEST(Degradation, GaussianKernelIsNormalisedAndSymmetric)
{
    auto k = gaussianKernel1d(2.0, 6);
    EXPECT_EQ(k.numel(), 13);
    EXPECT_NEAR(k.sum().item<double>(), 1.0, 1e-6);
    EXPECT_TRUE(torch::allclose(k, k.flip(0)));
    EXPECT_EQ(k.argmax().item<int64_t>(), 6);
}

TEST(Degradation, BlurKeepsConstantsAndMeanAndSmooths)
{
    auto d = makeDegradation(DegradationKind::Blur);
    auto flat = torch::full({2, 1, 32, 32}, 0.25);
    for (int t = 1; t < 6; ++t) EXPECT_TRUE(torch::allclose(d.reduce(flat, t), flat, 1e-6, 1e-6));
    torch::manual_seed(2);
    auto x = torch::rand({2, 1, 32, 32});
    // Stronger blur (smaller t) leaves less variance.
    double previous = 1e9;
    for (int t = 5; t >= 1; --t) {
        double var = d.reduce(x, t).var().item<double>();
        EXPECT_LT(var, previous);
        previous = var;
    }
}

TEST(Degradation, BlurIsLinearAndBatched)
{
    torch::manual_seed(3);
    auto d = makeDegradation(DegradationKind::Blur);
    auto a = torch::rand({4, 3, 32, 32}), b = torch::rand({4, 3, 32, 32});
    EXPECT_TRUE(torch::allclose(d.reduce(2 * a + b, 2), 2 * d.reduce(a, 2) + d.reduce(b, 2), 1e-5, 1e-5));
    // Each batch element and channel is degraded on its own.
    auto single = d.reduce(a.narrow(0, 2, 1).narrow(1, 1, 1), 3);
    EXPECT_TRUE(torch::allclose(single, d.reduce(a, 3).narrow(0, 2, 1).narrow(1, 1, 1), 1e-6, 1e-6));
}

TEST(Degradation, PoolIsAnExactNestedProjection)
{
    torch::manual_seed(4);
    auto d = makeDegradation(DegradationKind::Pool);
    auto x = torch::rand({2, 1, 32, 32});
    for (int t = 1; t < 6; ++t) {
        auto once = d.reduce(x, t);
        EXPECT_LT((d.reduce(once, t) - once).abs().max().item<double>(), 2.4e-7) << "t = " << t;
        for (int s = 1; s < t; ++s) // coarser levels see only what finer ones keep
            EXPECT_LT((d.reduce(once, s) - d.reduce(x, s)).abs().max().item<double>(), 2.4e-7) << t << "," << s;
    }
    EXPECT_EQ(d.poolFactor(1, 32), 32);
    EXPECT_EQ(d.poolFactor(5, 32), 2);
}

TEST(Degradation, NormalisationIdentityHoldsForPool)
{
    // reduce_info(x'_{t+1}, t) == x'_t for every generator step, whatever G outputs.
    torch::manual_seed(5);
    DddgModel model(test::tinyConfig(DegradationKind::Pool));
    torch::NoGradGuard noGrad;
    auto x = model.constantImage(4, torch::kCPU);
    for (int64_t t = 0; t < 6; ++t) {
        auto z = torch::randn({4, 8});
        auto out = model.step(model.g, x, z, t);
        auto back = model.degradation().reduce(out.xNext, t);
        // Float precision relative to the values involved (an untrained G outputs large values).
        double scale = std::max(1.0, out.xNet.abs().max().item<double>());
        EXPECT_LT((back - x).abs().max().item<double>(), 8 * 1.2e-7 * scale) << "t = " << t;
        x = out.xNext;
    }
}

TEST(Degradation, RejectsBadArguments)
{
    auto d = makeDegradation(DegradationKind::Blur);
    EXPECT_THROW(d.reduce(torch::rand({1, 1, 32, 32}), 7), c10::Error);
    EXPECT_THROW(d.reduce(torch::rand({1, 32, 32}), 3), c10::Error);
    DegradationKind kind;
    EXPECT_TRUE(parseDegradationKind("pool", kind));
    EXPECT_EQ(kind, DegradationKind::Pool);
    EXPECT_FALSE(parseDegradationKind("noise", kind));
}

TEST(Degradation, OtherSidesAddALevelPerDoublingAndKeepTheRelativeScale)
{
    const DegradationConfig at32 = degradationForSide(32), at64 = degradationForSide(64), at16 = degradationForSide(16);
    const DegradationConfig defaults;
    EXPECT_EQ(at32.tMax, defaults.tMax); // 32×32 is the paper's frame: nothing changes
    EXPECT_DOUBLE_EQ(at32.sigmaMax, defaults.sigmaMax);
    EXPECT_EQ(at64.tMax, 7);
    EXPECT_EQ(at16.tMax, 5);
    EXPECT_EQ(degradationForSide(128).tMax, 8);
    EXPECT_DOUBLE_EQ(at64.sigmaMax, 2 * defaults.sigmaMax);
    EXPECT_DOUBLE_EQ(at64.sigmaMin, 2 * defaults.sigmaMin);

    // Pool: level t of a 64×64 image, halved, is level t of the halved image at 32 (t < 6);
    // the extra level 6 at 64 is the 2×2 pool, finer than anything at 32.
    DegradationConfig pool64 = at64, pool32 = at32;
    pool64.kind = pool32.kind = DegradationKind::Pool;
    const Degradation big(pool64), small(pool32);
    auto x = torch::rand({2, 3, 64, 64}) * 2 - 1;
    auto half = [](const torch::Tensor& v) { return torch::avg_pool2d(v, 2); };
    for (int64_t t = 1; t < 6; ++t)
        EXPECT_TRUE(torch::allclose(half(big.reduce(x, t)), small.reduce(half(x), t), 1e-5, 1e-5)) << "t = " << t;
    EXPECT_EQ(big.poolFactor(6, 64), 2);
    EXPECT_EQ(big.poolFactor(1, 64), 64); // the coarsest level is one value per image, as at 32
    EXPECT_EQ(small.poolFactor(1, 32), 32);
}
