// Flat JSON, PNG output, image input and the Python-readable tensor export.
#include "flat_json.h"
#include "image_file.h"
#include "image_folder.h"
#include "image_grid.h"
#include "tensor_export.h"
#include "test_support.h"
#include "trajectory.h"

#include <gtest/gtest.h>
#include <fstream>
#include <torch/torch.h>

#include <filesystem>

#ifdef DDDG_HAVE_OPENCV
#include <opencv2/imgcodecs.hpp>
#endif

using namespace dddg;

TEST(FlatJson, RoundTripAndKeyOrder)
{
    FlatJson json;
    json.set("step", 12);
    json.set("loss", 0.25);
    json.set("name", std::string("a \"quoted\"\nline"));
    json.set("flag", true);
    json.setNull("fid");
    auto text = json.dump({"step", "loss"});
    EXPECT_EQ(text.rfind("{\"step\":12,\"loss\":0.25,", 0), 0u) << text;
    auto back = FlatJson::parse(text);
    ASSERT_TRUE(back.ok()) << back.error().message;
    EXPECT_EQ(back->number("step", 0), 12);
    EXPECT_EQ(back->string("name", ""), "a \"quoted\"\nline");
    EXPECT_TRUE(back->boolean("flag", false));
    EXPECT_TRUE(back->has("fid"));
    EXPECT_EQ(back->number("fid", -1), -1);
}

TEST(FlatJson, MalformedTextIsAnError)
{
    // Found by fuzz_metrics: 2e308 parsed as inf and was written back as null. Numbers that are
    // not finite JSON numbers (and strtod's extras: inf, nan, hex) are malformed.
    for (const char* bad : {"", "{", "{\"a\":}", "{\"a\":1,}", "{\"a\":1} x", "[1,2]", "{\"a\" 1}", "{\"a\":2e308}",
                            "{\"a\":inf}", "{\"a\":nan}", "{\"a\":0x10}", "{\"a\":+1}"})
        EXPECT_FALSE(FlatJson::parse(bad).ok()) << bad;
    FlatJson nan;
    nan.set("x", std::nan(""));
    EXPECT_EQ(nan.dump(), "{\"x\":null}");
}

TEST(Png, EncodesAValidFileThatDecodesToThePixels)
{
    auto image = torch::linspace(-1, 1, 6 * 5).view({1, 6, 5});
    auto path = test::tempDir("png") + "/ramp.png";
    ASSERT_TRUE(writePng(path, image).ok());
    auto bytes = test::readBytes(path);
    EXPECT_EQ(bytes.substr(0, 8), std::string("\x89PNG\r\n\x1a\n", 8));
#ifdef DDDG_HAVE_OPENCV
    cv::Mat decoded = cv::imread(path, cv::IMREAD_UNCHANGED);
    ASSERT_FALSE(decoded.empty());
    EXPECT_EQ(decoded.rows, 6);
    EXPECT_EQ(decoded.cols, 5);
    auto expected = image.add(1).mul(127.5).round().to(torch::kUInt8).view({6, 5});
    for (int y = 0; y < 6; ++y)
        for (int x = 0; x < 5; ++x) EXPECT_EQ(decoded.at<uint8_t>(y, x), expected[y][x].item<uint8_t>());
    // RGB: channel order kept (OpenCV decodes to BGR).
    auto rgb = torch::stack({torch::full({4, 3}, -1.0), torch::zeros({4, 3}), torch::ones({4, 3})});
    ASSERT_TRUE(writePng(path, rgb).ok());
    cv::Mat colour = cv::imread(path, cv::IMREAD_UNCHANGED);
    ASSERT_EQ(colour.type(), CV_8UC3);
    EXPECT_EQ(colour.at<cv::Vec3b>(2, 1), cv::Vec3b(255, 128, 0));
#endif
    EXPECT_FALSE(writePng("/nonexistent/dir/x.png", image).ok());
}

TEST(ImageGrid, TilesRowsWithGapsAndZoom)
{
    auto row = torch::ones({3, 1, 4, 4});
    auto grid = tileRows({row, row.narrow(0, 0, 2)}, 1, 2);
    EXPECT_EQ(grid.sizes(), (std::vector<int64_t>{1, (2 * 5 + 1) * 2, (3 * 5 + 1) * 2}));
    EXPECT_EQ(grid[0][2][2].item<float>(), 1.0f);
    EXPECT_EQ(grid[0][0][0].item<float>(), 0.0f);
}

#ifdef DDDG_HAVE_OPENCV
TEST(ImageFile, ReadsPadsAndRejectsBadFiles)
{
    auto dir = test::tempDir("images");
    cv::Mat digit(28, 28, CV_8UC1, cv::Scalar(0));
    digit.at<uint8_t>(0, 0) = 255;
    cv::imwrite(dir + "/a.png", digit);
    auto x = readImageFile(dir + "/a.png");
    ASSERT_TRUE(x.ok()) << x.error().message;
    EXPECT_EQ(x->sizes(), (std::vector<int64_t>{1, 1, 32, 32}));
    EXPECT_FLOAT_EQ((*x)[0][0][2][2].item<float>(), 1.0f); // 28×28 is padded like MNIST
    cv::imwrite(dir + "/b.png", cv::Mat(64, 48, CV_8UC3, cv::Scalar(10, 20, 30)));
    auto rgb = readImageFile(dir + "/b.png", 32, 3);
    ASSERT_TRUE(rgb.ok());
    EXPECT_EQ(rgb->sizes(), (std::vector<int64_t>{1, 3, 32, 32}));
    EXPECT_NEAR((*rgb)[0][0][5][5].item<float>(), 30 / 127.5 - 1, 1e-5); // BGR → RGB

    test::writeBytes(dir + "/broken.png", "\x89PNG\r\n\x1a\n garbage");
    auto broken = readImageFile(dir + "/broken.png");
    ASSERT_FALSE(broken.ok());
    EXPECT_NE(broken.error().message.find("broken.png"), std::string::npos);
    EXPECT_FALSE(readImageFile(dir + "/missing.png").ok());

    auto folder = loadImageFolder(dir, Frame{1, 32});
    ASSERT_TRUE(folder.ok()) << folder.error().message; // broken.png is skipped, counted and named
    EXPECT_EQ(folder->size(), 2);
    ASSERT_EQ(folder->notes.size(), 1u);
    EXPECT_NE(folder->notes[0].find("1 file skipped (first: "), std::string::npos) << folder->notes[0];
    EXPECT_NE(folder->notes[0].find("broken.png"), std::string::npos) << folder->notes[0];
    std::filesystem::remove(dir + "/broken.png");
    folder = loadImageFolder(dir, Frame{1, 32});
    ASSERT_TRUE(folder.ok()) << folder.error().message;
    EXPECT_EQ(folder->size(), 2);
    EXPECT_TRUE(folder->notes.empty());
}
#endif

TEST(ImageFile, EveryKindOfPngAndBmpReachesTheFrameWithANote)
{
    if (!canReadImages()) GTEST_SKIP() << "no OpenCV in this build";
    for (const char* name : {"rgb28.png", "palette.png", "grey16.png", "rgba.png", "grey-alpha.png", "rgb.bmp", "plain.pgm", "cmyk.jpg"}) {
        const std::string path = std::string(DDDG_IMAGE_SEEDS) + "/" + name;
        auto image = readImageFile(path, 32, 1);
        ASSERT_TRUE(image.ok()) << name << ": " << image.error().message;
        EXPECT_EQ(image->sizes(), torch::IntArrayRef({1, 1, 32, 32})) << name;
        EXPECT_GE(image->min().item<float>(), -1.0f) << name;
        EXPECT_LE(image->max().item<float>(), 1.0f) << name;
        EXPECT_GT(image->std().item<float>(), 0.01f) << name; // the picture survived, not a blank frame
        EXPECT_FALSE(imageFrameNote(path).empty()) << name;
    }
}

TEST(TensorExport, DictsWrittenByPythonLoad)
{
    // One key: Python pickles it with SETITEM, which LibTorch's unpickler lacks on its own.
    auto one = loadTensorDict(std::string(DDDG_TEST_DATA) + "/python/one-key.pt");
    ASSERT_TRUE(one.ok()) << one.error().message;
    ASSERT_EQ(one->size(), 1u);
    EXPECT_TRUE(torch::equal((*one)["z"], torch::arange(12.0, torch::kFloat32).reshape({3, 4})));
    auto three = loadTensorDict(std::string(DDDG_TEST_DATA) + "/python/three-keys.pt");
    ASSERT_TRUE(three.ok()) << three.error().message;
    ASSERT_EQ(three->size(), 3u);
    EXPECT_TRUE(torch::equal((*three)["b"], torch::ones({2, 2})));
    EXPECT_TRUE(torch::equal((*three)["images"], torch::full({2, 1, 4, 4}, 0.5)));
    // Bytes that are not a tensor file stay an error, not a crash.
    auto path = test::tempDir("python-bad") + "/bad.pt";
    std::string bytes = test::readBytes(std::string(DDDG_TEST_DATA) + "/python/one-key.pt");
    bytes.resize(bytes.size() / 2);
    std::ofstream(path, std::ios::binary) << bytes;
    EXPECT_FALSE(loadTensorDict(path).ok());
}

TEST(TensorExport, TrajectoryRoundTripsThroughPickle)
{
    torch::manual_seed(18);
    DddgModel model(test::tinyConfig(DegradationKind::Blur, 6, 3));
    auto tr = sample(model, 2, 3, torch::tensor({0, 2}, torch::kInt64));
    auto path = test::tempDir("export") + "/trajectory.pt";
    ASSERT_TRUE(saveTensorDict(path, trajectoryTensors(tr)).ok());
    auto back = loadTensorDict(path);
    ASSERT_TRUE(back.ok()) << back.error().message;
    EXPECT_TRUE(torch::equal((*back)["x_prime"], tr.xPrime));
    EXPECT_TRUE(torch::equal((*back)["x_norm"], tr.xNorm));
    EXPECT_TRUE(torch::equal((*back)["z"], tr.z));
    EXPECT_TRUE(torch::equal((*back)["scale"], tr.scale));
    EXPECT_TRUE(torch::equal((*back)["labels"], tr.labels));
    // The zip container that Python's torch.load expects.
    EXPECT_EQ(test::readBytes(path).substr(0, 2), "PK");

    test::writeBytes(path, "not a pickle");
    EXPECT_FALSE(loadTensorDict(path).ok());
}
