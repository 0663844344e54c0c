// PSNR and SSIM against hand-computed values and a direct reference implementation.
#include "degradation.h"
#include "image_metrics.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

#include <cmath>

using namespace dddg;

TEST(Psnr, KnownValues)
{
    auto x = torch::zeros({1, 1, 16, 16});
    // MSE 0.01 with data range 2: 10·log10(4/0.01) = 26.0206 dB.
    EXPECT_NEAR(psnr(x, x + 0.1).item<double>(), 10 * std::log10(400.0), 1e-4);
    // MSE 1: 10·log10(4) = 6.0206 dB; per image, then averaged.
    auto pair = torch::cat({x, x});
    auto other = torch::cat({x + 0.1, x + 1.0});
    auto values = psnr(pair, other);
    EXPECT_NEAR(values[1].item<double>(), 10 * std::log10(4.0), 1e-4);
    EXPECT_NEAR(values.mean().item<double>(), (10 * std::log10(400.0) + 10 * std::log10(4.0)) / 2, 1e-4);
    EXPECT_NEAR(psnr(x, x).item<double>(), 100.0, 1e-6); // exact match is capped
}

TEST(Ssim, IdenticalImagesScoreOne)
{
    torch::manual_seed(7);
    auto x = torch::rand({3, 1, 32, 32}) * 2 - 1;
    EXPECT_TRUE(torch::allclose(ssim(x, x), torch::ones({3}), 1e-5, 1e-5));
}

TEST(Ssim, ConstantImagesFollowTheClosedForm)
{
    // σ = 0 everywhere: SSIM = (2ab + C1) / (a² + b² + C1), C1 = (0.01·2)².
    const double a = 0.5, b = -0.2, c1 = 0.02 * 0.02;
    auto x = torch::full({1, 1, 20, 20}, a), y = torch::full({1, 1, 20, 20}, b);
    EXPECT_NEAR(ssim(x, y).item<double>(), (2 * a * b + c1) / (a * a + b * b + c1), 1e-5);
}

TEST(Ssim, MatchesADirectWindowedComputation)
{
    torch::manual_seed(8);
    auto x = torch::rand({1, 1, 14, 13}, torch::kFloat64) * 2 - 1;
    auto y = (x + 0.3 * torch::randn({1, 1, 14, 13}, torch::kFloat64)).clamp(-1, 1);
    auto g = gaussianKernel1d(1.5, 5).to(torch::kFloat64);
    auto w = torch::outer(g, g);
    const double c1 = std::pow(0.02, 2), c2 = std::pow(0.06, 2);
    double total = 0;
    int count = 0;
    for (int i = 0; i + 11 <= 14; ++i)
        for (int j = 0; j + 11 <= 13; ++j) { // valid windows only
            auto px = x[0][0].narrow(0, i, 11).narrow(1, j, 11), py = y[0][0].narrow(0, i, 11).narrow(1, j, 11);
            double mx = (w * px).sum().item<double>(), my = (w * py).sum().item<double>();
            double vx = (w * px * px).sum().item<double>() - mx * mx;
            double vy = (w * py * py).sum().item<double>() - my * my;
            double cxy = (w * px * py).sum().item<double>() - mx * my;
            total += ((2 * mx * my + c1) * (2 * cxy + c2)) / ((mx * mx + my * my + c1) * (vx + vy + c2));
            ++count;
        }
    EXPECT_NEAR(ssim(x, y).item<double>(), total / count, 1e-5);
    EXPECT_LT(ssim(x, y).item<double>(), 0.99);
}

TEST(Ssim, ALargePictureMeasuredInBandsEqualsItsPartsMeasuredWhole)
{
    // 24 rows of 100,000: the metrics take it in two bands of rows. Rows 0–19 and 10–23 are
    // each one band, and their valid SSIM maps split the whole one (10 rows + 4 rows).
    torch::manual_seed(9);
    auto x = torch::rand({1, 1, 24, 100000}) * 2 - 1;
    auto y = (x + 0.2 * torch::randn_like(x)).clamp(-1, 1);
    const double top = ssim(x.narrow(2, 0, 20), y.narrow(2, 0, 20)).item<double>();
    const double bottom = ssim(x.narrow(2, 10, 14), y.narrow(2, 10, 14)).item<double>();
    EXPECT_NEAR(ssim(x, y).item<double>(), (10 * top + 4 * bottom) / 14, 1e-6);
    auto mseOf = [](const torch::Tensor& a, const torch::Tensor& b) { return 4.0 / std::pow(10.0, psnr(a, b).item<double>() / 10); };
    const double mse = (20 * mseOf(x.narrow(2, 0, 20), y.narrow(2, 0, 20)) + 4 * mseOf(x.narrow(2, 20, 4), y.narrow(2, 20, 4))) / 24;
    EXPECT_NEAR(psnr(x, y).item<double>(), 10 * std::log10(4.0 / mse), 1e-4);
}

TEST(Metrics, RejectMismatchedShapes)
{
    EXPECT_THROW(psnr(torch::zeros({1, 1, 16, 16}), torch::zeros({1, 1, 16, 15})), c10::Error);
    EXPECT_THROW(ssim(torch::zeros({1, 1, 8, 8}), torch::zeros({1, 1, 8, 8})), c10::Error);
}

TEST(Ssim, ColourIsTheMeanOfTheChannelsAndPsnrPoolsEveryPixel)
{
    torch::manual_seed(5);
    auto x = torch::rand({2, 3, 16, 16}) * 2 - 1;
    auto y = (x + 0.2 * torch::randn_like(x)).clamp(-1, 1);
    auto perChannel = torch::zeros({2});
    for (int64_t c = 0; c < 3; ++c) perChannel += ssim(x.narrow(1, c, 1), y.narrow(1, c, 1)) / 3.0;
    EXPECT_TRUE(torch::allclose(ssim(x, y), perChannel, 1e-5, 1e-6)); // skimage's channel_axis
    auto mse = (x - y).to(torch::kFloat64).pow(2).mean({1, 2, 3});
    EXPECT_TRUE(torch::allclose(psnr(x, y).to(torch::kFloat64), 10.0 * torch::log10(4.0 / mse), 1e-4, 1e-5));
}
