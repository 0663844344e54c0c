// Algorithms 2 and 3: trajectory shapes, determinism, branching and inversion.
#include "best_iterate.h"
#include "inversion.h"
#include "test_support.h"
#include "trajectory.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

using namespace dddg;

TEST(Trajectory, ShapesAndEndpoints)
{
    torch::manual_seed(13);
    DddgModel model(test::tinyConfig());
    auto tr = sample(model, 3, 42);
    EXPECT_EQ(tr.xPrime.sizes(), (std::vector<int64_t>{7, 3, 1, 32, 32}));
    EXPECT_EQ(tr.xNorm.sizes(), (std::vector<int64_t>{6, 3, 1, 32, 32}));
    EXPECT_EQ(tr.z.sizes(), (std::vector<int64_t>{6, 3, 8}));
    EXPECT_EQ(tr.scale.sizes(), (std::vector<int64_t>{6, 8}));
    EXPECT_TRUE(torch::allclose(tr.xPrime[0], torch::full({3, 1, 32, 32}, -0.4)));
    // Each state is the degradation of the normalised output before it.
    for (int64_t t = 1; t <= 6; ++t)
        EXPECT_TRUE(torch::allclose(tr.xPrime[t], model.degradation().reduce(tr.xNorm[t - 1], t), 1e-5, 1e-5));
}

TEST(Trajectory, SameSeedSameSamples)
{
    torch::manual_seed(14);
    DddgModel model(test::tinyConfig());
    EXPECT_TRUE(torch::equal(sample(model, 2, 7).xPrime, sample(model, 2, 7).xPrime));
    EXPECT_FALSE(torch::equal(sample(model, 2, 7).xPrime, sample(model, 2, 8).xPrime));
    EXPECT_TRUE(torch::equal(drawLatents(model.config(), 2, 7), drawLatents(model.config(), 2, 7)));
}

TEST(Trajectory, BranchingKeepsThePastByteIdentical)
{
    torch::manual_seed(15);
    DddgModel model(test::tinyConfig());
    auto base = sample(model, 2, 1);
    auto z = drawLatents(model.config(), 2, 99);
    const int64_t k = 3;
    auto branch = continueTrajectory(model, base, k, z);
    EXPECT_TRUE(torch::equal(branch.xPrime.narrow(0, 0, k + 1), base.xPrime.narrow(0, 0, k + 1)));
    EXPECT_TRUE(torch::equal(branch.xNorm.narrow(0, 0, k), base.xNorm.narrow(0, 0, k)));
    EXPECT_TRUE(torch::equal(branch.z.narrow(0, 0, k), base.z.narrow(0, 0, k)));
    EXPECT_FALSE(torch::equal(branch.xPrime[6], base.xPrime[6]));
    // Branching with the same latents reproduces the base run.
    EXPECT_TRUE(torch::allclose(continueTrajectory(model, base, k, base.z).xPrime, base.xPrime));
}

TEST(Inversion, EncoderLatentsAndRefinementImproveTheFit)
{
    torch::manual_seed(16);
    DddgModel model(test::tinyConfig());
    auto images = sample(model, 2, 5).result(); // images the generator can reach
    auto z = encodeLatents(model, images);
    EXPECT_EQ(z.sizes(), (std::vector<int64_t>{6, 2, 8}));
    RefineOptions options;
    options.steps = 15;
    int64_t calls = 0;
    auto inverted = invert(model, images, {}, options, [&](int64_t done, int64_t total) {
        EXPECT_EQ(total, 90);
        calls = done;
        return true;
    });
    ASSERT_TRUE(inverted.ok());
    const Inversion& inversion = *inverted;
    EXPECT_EQ(calls, 90);
    EXPECT_EQ(inversion.encoder.xPrime.sizes(), inversion.refined.xPrime.sizes());
    auto errEncoder = (inversion.encoder.result() - images).pow(2).mean().item<double>();
    auto errRefined = (inversion.refined.result() - images).pow(2).mean().item<double>();
    EXPECT_LT(errRefined, errEncoder);
    // Cancel is a value (design §4a): a cancelled refinement returns cancelledError(), never throws.
    auto stopped = invert(model, images, {}, options, [](int64_t, int64_t) { return false; });
    EXPECT_TRUE(stopped.cancelled());
}

TEST(Inversion, RefinementKeepsEachImagesBestIterate)
{
    // One step (t_max 1) and a step size far too large: Adam's last iterate overshoots, the
    // kept one is never worse than the encoder's guess.
    torch::manual_seed(4);
    DddgModel model(test::tinyConfig(DegradationKind::Blur, 1));
    auto images = torch::rand({4, 1, 32, 32}) * 2 - 1;
    auto z = encodeLatents(model, images);
    RefineOptions options;
    options.steps = 5;
    options.learningRate = 50.0;
    auto refinement = refineLatents(model, images, z, {}, options);
    ASSERT_TRUE(refinement.ok());
    const Trajectory& refined = *refinement;
    auto encoder = renderTrajectory(model, z);
    auto err = [&](const Trajectory& tr) { return (tr.result() - images).pow(2).flatten(1).mean(1); };
    EXPECT_TRUE((err(refined) <= err(encoder) + 1e-6).all().item<bool>()) << err(refined) << err(encoder);
}

TEST(Inversion, BestIterateKeepsEachImagesLowestLossAlongItsBatchDimension)
{
    // Latents of a 2-step chain for 3 images: [steps, B, d_z], images along dimension 1.
    auto start = torch::zeros({2, 3, 4});
    BestIterate best(start, 1);
    best.offer(torch::full({2, 3, 4}, 1.0), torch::tensor({1.0, 5.0, 3.0})); // every image improves on +inf
    best.offer(torch::full({2, 3, 4}, 2.0), torch::tensor({2.0, 4.0, 3.0})); // image 1 improves; 2 ties and stays
    auto kept = best.best();
    EXPECT_TRUE(torch::equal(kept.select(1, 0), torch::full({2, 4}, 1.0)));
    EXPECT_TRUE(torch::equal(kept.select(1, 1), torch::full({2, 4}, 2.0)));
    EXPECT_TRUE(torch::equal(kept.select(1, 2), torch::full({2, 4}, 1.0)));
}
