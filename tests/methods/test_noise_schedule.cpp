// DDPM's schedules: the forward marginal against its closed form, σ → t* matching, and
// DAED's combined schedule.
#include "noise_schedule.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

using namespace dddg;

TEST(NoiseSchedule, ForwardMarginalMatchesItsClosedForm)
{
    torch::manual_seed(3);
    for (auto kind : {ScheduleKind::Linear, ScheduleKind::Cosine}) {
        NoiseSchedule schedule(kind);
        for (int64_t t : {1, 10, 100, 500, 1000}) {
            const int64_t n = 200000;
            auto x0 = torch::full({n, 1, 1, 1}, 0.6);
            auto xt = schedule.qSample(x0, torch::full({n}, t, torch::kInt64), torch::randn({n, 1, 1, 1}));
            const double ab = schedule.alphaBar(t);
            EXPECT_NEAR(xt.mean().item<double>(), std::sqrt(ab) * 0.6, 0.01) << toString(kind) << " t=" << t;
            EXPECT_NEAR(xt.var().item<double>(), 1.0 - ab, 0.01 * std::max(1.0 - ab, 0.05)) << toString(kind) << " t=" << t;
        }
    }
}

TEST(NoiseSchedule, SchedulesHaveTheirPublishedShapes)
{
    NoiseSchedule linear(ScheduleKind::Linear), cosine(ScheduleKind::Cosine);
    EXPECT_NEAR(linear.beta(1), 1e-4, 1e-12);
    EXPECT_NEAR(linear.beta(1000), 0.02, 1e-12);
    EXPECT_NEAR(linear.alphaBar(1000), 4.04e-5, 1e-6); // Ho et al.'s ᾱ_T
    EXPECT_LT(cosine.alphaBar(1000), 1e-6);
    // The cosine schedule destroys information more slowly in the middle (Nichol & Dhariwal).
    EXPECT_GT(cosine.alphaBar(500), linear.alphaBar(500) * 5);
    for (int64_t t = 2; t <= 1000; ++t) {
        ASSERT_LT(linear.alphaBar(t), linear.alphaBar(t - 1));
        ASSERT_LE(cosine.alphaBar(t), cosine.alphaBar(t - 1));
    }
}

TEST(NoiseSchedule, NoiseLevelMatchesTheNearestStep)
{
    for (auto kind : {ScheduleKind::Linear, ScheduleKind::Cosine, ScheduleKind::LinearCombine}) {
        NoiseSchedule schedule(kind);
        for (double sigma : {5.0, 15.0, 25.0, 50.0, 100.0}) {
            const double std = 2.0 * sigma / 255.0;
            const int64_t t = schedule.matchNoiseStd(std);
            const double gap = std::abs(schedule.noiseToSignal(t) - std);
            if (t > 1) {
                EXPECT_LE(gap, std::abs(schedule.noiseToSignal(t - 1) - std)) << toString(kind) << " σ=" << sigma;
            }
            if (t < schedule.steps()) {
                EXPECT_LE(gap, std::abs(schedule.noiseToSignal(t + 1) - std)) << toString(kind) << " σ=" << sigma;
            }
        }
    }
    // σ = 50 on the linear schedule lands near t = 115 (ᾱ ≈ 0.867).
    NoiseSchedule linear(ScheduleKind::Linear);
    const int64_t t50 = linear.matchNoiseStd(100.0 / 255.0);
    EXPECT_NEAR(linear.alphaBar(t50), 1.0 / (1.0 + std::pow(100.0 / 255.0, 2)), 0.002);
    EXPECT_GT(t50, 100);
    EXPECT_LT(t50, 130);
}

TEST(NoiseSchedule, CombinedScheduleStartsWithOneLargeStep)
{
    NoiseSchedule linear(ScheduleKind::Linear), combined(ScheduleKind::LinearCombine, 1000, 0.1);
    EXPECT_DOUBLE_EQ(combined.beta(1), 0.1);
    EXPECT_LT(combined.steps(), 1000); // the first step replaces many small ones (DAED: 468 of 500)
    EXPECT_GT(combined.steps(), 850);
    // After the first step the remaining steps are the linear schedule's tail, so the two end alike.
    EXPECT_NEAR(combined.alphaBar(combined.steps()) / linear.alphaBar(1000), 1.0, 0.05);
}

TEST(NoiseSchedule, ReverseStepInvertsTheForwardStepWithTheTrueNoise)
{
    NoiseSchedule schedule(ScheduleKind::Linear);
    auto x0 = torch::rand({4, 1, 8, 8}) * 2 - 1;
    auto eps = torch::randn_like(x0);
    const int64_t t = 1;
    auto x1 = schedule.qSample(x0, torch::full({4}, t, torch::kInt64), eps);
    // At t = 1 the mean step with the true ε returns x0 exactly (there is no added noise).
    EXPECT_TRUE(torch::allclose(schedule.reverseStep(x1, eps, t, torch::randn_like(x0)), x0, 1e-5, 1e-5));
    EXPECT_TRUE(torch::allclose(schedule.predictX0(x1, eps, t), x0, 1e-5, 1e-5));
}
