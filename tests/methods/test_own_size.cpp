// A picture at its own size (SPEC §11): tiles cover the image and blend without seams, one
// tile is the one-pass result, a grey model runs per channel, DDDG's letterbox and DIP's
// working scale keep the aspect ratio, and image files are read at their size.
#include "comparison.h"
#include "image_file.h"
#include "method_registry.h"
#include "own_size_restoration.h"
#include "test_support.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

#include <filesystem>

using namespace dddg;

namespace {

// A restorer that returns its input (and records the shapes it was given).
struct Recorder {
    std::vector<std::vector<int64_t>> shapes;
    PlaneRestorer restorer()
    {
        return [this](const torch::Tensor& batch, const MethodProgress&) -> Result<Restoration> {
            shapes.push_back(batch.sizes().vec());
            Restoration r;
            r.restored = batch.clone();
            r.nfe = 1;
            return r;
        };
    }
};

torch::Tensor smoothImage(int64_t channels, int64_t height, int64_t width)
{
    auto y = torch::linspace(-1, 1, height).view({1, 1, height, 1});
    auto x = torch::linspace(-1, 1, width).view({1, 1, 1, width});
    auto image = 0.6 * torch::sin(2.0 * y + 1.5 * x) + 0.2 * torch::cos(3.0 * x);
    return image.expand({1, channels, height, width}).contiguous() * torch::linspace(0.7, 1.0, channels).view({1, channels, 1, 1});
}

} // namespace

TEST(OwnSize, TilesCoverEveryPixelAndTheLastIsFlush)
{
    EXPECT_EQ(tileStarts(32, 32, 8), (std::vector<int64_t>{0}));
    EXPECT_EQ(tileStarts(100, 32, 8), (std::vector<int64_t>{0, 24, 48, 68}));
    EXPECT_EQ(tileStarts(57, 32, 8), (std::vector<int64_t>{0, 24, 25}));
    const auto w = tileWindow(32, 8);
    EXPECT_GT(w.min().item<float>(), 0.0f); // a pixel only one tile covers keeps its value
    EXPECT_FLOAT_EQ(w[16][16].item<float>(), 1.0f);
    EXPECT_LT(w[0][16].item<float>(), 0.05f);
    EXPECT_TRUE(torch::allclose(w, w.t()));
}

// A real network: on an image of exactly one frame the tiled path is the one-pass result, and
// a grey model on a colour image gives each channel its own one-pass result.
TEST(OwnSize, OneTileIsTheOnePassResultAndGreyModelsRunPerChannel)
{
    auto context = makeMethodContext("fashion-mnist", "", "", torch::kCPU, 8);
    ASSERT_TRUE(bool(context)) << context.error().message;
    MethodSet methods(*context);
    DegradationSpec spec;
    spec.sigma = 25;
    const MethodVerdict dae = methods.check("dae", spec);
    ASSERT_TRUE(dae.applies()) << dae.reason;
    RestoreOptions options;
    auto restore = [&](const torch::Tensor& batch, const MethodProgress& p) { return dae.method->restore(batch, spec, options, p); };
    const auto colour = applyDegradation(smoothImage(3, 32, 32), spec, 4);
    std::string note;
    auto tiled = restoreAtOwnSize(colour, ScaleHandling::Tiles, {32, 1}, restore, {}, &note);
    ASSERT_TRUE(bool(tiled));
    auto onePass = restore(colour.transpose(0, 1).contiguous(), {});
    ASSERT_TRUE(bool(onePass));
    EXPECT_TRUE(torch::allclose(tiled->restored, onePass->restored.transpose(0, 1), 0, 1e-6));
    EXPECT_EQ(note, "per channel (grey models)");
    EXPECT_EQ(tiled->restored.sizes(), colour.sizes());
}

// Tiles that disagree (each adds its own offset) still blend into a picture without steps:
// across every tile border the jump stays a small share of the offsets' spread.
TEST(OwnSize, BlendedTilesLeaveNoSeams)
{
    int calls = 0;
    PlaneRestorer offsetPerTile = [&calls](const torch::Tensor& batch, const MethodProgress&) -> Result<Restoration> {
        Restoration r;
        r.restored = batch.clone();
        for (int64_t i = 0; i < batch.size(0); ++i) r.restored[i].add_(0.5 * double((calls + i) % 3)); // 0, 0.5 or 1.0
        calls += int(batch.size(0));
        return r;
    };
    const auto flat = torch::full({1, 1, 100, 90}, -0.5);
    std::string note;
    auto out = restoreAtOwnSize(flat, ScaleHandling::Tiles, {32, 1}, offsetPerTile, {}, &note, {7});
    ASSERT_TRUE(bool(out));
    EXPECT_EQ(note, "16 tiles of 32×32");
    const auto image = out->restored[0][0];
    const double down = (image.narrow(0, 1, 99) - image.narrow(0, 0, 99)).abs().max().item<double>();
    const double across = (image.narrow(1, 1, 89) - image.narrow(1, 0, 89)).abs().max().item<double>();
    // Stitched without blending, the steps would be 0.5 to 1.0; the sin² ramp over 8 pixels
    // spreads at most 1.0 over them, about 0.2 a pixel.
    EXPECT_LT(std::max(down, across), 0.21);
    EXPECT_GE(image.min().item<double>(), -0.5 - 1e-6);
}

TEST(OwnSize, LetterboxAndWorkingScaleKeepTheAspectRatio)
{
    Recorder frame;
    std::string note;
    const auto wide = smoothImage(3, 30, 60);
    auto boxed = restoreAtOwnSize(wide, ScaleHandling::FixedFrame, {32, 3}, frame.restorer(), {}, &note);
    ASSERT_TRUE(bool(boxed));
    ASSERT_EQ(frame.shapes.size(), 1u);
    EXPECT_EQ(frame.shapes[0], (std::vector<int64_t>{1, 3, 32, 32}));
    EXPECT_EQ(note, "at 32×16 letterboxed in its 32×32 frame, resized back");
    EXPECT_EQ(boxed->restored.sizes(), wide.sizes());
    const double error = (boxed->restored - wide).abs().mean().item<double>();
    EXPECT_LT(error, 0.03) << "an identity through the letterbox must give the picture back, not a squashed one";

    Recorder working;
    const auto photo = smoothImage(1, 200, 300);
    auto fitted = restoreAtOwnSize(photo, ScaleHandling::WorkingScale, {32, 1}, working.restorer(), {}, &note);
    ASSERT_TRUE(bool(fitted));
    EXPECT_EQ(working.shapes[0], (std::vector<int64_t>{1, 1, 96, 128})); // 128×85, padded to 16s
    EXPECT_EQ(note, "at 128×85 (working scale), resized back");
    EXPECT_EQ(fitted->restored.sizes(), photo.sizes());

    Recorder whole;
    const auto grey = smoothImage(1, 40, 50);
    auto asIs = restoreAtOwnSize(grey, ScaleHandling::Whole, {32, 3}, whole.restorer(), {}, &note);
    ASSERT_TRUE(bool(asIs));
    EXPECT_EQ(whole.shapes[0], (std::vector<int64_t>{1, 1, 40, 50}));
    EXPECT_TRUE(torch::equal(asIs->restored, grey));

    Recorder colourModel; // a grey picture through a colour model: three equal channels, averaged back
    auto averaged = restoreAtOwnSize(grey, ScaleHandling::Tiles, {32, 3}, colourModel.restorer(), {}, &note);
    ASSERT_TRUE(bool(averaged));
    EXPECT_EQ(colourModel.shapes[0][1], 3);
    EXPECT_TRUE(torch::allclose(averaged->restored, grey, 0, 1e-6));
}

TEST(OwnSize, FilesAreReadAtTheirSizeAndColour)
{
    const std::string dir = test::tempDir("own-size");
    std::vector<uint8_t> pixels(50 * 40 * 3);
    for (size_t i = 0; i < pixels.size(); ++i) pixels[i] = uint8_t((i * 7) % 251);
    test::writeBytes(dir + "/c.png", encodePng(pixels.data(), 50, 40, 3));
    auto image = readImageAtOwnSize(dir + "/c.png");
    ASSERT_TRUE(bool(image)) << image.error().message;
    EXPECT_EQ(image->sizes(), (std::vector<int64_t>{1, 3, 40, 50}));
    EXPECT_NEAR(image->index({0, 1, 0, 0}).item<double>(), double(pixels[1]) / 127.5 - 1.0, 1e-6); // RGB order kept
    // A header over 16 megapixels is refused before anything is decoded.
    std::string big("\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR\0\0\x13\x88\0\0\x0f\xa0\x08\x02\0\0\0\0\0\0\0", 33);
    test::writeBytes(dir + "/big.png", big);
    auto refused = readImageAtOwnSize(dir + "/big.png");
    ASSERT_FALSE(bool(refused));
    EXPECT_NE(refused.error().message.find("16 megapixels"), std::string::npos) << refused.error().message;
    std::filesystem::remove_all(dir);
}

// A mask or a pool grid belongs to the whole picture: the tiled and shrunk families are n/a on
// an own-size picture before anything runs (they failed after a wait before), the whole-image
// ones run.
TEST(OwnSize, MaskAndGridRowsOfTiledMethodsAreNotApplicable)
{
    auto made = [](const std::string& kind, int64_t level) { return *degradationSpec(kind, 25, level, 6, 0, {}); };
    EXPECT_EQ(ownSizeLimit("dae", made("noise", 3)), "");
    EXPECT_EQ(ownSizeLimit("wiener", made("sr", 4)), "");
    EXPECT_EQ(ownSizeLimit("inpaint-telea", made("inpaint", 50)), "");
    EXPECT_NE(ownSizeLimit("cold-tacos", made("sr", 4)).find("only in the models' frame"), std::string::npos);
    EXPECT_NE(ownSizeLimit("dip", made("inpaint", 50)).find("only in the models' frame"), std::string::npos);

    auto context = makeMethodContext("mnist", test::mnistDir(), "", torch::kCPU, 8);
    ASSERT_TRUE(context.ok()) << context.error().message;
    MethodSet methods(*context);
    ComparisonSettings settings;
    settings.spec = made("inpaint", 40);
    settings.methods = {"cold-tacos", "inpaint-telea"};
    settings.frame = {32, 1};
    const auto clean = smoothImage(1, 40, 56);
    auto rows = runComparison(clean, applyDegradation(clean, settings.spec, 0), settings, methods);
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[1].status, RowStatus::NotApplicable);
    EXPECT_NE(rows[1].note.find("inpaints only in the models' frame"), std::string::npos) << rows[1].note;
    EXPECT_EQ(rows[2].status, RowStatus::Ok) << rows[2].note;
}
