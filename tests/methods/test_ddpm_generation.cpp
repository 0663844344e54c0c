// DDPM and TDPM generation: the truncated chain starts from the given x_K and runs exactly K
// steps, the kept states are the ones asked for, diffuseTo follows q(x_K | x_0), and a seed
// names the same samples.
#include "ddpm_generation.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

using namespace dddg;

namespace {
BaselineModel tinyDdpm(int64_t channels, int64_t side, int64_t steps)
{
    BaselineConfig config;
    config.net.width = 8;
    config.net.channels = channels;
    config.net.imageSize = side;
    config.diffusionSteps = steps;
    torch::manual_seed(5);
    return BaselineModel(config);
}

DdpmTrajectory generated(Result<DdpmTrajectory> result)
{
    if (!result) throw std::runtime_error(result.error().message);
    return *result;
}
} // namespace

TEST(DdpmGeneration, EvenlySpacedStepsRunFromTheStartToZero)
{
    EXPECT_EQ(evenlySpacedSteps(1000, 11), (std::vector<int64_t>{1000, 900, 800, 700, 600, 500, 400, 300, 200, 100, 0}));
    EXPECT_EQ(evenlySpacedSteps(10, 11), (std::vector<int64_t>{10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0}));
    EXPECT_EQ(evenlySpacedSteps(4, 11), (std::vector<int64_t>{4, 3, 2, 1, 0})); // no step twice
}

TEST(DdpmGeneration, DiffuseToFollowsTheForwardMarginal)
{
    const NoiseSchedule schedule(ScheduleKind::Linear);
    auto x0 = torch::full({200000, 1, 1, 1}, 0.6);
    for (int64_t K : {10, 50, 600}) {
        auto xK = diffuseTo(schedule, x0, K, 7);
        const double ab = schedule.alphaBar(K);
        EXPECT_NEAR(xK.mean().item<double>(), std::sqrt(ab) * 0.6, 0.01) << "K=" << K;
        EXPECT_NEAR(xK.var().item<double>(), 1.0 - ab, 0.02 * std::max(1.0 - ab, 0.05)) << "K=" << K;
        EXPECT_TRUE(torch::equal(xK, diffuseTo(schedule, x0, K, 7))) << "a seed names its noise";
    }
    EXPECT_THROW(diffuseTo(schedule, x0, 0, 7), c10::Error);
    EXPECT_THROW(diffuseTo(schedule, x0, 1001, 7), c10::Error);
}

TEST(DdpmGeneration, TruncatedChainStartsAtItsStateAndRunsKSteps)
{
    BaselineModel model = tinyDdpm(3, 16, 1000);
    const int64_t K = 10;
    auto x0 = torch::rand({2, 3, 16, 16}) * 2 - 1;
    DdpmStart start{K, diffuseTo(model.config().noiseSchedule(), x0, K, 3)};
    std::vector<int64_t> calls;
    auto run = generated(ddpmGenerate(model, 2, 11, [&](int64_t done, int64_t total) {
        EXPECT_EQ(total, K);
        calls.push_back(done);
        return true;
    }, start, {6, 3}));
    EXPECT_EQ(calls.size(), size_t(K));
    EXPECT_EQ(calls.back(), K);
    EXPECT_EQ(run.steps, (std::vector<int64_t>{10, 6, 3, 0})); // the start and x_0 always, and the steps asked for
    ASSERT_EQ(run.states.sizes(), (torch::IntArrayRef{4, 2, 3, 16, 16}));
    EXPECT_TRUE(torch::equal(run.states[0], start.state)) << "the chain starts from the implicit generator's x_K";
    EXPECT_LE(run.samples().abs().max().item<float>(), 1.0f);

    // The same start and seed give the same samples, another seed others.
    auto again = generated(ddpmGenerate(model, 2, 11, {}, start, {0}));
    EXPECT_TRUE(torch::allclose(again.samples(), run.samples()));
    auto other = generated(ddpmGenerate(model, 2, 12, {}, start, {0}));
    EXPECT_FALSE(torch::allclose(other.samples(), run.samples()));
}

TEST(DdpmGeneration, FromPureNoiseEveryStateIsKeptUnlessAsked)
{
    BaselineModel model = tinyDdpm(1, 16, 100); // T 100: β up to 0.2 (the linear schedule scales with 1000/T)
    auto all = generated(ddpmGenerate(model, 1, 2));
    EXPECT_EQ(all.states.size(0), 101);
    EXPECT_EQ(all.steps.front(), 100);
    EXPECT_EQ(all.steps.back(), 0);
    auto few = generated(ddpmGenerate(model, 1, 2, {}, {}, evenlySpacedSteps(100, 5)));
    EXPECT_EQ(few.steps, (std::vector<int64_t>{100, 75, 50, 25, 0}));
    EXPECT_TRUE(torch::allclose(few.samples(), all.samples(), 1e-5, 1e-5)) << "keeping fewer states changes nothing drawn: "
                                                                           << (few.samples() - all.samples()).abs().max().item<float>();
    EXPECT_TRUE(torch::allclose(few.states[2], all.states[50], 1e-5, 1e-5));
    // Cancelling stops the chain with the cancelled error.
    auto cancelled = ddpmGenerate(model, 1, 2, [](int64_t done, int64_t) { return done < 3; });
    EXPECT_TRUE(cancelled.cancelled());
}
