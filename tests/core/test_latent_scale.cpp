// DLSGAN's latent scale (Σ s_t² = d_z, the EMA update of v, its data-parallel form) and the
// latent diagnostics of `dddg eval` (encoder error per step, sample diversity).
#include "latent_diagnostics.h"
#include "latent_scale.h"
#include "test_support.h"
#include "trajectory.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

using namespace dddg;

TEST(LatentScale, StartsAtOneAndKeepsSumOfSquares)
{
    LatentScale scale(6, 64);
    EXPECT_TRUE(torch::allclose(scale.scales(), torch::ones({6, 64})));
    torch::manual_seed(6);
    for (int i = 0; i < 50; ++i) scale.update(i % 6, torch::randn({16, 64}) * torch::linspace(0.1, 3.0, 64));
    auto s = scale.scales();
    for (int t = 0; t < 6; ++t) {
        EXPECT_NEAR(s[t].pow(2).sum().item<double>(), 64.0, 1e-3) << "t = " << t;
        EXPECT_TRUE(torch::allclose(scale.scale(t), s[t]));
    }
    // Larger predicted variance gets a larger scale.
    EXPECT_GT(s[0][63].item<double>(), s[0][0].item<double>());
}

TEST(LatentScale, UpdateIsTheEmaOfTheSecondMoment)
{
    LatentScale scale(3, 4);
    auto z = torch::tensor({{1.0f, 2.0f, 0.0f, -1.0f}, {3.0f, 0.0f, 2.0f, 1.0f}});
    scale.update(1, z);
    auto expected = 0.999 * torch::ones({4}) + 0.001 * z.pow(2).mean(0);
    EXPECT_TRUE(torch::allclose(scale.variance()[1], expected));
    EXPECT_TRUE(torch::equal(scale.variance()[0], torch::ones({4}))); // other steps untouched
    auto v = scale.variance()[1];
    auto s = torch::sqrt(4 * v / v.sum());
    EXPECT_TRUE(torch::allclose(scale.scale(1), s));
    EXPECT_FALSE(scale.scale(1).requires_grad());
}

TEST(LatentScale, SecondMomentOfTwoShardsAveragedIsTheWholeBatchs)
{
    // What data-parallel training relies on: averaging mean_batch(z'²) of equal shards.
    LatentScale whole(2, 3), split(2, 3);
    torch::manual_seed(4);
    auto z = torch::randn({8, 3});
    whole.update(0, z);
    auto averaged = (LatentScale::secondMoment(z.narrow(0, 0, 4)) + LatentScale::secondMoment(z.narrow(0, 4, 4))) / 2;
    split.updateWithSecondMoment(0, averaged);
    EXPECT_TRUE(torch::allclose(whole.variance(), split.variance(), 1e-6, 1e-7));
}

TEST(LatentDiagnostics, MeanPairwiseDistanceOfKnownImages)
{
    // Three 1-pixel images 0, 3, 4: pairs 3, 4, 1 → mean 8/3.
    auto images = torch::tensor({0.0, 3.0, 4.0}).view({3, 1, 1, 1});
    EXPECT_NEAR(meanPairwiseDistance(images), 8.0 / 3.0, 1e-12);
    // Two 2-pixel images (0,0) and (3,4): distance 5.
    EXPECT_NEAR(meanPairwiseDistance(torch::tensor({0.0, 0.0, 3.0, 4.0}).view({2, 1, 1, 2})), 5.0, 1e-12);
    EXPECT_THROW(meanPairwiseDistance(torch::zeros({1, 1, 2, 2})), c10::Error);
}

TEST(LatentDiagnostics, EncoderErrorAndDiversityOfAnUntrainedModel)
{
    torch::manual_seed(2);
    auto config = test::tinyConfig(DegradationKind::Blur, 3, 2);
    DddgModel model(config);
    const auto error = encoderErrorPerStep(model, 16, 5);
    ASSERT_EQ(error.size(), 3u);
    for (double e : error) {
        EXPECT_TRUE(std::isfinite(e));
        EXPECT_GT(e, 0.3); // an untrained encoder recovers little of z
    }
    Dataset data;
    data.images = torch::rand({40, 1, 32, 32}) * 2 - 1;
    data.labels = torch::arange(40, torch::kInt64) % 2;
    data.numClasses = 2;
    const auto ratios = diversityRatioPerClass(model, data, 10, 3);
    ASSERT_EQ(ratios.size(), 2u);
    for (double r : ratios) EXPECT_TRUE(std::isfinite(r) && r >= 0);
    // A model is exactly as varied as itself: its own samples as "data" give ratio 1.
    Dataset own;
    own.images = sample(model, 10, 3, torch::zeros({10}, torch::kInt64)).result();
    own.labels = torch::zeros({10}, torch::kInt64);
    own.numClasses = 2;
    const auto self = diversityRatioPerClass(model, own, 10, 3);
    ASSERT_EQ(self.size(), 1u); // class 1 has no images
    EXPECT_NEAR(self[0], 1.0, 1e-9);
}
