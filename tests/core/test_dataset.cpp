// IDX reading (gzipped and raw), padding and scaling, and every malformed-file error.
#include "dataset.h"
#include "idx_reader.h"
#include "known_datasets.h"
#include "sha256.h"
#include "test_support.h"

#include <gtest/gtest.h>
#include <torch/torch.h>
#include <zlib.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>

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

namespace {
// "HASH  NAME" lines of a sha256sum file.
std::map<std::string, std::string> readSums(const std::string& path)
{
    std::map<std::string, std::string> sums;
    std::ifstream in(path);
    std::string hash, name;
    while (in >> hash >> name) sums[name] = hash;
    return sums;
}

using test::ScopedEnv;
} // namespace

TEST(Sha256, MatchesPublishedTestVectors)
{
    EXPECT_EQ(sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    EXPECT_EQ(sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    Sha256 pieces; // fed in two parts: the same digest as in one
    pieces.update("ab", 2);
    pieces.update("c", 1);
    EXPECT_EQ(pieces.hexDigest(), sha256Hex("abc"));
}

TEST(Dataset, ShippedMnistMatchesItsChecksumFiles)
{
    const std::string dir = test::mnistDir();
    auto gzSums = readSums(dir + "/SHA256SUMS"), idxSums = readSums(dir + "/SHA256SUMS.uncompressed");
    ASSERT_EQ(gzSums.size(), 4u);
    ASSERT_EQ(idxSums.size(), 4u);
    for (const auto& [name, hash] : gzSums) EXPECT_EQ(sha256Hex(test::readBytes(dir + "/" + name)), hash) << name;
    int mnistEntries = 0;
    for (const auto& known : knownIdxFiles()) {
        if (known.dataset != "mnist") continue;
        ++mnistEntries;
        EXPECT_EQ(idxSums[known.stem], known.sha256) << known.stem;
        auto array = readIdx(dir + "/" + known.stem + ".gz"); // the reader's running digest
        ASSERT_TRUE(array.ok()) << array.error().message;
        EXPECT_EQ(array->sha256, known.sha256) << known.stem;
        EXPECT_EQ(array->dims[0], known.count);
    }
    EXPECT_EQ(mnistEntries, 4);
}

TEST(Dataset, ModifiedCopyOfAPublishedFileIsRefused)
{
    // A file that claims to be MNIST's test split (10 000 images) but is not the published one.
    auto dir = test::tempDir("idx-modified");
    std::vector<uint8_t> pixels(size_t(10000) * 28 * 28, 0);
    test::writeBytes(dir + "/t10k-images-idx3-ubyte", idxBytes(0x08, {10000, 28, 28}, pixels));
    test::writeBytes(dir + "/t10k-labels-idx1-ubyte", idxBytes(0x08, {10000}, std::vector<uint8_t>(10000, 1)));
    auto ds = loadIdxDataset("mnist", dir, Split::Test);
    ASSERT_FALSE(ds.ok());
    EXPECT_NE(ds.error().message.find(dir + "/t10k-images-idx3-ubyte"), std::string::npos) << ds.error().message;
    EXPECT_NE(ds.error().message.find("SHA-256"), std::string::npos) << ds.error().message;
    EXPECT_EQ(ds.error().message.find('\n'), std::string::npos);

    // One flipped label in an otherwise exact copy of the published labels.
    auto labels = readIdx(test::mnistDir() + "/t10k-labels-idx1-ubyte.gz");
    ASSERT_TRUE(labels.ok());
    labels->data[100] = uint8_t((labels->data[100] + 1) % 10);
    test::writeBytes(dir + "/t10k-labels-idx1-ubyte", idxBytes(0x08, {10000}, labels->data));
    auto images = readIdx(test::mnistDir() + "/t10k-images-idx3-ubyte.gz");
    ASSERT_TRUE(images.ok());
    test::writeBytes(dir + "/t10k-images-idx3-ubyte", idxBytes(0x08, {10000, 28, 28}, images->data));
    ds = loadIdxDataset("mnist", dir, Split::Test);
    ASSERT_FALSE(ds.ok());
    EXPECT_NE(ds.error().message.find("t10k-labels-idx1-ubyte"), std::string::npos) << ds.error().message;

    // Fashion-MNIST's published files are not MNIST's: under the wrong name they are refused too.
    if (std::filesystem::exists(test::fashionMnistDir())) {
        auto wrongName = loadIdxDataset("mnist", test::fashionMnistDir(), Split::Test);
        ASSERT_FALSE(wrongName.ok());
        EXPECT_NE(wrongName.error().message.find("is fashion-mnist's t10k-images-idx3-ubyte, not mnist's"), std::string::npos)
            << wrongName.error().message;
    }
}

TEST(Dataset, TruncatedShippedFileIsOneClearError)
{
    auto dir = test::tempDir("idx-truncated");
    auto bytes = test::readBytes(test::mnistDir() + "/t10k-images-idx3-ubyte.gz");
    test::writeBytes(dir + "/t10k-images-idx3-ubyte.gz", bytes.substr(0, bytes.size() / 2));
    std::filesystem::copy_file(test::mnistDir() + "/t10k-labels-idx1-ubyte.gz", dir + "/t10k-labels-idx1-ubyte.gz");
    auto ds = loadIdxDataset("mnist", dir, Split::Test);
    ASSERT_FALSE(ds.ok());
    EXPECT_NE(ds.error().message.find(dir + "/t10k-images-idx3-ubyte.gz"), std::string::npos) << ds.error().message;
    EXPECT_NE(ds.error().message.find("truncated"), std::string::npos) << ds.error().message;
}

TEST(Dataset, SearchPathIsDocumentedOrderAndStaysInsideTheProject)
{
    ScopedEnv data("DDDG_DATA_DIR", "/data/sets"), xdg("XDG_DATA_HOME", "/home/u/.xdg");
    for (const std::string name : {"mnist", "fashion-mnist"}) {
        auto path = datasetSearchPath(name);
        ASSERT_GE(path.size(), 4u);
        EXPECT_EQ(path[0], "/data/sets/" + name);
        EXPECT_EQ(path[1], "/home/u/.xdg/dddg-explorer/data/" + name);
        EXPECT_NE(path[2].find("share/dddg-explorer/data/" + name), std::string::npos) << path[2];
        // The tests run from the build folder, so the source tree comes last.
        EXPECT_EQ(path.back(), (std::filesystem::path(DDDG_SOURCE_DIR) / "data" / name).lexically_normal().string());
        for (const auto& dir : path) EXPECT_EQ(dir.find("shared"), std::string::npos) << dir;
    }
    auto fashion = datasetSearchPath("fashion-mnist");
    EXPECT_EQ(fashion[fashion.size() - 2], "/usr/share/datasets/fashion-mnist");
    EXPECT_EQ(datasetSearchPath("mnist").size(), 4u);
}

TEST(Dataset, MnistIsFoundWithoutADataDir)
{
    ScopedEnv data("DDDG_DATA_DIR", test::tempDir("empty-data-dir")), xdg("XDG_DATA_HOME", test::tempDir("empty-xdg"));
    auto dir = resolveDataDir("mnist", "");
    ASSERT_TRUE(dir.ok()) << dir.error().message;
    EXPECT_EQ(std::filesystem::weakly_canonical(*dir), std::filesystem::weakly_canonical(test::mnistDir()));
    auto ds = loadIdxDataset("mnist", "", Split::Test);
    ASSERT_TRUE(ds.ok()) << ds.error().message;
    EXPECT_EQ(ds->size(), 10000);
    EXPECT_EQ(ds->labels[0].item<int64_t>(), 7); // MNIST's first test digit is a 7
}

TEST(Dataset, UserDataFolderComesBeforeTheSourceTree)
{
    // A copy under the user's data folder wins over the source tree, and an empty one is skipped.
    auto xdgRoot = test::tempDir("xdg-with-copy");
    std::filesystem::create_directories(xdgRoot + "/dddg-explorer/data/mnist");
    ScopedEnv data("DDDG_DATA_DIR", "/nonexistent/sets"), xdg("XDG_DATA_HOME", xdgRoot);
    auto dir = resolveDataDir("mnist", "");
    ASSERT_TRUE(dir.ok());
    EXPECT_NE(*dir, xdgRoot + "/dddg-explorer/data/mnist"); // empty: skipped
    std::filesystem::copy_file(test::mnistDir() + "/t10k-images-idx3-ubyte.gz", xdgRoot + "/dddg-explorer/data/mnist/t10k-images-idx3-ubyte.gz");
    dir = resolveDataDir("mnist", "");
    ASSERT_TRUE(dir.ok());
    EXPECT_EQ(*dir, xdgRoot + "/dddg-explorer/data/mnist");
}
