// SWD (network-free): the Laplacian pyramid inverts, the sliced distance has its 1-D closed
// form, and on real Fashion-MNIST it ranks held-out images above blurred and noisy ones.
#include "dataset.h"
#include "degradation.h"
#include "swd.h"
#include "test_support.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

using namespace dddg;

TEST(Swd, PyramidHasOneLevelPerOctaveAndCollapsesBack)
{
    torch::manual_seed(1);
    auto x = torch::rand({2, 3, 64, 64}) * 2 - 1;
    auto levels = laplacianPyramid(x, 16);
    ASSERT_EQ(levels.size(), 3u);
    EXPECT_EQ(levels[0].sizes(), x.sizes());
    EXPECT_EQ(levels[1].size(2), 32);
    EXPECT_EQ(levels[2].size(2), 16);
    EXPECT_TRUE(torch::allclose(collapsePyramid(levels), x, 1e-5, 1e-5));
    // A constant image has no band-pass content: every level but the last is zero.
    auto flat = torch::full({1, 1, 32, 32}, 0.25);
    auto flatLevels = laplacianPyramid(flat, 16);
    EXPECT_LT(flatLevels[0].abs().max().item<double>(), 1e-6);
    EXPECT_TRUE(torch::allclose(flatLevels[1], torch::full({1, 1, 16, 16}, 0.25), 1e-6, 1e-6));
}

TEST(Swd, OneDimensionalSetsGiveTheMeanGapOfTheirSortedValues)
{
    // In one dimension every unit direction is ±1, so the distance is mean |sort(a) − sort(b)|.
    auto a = torch::tensor({3.0f, 0.0f, 2.0f, 1.0f}).unsqueeze(1);
    auto b = torch::tensor({1.0f, 4.0f, 2.0f, 3.0f}).unsqueeze(1);
    EXPECT_NEAR(slicedWasserstein(a, b, 16, 2, 0), 1.0, 1e-6);
    EXPECT_NEAR(slicedWasserstein(a, a, 16, 2, 0), 0.0, 1e-9);
    // A larger set is subsampled to the smaller's size.
    auto zeros = torch::zeros({8, 1});
    auto twos = torch::full({4, 1}, 2.0f);
    EXPECT_NEAR(slicedWasserstein(zeros, twos, 8, 1, 3), 2.0, 1e-6);
}

TEST(Swd, IdenticalSetsScoreZeroAndBrightnessAloneDoesNotCount)
{
    torch::manual_seed(2);
    auto x = torch::rand({6, 3, 32, 32}) * 2 - 1;
    auto same = swd(x, x);
    ASSERT_TRUE(same.ok()) << same.error().message;
    EXPECT_EQ(same->mean, 0.0);
    ASSERT_EQ(same->levelSides, (std::vector<int64_t>{32, 16}));
    // Each set is normalised by its own per-channel statistics (as ProGAN's).
    auto shifted = swd(x, 0.5 * x + 0.2);
    ASSERT_TRUE(shifted.ok());
    EXPECT_LT(shifted->mean, 1e-2);
}

TEST(Swd, RanksHeldOutImagesAboveBlurredAndNoisyOnes)
{
    auto data = loadIdxDataset("fashion-mnist", test::fashionMnistDir(), Split::Test);
    ASSERT_TRUE(data.ok()) << data.error().message;
    auto reference = data->images.narrow(0, 0, 400);
    auto heldOut = data->images.narrow(0, 400, 400);
    torch::manual_seed(3);
    auto noisy = (heldOut + 0.2 * torch::randn_like(heldOut)).clamp(-1, 1);
    auto real = swd(reference, heldOut);
    auto blurred = swd(reference, gaussianBlur(heldOut, 1.5));
    auto withNoise = swd(reference, noisy);
    ASSERT_TRUE(real.ok() && blurred.ok() && withNoise.ok());
    EXPECT_LT(real->mean * 3, blurred->mean) << real->mean << " vs " << blurred->mean;
    EXPECT_LT(real->mean * 3, withNoise->mean) << real->mean << " vs " << withNoise->mean;
    // Blur removes the fine band: the 32×32 level moves most.
    EXPECT_GT(blurred->perLevel[0], blurred->perLevel[1]);
}

TEST(Swd, ImagesItCannotReadAreErrors)
{
    EXPECT_FALSE(swd(torch::zeros({2, 1, 8, 8}), torch::zeros({2, 1, 8, 8})).ok());   // below 16×16
    EXPECT_FALSE(swd(torch::zeros({2, 1, 32, 16}), torch::zeros({2, 1, 32, 16})).ok()); // not square
    EXPECT_FALSE(swd(torch::zeros({2, 1, 32, 32}), torch::zeros({2, 1, 64, 64})).ok()); // other sizes
    EXPECT_FALSE(swd(torch::zeros({2, 1, 32, 32}), torch::zeros({2, 3, 32, 32})).ok()); // other channels
    EXPECT_FALSE(swd(torch::Tensor(), torch::zeros({2, 1, 32, 32})).ok());
}
