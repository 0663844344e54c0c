// DLSGAN's latent scale: Σ s_t² = d_z and the EMA update of v.
#include "latent_scale.h"

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
