// The operators of SPEC §12 against brute force on small images: each operator's matrix built
// column by column from the degradation itself, its adjoint, its SVD, and DiffPIR's data step
// against a dense solve of the normal equations; the degradations' measurement noise.
#include "dataset.h"
#include "image_metrics.h"
#include "inpaint_mask.h"
#include "measurement_operator.h"
#include "method_registry.h"
#include "methods/method_support.h"
#include "restoration.h"
#include "test_support.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

using namespace dddg;

namespace {

DegradationSpec spec(const std::string& kind, int64_t level, double sigmaY = 0)
{
    auto made = degradationSpec(kind, 25, level, 6, 0, MeasurementNoise{sigmaY, false});
    EXPECT_TRUE(made.ok()) << (made ? "" : made.error().message);
    return *made;
}

/// The dense matrix [m, n] of x ↦ f(x) on one-channel images of h × w.
torch::Tensor denseMatrix(const std::function<torch::Tensor(const torch::Tensor&)>& f, int64_t h, int64_t w)
{
    std::vector<torch::Tensor> columns;
    for (int64_t i = 0; i < h * w; ++i) {
        auto e = torch::zeros({1, 1, h, w}, torch::kFloat64);
        e.view(-1)[i] = 1.0;
        columns.push_back(f(e).reshape(-1));
    }
    return torch::stack(columns, 1);
}

struct OperatorCase {
    std::string kind;
    int64_t level;
    int64_t h, w;
};

} // namespace

TEST(MeasurementOperatorTest, MatchesTheDegradationItsAdjointAndTheDenseDataStep)
{
    // blur at a level whose radius reaches past the border; pool ×2 (sr) and ×4; the fading mask.
    for (const auto& c : {OperatorCase{"blur", 2, 8, 12}, OperatorCase{"blur", 4, 10, 10}, OperatorCase{"sr", 2, 8, 12}, OperatorCase{"sr", 4, 8, 8},
                          OperatorCase{"inpaint", 30, 9, 11}}) {
        SCOPED_TRACE(c.kind + " " + std::to_string(c.level));
        const auto s = spec(c.kind, c.level);
        auto op = MeasurementOperator::make(s, c.h, c.w);
        ASSERT_TRUE(op.ok()) << op.error().message;
        // A equals what the degradation does (pool's measurement is the block means of its image).
        torch::manual_seed(3);
        auto x = torch::rand({2, 3, c.h, c.w}, torch::kFloat64) * 2 - 1;
        auto degraded = applyOperator(x, s);
        EXPECT_TRUE(torch::allclose(op->apply(x), op->measurement(degraded), 1e-6, 1e-9));
        if (c.kind == "sr") {
            // Nearest upsampling of A x gives the degraded image back: the measurement loses nothing.
            const int64_t f = c.level;
            EXPECT_TRUE(torch::allclose(op->apply(x).repeat_interleave(f, 2).repeat_interleave(f, 3), degraded, 1e-6, 1e-9));
        }
        // <A x, y> = <x, Aᵀ y>.
        auto y = torch::randn_like(op->apply(x));
        EXPECT_NEAR((op->apply(x) * y).sum().item<double>(), (x * op->adjoint(y)).sum().item<double>(), 1e-9);
        // The SVD: V is orthogonal and A = U Σ Vᵀ reproduces A on a basis.
        auto A = denseMatrix([&](const torch::Tensor& e) { return op->apply(e); }, c.h, c.w);
        auto V = denseMatrix([&](const torch::Tensor& e) { return op->fromSpectral(e); }, c.h, c.w);
        EXPECT_TRUE(torch::allclose(V.t().matmul(V), torch::eye(c.h * c.w, torch::kFloat64), 1e-9, 1e-9));
        auto UtA = denseMatrix([&](const torch::Tensor& e) { return op->measurementSpectral(op->apply(e)); }, c.h, c.w);
        auto SVt = op->singularValues().reshape({-1, 1}) * V.t();
        EXPECT_TRUE(torch::allclose(UtA, SVt, 1e-9, 1e-9));
        // DiffPIR's data step equals the dense solve of (AᵀA + ρI) x = Aᵀy + ρz.
        for (double rho : {1e-3, 0.5}) {
            auto z = torch::rand({1, 1, c.h, c.w}, torch::kFloat64);
            auto target = torch::randn_like(op->apply(z));
            auto lhs = A.t().matmul(A) + rho * torch::eye(c.h * c.w, torch::kFloat64);
            auto rhs = A.t().matmul(target.reshape(-1)) + rho * z.reshape(-1);
            auto dense = torch::linalg::solve(lhs, rhs, true);
            EXPECT_TRUE(torch::allclose(op->dataStep(target, z, rho).reshape(-1), dense, 1e-7, 1e-8)) << "rho " << rho;
        }
    }
}

TEST(MeasurementOperatorTest, FadingMaskGrowsFromItsCentre)
{
    // Cold Diffusion's schedule: the centre is gone from step 1, the hole only grows, and level 0 keeps everything.
    EXPECT_TRUE(torch::equal(fadingMask(0, 16, 16, 8, 8), torch::ones({1, 1, 16, 16})));
    auto previous = fadingMask(1, 32, 32, 16, 16);
    EXPECT_EQ(previous[0][0][16][16].item<float>(), 0.0f);
    EXPECT_GT(previous[0][0][16][18].item<float>(), 0.99f);
    for (int64_t t : {10, 30, 50}) {
        auto m = fadingMask(t, 32, 32, 16, 16);
        EXPECT_TRUE((m <= previous + 1e-6).all().item<bool>()) << t;
        previous = m;
    }
    // At step 50 a hole about 15 pixels across has lost more than half its brightness.
    auto row = previous[0][0][16];
    EXPECT_LT(row[16 + 7].item<float>(), 0.5f);
    EXPECT_GT(row[16 + 12].item<float>(), 0.5f);
    EXPECT_GT(previous[0][0][0][0].item<float>(), 0.99f);
}

TEST(MeasurementOperatorTest, MeasurementNoiseAndRounding)
{
    auto x = torch::zeros({4, 1, 32, 32});
    // σ_y on the 0–255 scale is 2σ_y/255 in the model frame; pool's noise is per block.
    auto blur = applyDegradation(x, spec("blur", 3, 25.5), 1);
    EXPECT_NEAR(blur.std().item<double>(), 0.2, 0.01);
    auto sr = applyDegradation(x, spec("sr", 4, 25.5), 1);
    EXPECT_NEAR(sr.std().item<double>(), 0.2, 0.02);
    EXPECT_TRUE(torch::equal(sr.narrow(2, 0, 1).narrow(3, 0, 1).expand({4, 1, 4, 4}), sr.narrow(2, 0, 4).narrow(3, 0, 4).narrow(2, 0, 4)))
        << "a 4×4 block shares its low-resolution pixel's noise";
    // --quantize: whole grey levels, within [−1, 1].
    auto s = spec("blur", 3, 12.75);
    s.measurement.quantize = true;
    auto rounded = applyDegradation(torch::rand({2, 1, 32, 32}) * 2 - 1, s, 2);
    auto levels = (rounded + 1) * 127.5;
    EXPECT_LT((levels - levels.round()).abs().max().item<double>(), 1e-4);
    EXPECT_LE(rounded.abs().max().item<double>(), 1.0 + 1e-6);
    EXPECT_NEAR(s.measurementStd(), 2.0 * std::sqrt(12.75 * 12.75 + 1.0 / 12.0) / 255.0, 1e-12);
    EXPECT_EQ(s.label(), "blur t=3 σy=12.75 8-bit");
}

TEST(MeasurementOperatorTest, RefusesWhatDoesNotFit)
{
    auto message = [](const Result<DegradationSpec>& r) { return r ? std::string() : r.error().message; };
    EXPECT_NE(message(degradationSpec("sr", 25, 3, 6)).find("--factor must be 2, 4 or 8"), std::string::npos);
    EXPECT_NE(message(degradationSpec("blur", 25, 3, 6, 0, {256, false})).find("--sigma-y must be in [0, 255]"), std::string::npos);
    EXPECT_NE(message(degradationSpec("blur", 25, 3, 6, 0, {-1, false})).find("--sigma-y"), std::string::npos);
    EXPECT_NE(message(degradationSpec("inpaint", 25, 51, 6)).find("--level must be in [1, 50]"), std::string::npos);
    EXPECT_EQ(spec("sr", 8, 0).label(), "sr ×8");
    // ×8 does not divide 36; a 32×32 mask does not fit a 32×30 image.
    EXPECT_NE(spec("sr", 8).fitsImage(36, 36).error().message.find("does not divide"), std::string::npos);
    auto masked = spec("inpaint", 50);
    masked.mask = torch::ones({1, 1, 32, 32});
    masked.maskName = "hole.png";
    EXPECT_NE(masked.fitsImage(30, 32).error().message.find("the mask hole.png is 32×32, the image 32×30"), std::string::npos);
    EXPECT_TRUE(masked.fitsImage(32, 32).ok());
}

namespace {

torch::Tensor mnistImages(int64_t n)
{
    auto data = loadIdxDataset("mnist", test::mnistDir(), Split::Test);
    EXPECT_TRUE(data.ok()) << data.error().message;
    return data->images.narrow(0, 0, n).clone();
}

} // namespace

// With the shipped MNIST DDPM: the posterior samplers' results explain the measurement (the
// data step holds), beat the input, keep their steps for scrubbing, run a colour picture
// plane by plane through the grey prior, and stop when cancelled.
TEST(PosteriorSampling, ResultsExplainTheMeasurementAndBeatTheInput)
{
    auto context = makeMethodContext("mnist", test::mnistDir(), "", torch::kCPU, 16);
    ASSERT_TRUE(context.ok()) << context.error().message;
    MethodSet methods(*context);
    const auto clean = mnistImages(4);
    const auto sr = spec("sr", 4);
    const auto degraded = applyDegradation(clean, sr, 0);
    const double inputPsnr = psnr(degraded, clean).mean().item<double>();
    auto op = MeasurementOperator::make(sr, 32, 32);
    ASSERT_TRUE(op.ok());
    for (const char* name : {"diffpir", "ddrm"}) {
        SCOPED_TRACE(name);
        auto verdict = methods.check(name, sr);
        ASSERT_TRUE(verdict.applies()) << verdict.reason;
        RestoreOptions options;
        options.posteriorSteps = 20;
        options.posteriorSamples = 1;
        options.keepStates = 4;
        auto result = verdict.method->restore(degraded, sr, options, {});
        ASSERT_TRUE(result.ok()) << result.error().message;
        EXPECT_EQ(result->nfe, 20);
        EXPECT_EQ(result->states.size(), 4u);
        EXPECT_EQ(result->stateLabels.back(), "t=1");
        const double gained = psnr(result->restored, clean).mean().item<double>() - inputPsnr;
        EXPECT_GT(gained, 1.0) << "input " << inputPsnr << " dB";
        // Noise-free: the low-resolution image of the result is the measurement, to a few grey levels.
        const double misfit = (op->apply(result->restored) - op->measurement(degraded)).abs().mean().item<double>();
        EXPECT_LT(misfit, 4.0 / 127.5) << misfit;
    }
    // Colour through a grey prior: three planes, each restored like a grey image.
    auto colour = torch::cat({clean.narrow(0, 0, 1), clean.narrow(0, 1, 1), clean.narrow(0, 2, 1)}, 1);
    RestoreOptions options;
    options.posteriorSteps = 5;
    auto planes = methods.check("diffpir", sr).method->restore(applyDegradation(colour, sr, 0), sr, options, {});
    ASSERT_TRUE(planes.ok()) << planes.error().message;
    EXPECT_EQ(planes->restored.sizes(), colour.sizes());
    // Cancelled before its first step.
    std::atomic<bool> cancel{true};
    MethodProgress progress;
    progress.cancel = &cancel;
    auto cancelled = methods.check("diffpir", sr).method->restore(degraded, sr, options, progress);
    ASSERT_FALSE(cancelled.ok());
    EXPECT_TRUE(cancelled.error().cancelled);
}

// Cold Diffusion's inpainting schedule ends exactly at the degradation the comparison made.
TEST(PosteriorSampling, ColdInpaintingScheduleEndsAtTheInput)
{
    const auto inpaint = spec("inpaint", 50);
    ColdSchedule schedule(inpaint, 0.3);
    EXPECT_EQ(schedule.steps(), 50);
    auto x0 = mnistImages(2);
    EXPECT_TRUE(torch::allclose(schedule.degrade(x0, 50), applyOperator(x0, inpaint), 1e-6, 1e-6));
    EXPECT_TRUE(torch::equal(schedule.degrade(x0, 0), x0));
}

// DDDG inpaints: the masked image's inversion, refined against the masked loss, then the data
// step. It must draw something better than the hole and give the kept pixels back.
TEST(PosteriorSampling, DddgInpaintsByTheMaskedInversion)
{
    auto context = makeMethodContext("mnist", test::mnistDir(), "", torch::kCPU, 16);
    ASSERT_TRUE(context.ok()) << context.error().message;
    MethodSet methods(*context);
    const auto clean = mnistImages(3);
    const auto inpaint = spec("inpaint", 50);
    const auto degraded = applyDegradation(clean, inpaint, 0);
    const auto kept = inpaint.inpaintWeights(32, 32);
    const double inputPsnr = psnr(degraded, clean).mean().item<double>();
    for (const char* name : {"dddg", "dddg-refine"}) {
        SCOPED_TRACE(name);
        auto verdict = methods.check(name, inpaint);
        ASSERT_TRUE(verdict.applies()) << verdict.reason;
        RestoreOptions options;
        options.keepStates = 64;
        auto result = verdict.method->restore(degraded, inpaint, options, {});
        ASSERT_TRUE(result.ok()) << result.error().message;
        EXPECT_EQ(result->stateLabels.front(), "t=0");
        EXPECT_EQ(result->stateLabels.back(), "data step");
        EXPECT_GT(psnr(result->restored, clean).mean().item<double>(), inputPsnr + 0.5);
        // Where the mask kept a pixel whole, the result is that pixel (to half a grey level).
        auto whole = kept.expand_as(clean) > 0.999;
        EXPECT_LT((result->restored - clean).abs().masked_select(whole).max().item<double>(), 1.0 / 127.5);
    }
}
