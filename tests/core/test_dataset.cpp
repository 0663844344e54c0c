// IDX reading (gzipped and raw), padding and scaling, and every malformed-file error.
#include "dataset.h"
#include "idx_reader.h"
#include "test_support.h"

#include <gtest/gtest.h>
#include <torch/torch.h>
#include <zlib.h>

#include <filesystem>

using namespace dddg;

namespace {
std::string idxBytes(uint8_t type, std::vector<uint32_t> dims, const std::vector<uint8_t>& data)
{
    std::string out{char(0), char(0), char(type), char(dims.size())};
    for (auto d : dims)
        for (int shift = 24; shift >= 0; shift -= 8) out += char((d >> shift) & 0xff);
    out.append(data.begin(), data.end());
    return out;
}

void writeGz(const std::string& path, const std::string& bytes)
{
    gzFile f = gzopen(path.c_str(), "wb");
    gzwrite(f, bytes.data(), unsigned(bytes.size()));
    gzclose(f);
}

// A 3-image, 28×28 dataset with labels 0, 1, 2 in `dir`.
void writeTinyDataset(const std::string& dir, bool gzipped)
{
    std::vector<uint8_t> pixels(3 * 28 * 28, 0);
    pixels[0] = 255;           // image 0, top-left pixel white
    pixels[28 * 28 + 5] = 51;  // image 1
    auto images = idxBytes(0x08, {3, 28, 28}, pixels), labels = idxBytes(0x08, {3}, {0, 1, 2});
    for (const char* split : {"train", "t10k"}) {
        std::string base = dir + "/" + split;
        if (gzipped) {
            writeGz(base + "-images-idx3-ubyte.gz", images);
            writeGz(base + "-labels-idx1-ubyte.gz", labels);
        } else {
            test::writeBytes(base + "-images-idx3-ubyte", images);
            test::writeBytes(base + "-labels-idx1-ubyte", labels);
        }
    }
}

void expectIdxError(const std::string& bytes, const std::string& fragment)
{
    auto path = test::tempDir("idx-bad") + "/bad-idx3-ubyte.gz";
    writeGz(path, bytes);
    auto read = readIdx(path);
    ASSERT_FALSE(read.ok());
    EXPECT_NE(read.error().message.find(path), std::string::npos) << read.error().message;
    EXPECT_NE(read.error().message.find(fragment), std::string::npos) << read.error().message;
}
} // namespace

TEST(Idx, ReadsGzippedAndRawFilesAndPads)
{
    for (bool gz : {true, false}) {
        auto dir = test::tempDir(gz ? "idx-gz" : "idx-raw");
        writeTinyDataset(dir, gz);
        auto ds = loadIdxDataset("mnist", dir, Split::Test);
        ASSERT_TRUE(ds.ok()) << ds.error().message;
        EXPECT_EQ(ds->images.sizes(), (std::vector<int64_t>{3, 1, 32, 32}));
        EXPECT_EQ(ds->numClasses, 3);
        EXPECT_TRUE(torch::equal(ds->labels, torch::tensor({0, 1, 2}, torch::kInt64)));
        // 28→32 padding of 2 pixels per side with −1; 255 → 1.0, 51 → −0.6.
        EXPECT_FLOAT_EQ(ds->images[0][0][2][2].item<float>(), 1.0f);
        EXPECT_FLOAT_EQ(ds->images[0][0][0][0].item<float>(), -1.0f);
        EXPECT_NEAR(ds->images[1][0][2][7].item<float>(), -0.6f, 1e-6);
        EXPECT_FLOAT_EQ(ds->images.min().item<float>(), -1.0f);
    }
}

TEST(Idx, MalformedFilesNameTheFile)
{
    std::vector<uint8_t> ten(10, 0);
    expectIdxError("", "empty or truncated");
    expectIdxError(std::string("\x01\x02\x08\x01", 4) + std::string(4, '\0'), "bad magic");
    expectIdxError(idxBytes(0x0d, {10}, ten), "non-ubyte");
    expectIdxError(idxBytes(0x08, {20}, ten), "truncated");
    expectIdxError(idxBytes(0x08, {5}, ten), "trailing");
    auto missing = readIdx("/nonexistent/train-images-idx3-ubyte.gz");
    ASSERT_FALSE(missing.ok());
    EXPECT_NE(missing.error().message.find("/nonexistent/train-images-idx3-ubyte.gz"), std::string::npos);
}

TEST(Idx, CountMismatchAndWrongDimensionsAreErrors)
{
    auto dir = test::tempDir("idx-mismatch");
    writeTinyDataset(dir, true);
    writeGz(dir + "/t10k-labels-idx1-ubyte.gz", idxBytes(0x08, {2}, {0, 1}));
    auto ds = loadIdxDataset("mnist", dir, Split::Test);
    ASSERT_FALSE(ds.ok());
    EXPECT_NE(ds.error().message.find("count mismatch"), std::string::npos) << ds.error().message;

    writeGz(dir + "/t10k-images-idx3-ubyte.gz", idxBytes(0x08, {2, 40, 40}, std::vector<uint8_t>(3200, 0)));
    ds = loadIdxDataset("mnist", dir, Split::Test);
    ASSERT_FALSE(ds.ok());
    EXPECT_NE(ds.error().message.find("t10k-images-idx3-ubyte.gz"), std::string::npos) << ds.error().message;
}

TEST(Dataset, RealFashionMnistAndMnistLoad)
{
    for (auto [name, dir] : {std::pair{"fashion-mnist", test::fashionMnistDir()}, std::pair{"mnist", test::mnistDir()}}) {
        if (!std::filesystem::exists(dir)) GTEST_SKIP() << dir << " missing; ./run.sh installs it";
        auto ds = loadIdxDataset(name, dir, Split::Test);
        ASSERT_TRUE(ds.ok()) << ds.error().message;
        EXPECT_EQ(ds->size(), 10000);
        EXPECT_EQ(ds->numClasses, 10);
        EXPECT_GE(ds->images.min().item<float>(), -1.0f);
        EXPECT_LE(ds->images.max().item<float>(), 1.0f);
        EXPECT_LT(ds->meanPixel(), 0.0); // mostly background
    }
}

TEST(Dataset, UnknownNamesAndMissingFoldersAreErrors)
{
    auto ds = loadDataset("cifar-1000", "", Split::Train);
    ASSERT_FALSE(ds.ok());
    EXPECT_NE(ds.error().message.find("cifar-1000"), std::string::npos);
    auto dir = resolveDataDir("mnist", "/nonexistent/data");
    ASSERT_FALSE(dir.ok());
    EXPECT_NE(dir.error().message.find("/nonexistent/data"), std::string::npos);
}
