// Image folders, CIFAR-10 binary and frames (SPEC §10): the layout rules, the split, the
// centre crop, bad files, link loops and the cache, each checked on files written here.
#include "cifar10.h"
#include "dataset.h"
#include "folder_cache.h"
#include "folder_scan.h"
#include "image_file.h"
#include "image_folder.h"
#include "image_header.h"
#include "test_support.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

#include <filesystem>
#include <fstream>

#ifdef DDDG_HAVE_OPENCV
#include <opencv2/imgcodecs.hpp>
#endif

using namespace dddg;
namespace fs = std::filesystem;

namespace {

/// A byte in [−1, 1] as the loaders scale it.
float scaled(int byte) { return float(byte) / 127.5f - 1.0f; }

#ifdef DDDG_HAVE_OPENCV
/// A grey PNG whose every pixel is `value` (its identity in the tests below).
void writeGrey(const fs::path& path, int value, int width = 20, int height = 20)
{
    fs::create_directories(path.parent_path());
    cv::imwrite(path.string(), cv::Mat(height, width, CV_8UC1, cv::Scalar(value)));
}
#endif

/// A PNG signature and an IHDR chunk that declares `width`×`height`, and nothing else.
std::string pngHeaderOnly(uint32_t width, uint32_t height)
{
    std::string bytes("\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR", 16);
    for (uint32_t v : {width, height})
        for (int shift = 24; shift >= 0; shift -= 8) bytes.push_back(char((v >> shift) & 0xFF));
    bytes += std::string("\x08\x02\0\0\0\0\0\0\0", 9); // 8-bit RGB; a CRC that is never checked
    return bytes;
}

} // namespace

TEST(ImageHeader, ReadsTheSizeOfEveryFormatWithoutDecoding)
{
    const std::string seeds = DDDG_IMAGE_SEEDS;
    auto png = readImageHeader(seeds + "/rgb28.png");
    ASSERT_TRUE(png.ok()) << png.error().message;
    EXPECT_EQ(png->format, "PNG");
    EXPECT_EQ(png->width, 28);
    EXPECT_EQ(png->height, 28);
    for (const char* name : {"rgb.bmp", "plain.pgm", "cmyk.jpg", "palette.png", "grey16.png"}) {
        auto header = readImageHeader(seeds + "/" + name);
        ASSERT_TRUE(header.ok()) << name << ": " << header.error().message;
        EXPECT_GT(header->width, 0) << name;
        EXPECT_GT(header->height, 0) << name;
    }
    auto jpeg = readImageHeader(seeds + "/cmyk.jpg");
    ASSERT_TRUE(jpeg.ok());
    EXPECT_EQ(jpeg->width, 24);
    EXPECT_EQ(jpeg->height, 16);

    const auto dir = test::tempDir("headers");
    test::writeBytes(dir + "/huge.png", pngHeaderOnly(30000, 30000));
    auto huge = readImageHeader(dir + "/huge.png");
    ASSERT_TRUE(huge.ok());
    EXPECT_EQ(huge->width * huge->height, int64_t(900000000));
    test::writeBytes(dir + "/empty.png", "");
    EXPECT_FALSE(readImageHeader(dir + "/empty.png").ok());
    test::writeBytes(dir + "/text.png", "hello, not an image");
    EXPECT_FALSE(readImageHeader(dir + "/text.png").ok());
    test::writeBytes(dir + "/cut.jpg", std::string("\xff\xd8\xff\xe0\x00\x10JFIF", 10));
    EXPECT_FALSE(readImageHeader(dir + "/cut.jpg").ok());
}

#ifdef DDDG_HAVE_OPENCV
TEST(ImageFile, AHugeHeaderIsRefusedBeforeDecoding)
{
    const auto dir = test::tempDir("huge");
    test::writeBytes(dir + "/huge.png", pngHeaderOnly(30000, 30000));
    auto image = readImageFile(dir + "/huge.png", 32, 3);
    ASSERT_FALSE(image.ok());
    EXPECT_NE(image.error().message.find("30000×30000"), std::string::npos) << image.error().message;
    EXPECT_NE(image.error().message.find("64 megapixels"), std::string::npos) << image.error().message;
}

TEST(ImageFile, CentreCropAlphaOverWhiteAndLuma)
{
    const auto dir = test::tempDir("crop");
    // 64×32: a red left quarter, a green middle half, a blue right quarter (BGR in OpenCV).
    cv::Mat wide(32, 64, CV_8UC3, cv::Scalar(0, 255, 0));
    wide(cv::Rect(0, 0, 16, 32)).setTo(cv::Scalar(0, 0, 255));
    wide(cv::Rect(48, 0, 16, 32)).setTo(cv::Scalar(255, 0, 0));
    cv::imwrite(dir + "/wide.png", wide);
    auto crop = readImageFile(dir + "/wide.png", 16, 3);
    ASSERT_TRUE(crop.ok()) << crop.error().message;
    ASSERT_EQ(crop->sizes(), torch::IntArrayRef({1, 3, 16, 16}));
    // The shorter side 32 → 16 makes it 32×16; the centre 16×16 is the green half only.
    EXPECT_TRUE(torch::allclose((*crop)[0][1], torch::full({16, 16}, 1.0f)));
    EXPECT_TRUE(torch::allclose((*crop)[0][0], torch::full({16, 16}, -1.0f)));
    EXPECT_NE(imageFrameNote(dir + "/wide.png", 16, 3).find("centre crop"), std::string::npos);

    cv::Mat rgba(16, 16, CV_8UC4, cv::Scalar(0, 0, 255, 255));
    rgba(cv::Rect(0, 0, 8, 16)).setTo(cv::Scalar(0, 0, 0, 0)); // left half fully transparent
    cv::imwrite(dir + "/rgba.png", rgba);
    auto composited = readImageFile(dir + "/rgba.png", 16, 3);
    ASSERT_TRUE(composited.ok());
    EXPECT_FLOAT_EQ((*composited)[0][1][4][2].item<float>(), 1.0f);  // transparent → white
    EXPECT_FLOAT_EQ((*composited)[0][0][4][12].item<float>(), 1.0f); // opaque red stays red
    EXPECT_FLOAT_EQ((*composited)[0][1][4][12].item<float>(), -1.0f);
    auto luma = readImageFile(dir + "/rgba.png", 16, 1);
    ASSERT_TRUE(luma.ok());
    EXPECT_NEAR((*luma)[0][0][4][12].item<float>(), scaled(76), 1e-6); // 0.299 · 255 → 76 (ITU-R 601)

    cv::imwrite(dir + "/small.png", cv::Mat(8, 8, CV_8UC1, cv::Scalar(200)));
    auto enlarged = readImageFile(dir + "/small.png", 16, 1);
    ASSERT_TRUE(enlarged.ok());
    EXPECT_TRUE(torch::allclose(*enlarged, torch::full({1, 1, 16, 16}, scaled(200)), 1e-5, 1e-5)); // cubic keeps a flat image flat
}

TEST(ImageFolder, ClassesAreSubfoldersInByteOrderAndEveryTenthFileIsHeldOut)
{
    test::ScopedEnv cache("XDG_CACHE_HOME", test::tempDir("cache-layout"));
    const fs::path root = test::tempDir("layout");
    for (int i = 0; i < 12; ++i) writeGrey(root / "b" / (i < 6 ? "" : "deeper") / ("img" + std::to_string(10 + i) + ".png"), 10 + i);
    for (int i = 0; i < 3; ++i) writeGrey(root / "B" / ("x" + std::to_string(i) + ".png"), 100 + i);
    writeGrey(root / "loose.png", 250); // beside class folders: not a class, not loaded
    fs::create_directories(root / "empty");
    test::writeBytes((root / "b" / "notes.txt").string(), "not an image");

    auto listing = scanImageFolder(root.string());
    ASSERT_TRUE(listing.ok()) << listing.error().message;
    EXPECT_EQ(listing->classes, (std::vector<std::string>{"B", "b"})); // 'B' < 'b' in bytes; empty/ has no images
    ASSERT_EQ(listing->files.size(), 15u);

    auto train = loadImageFolder(root.string(), Frame{1, 16}, Split::Train);
    auto test = loadImageFolder(root.string(), Frame{1, 16}, Split::Test);
    auto all = loadImageFolder(root.string(), Frame{1, 16});
    ASSERT_TRUE(train.ok() && test.ok() && all.ok());
    EXPECT_EQ(all->size(), 15);
    ASSERT_EQ(test->size(), 1); // b's 10th file in sorted order; B has only 3
    EXPECT_EQ(train->size(), 14);
    EXPECT_EQ(test->labels[0].item<int64_t>(), 1);
    // As torchvision walks: b's own files (img10…img15), then deeper/ (img16…img21); the 10th is img19.
    EXPECT_NEAR(test->images[0][0][0][0].item<float>(), scaled(19), 1e-6);
    EXPECT_EQ(train->numClasses, 2);
    EXPECT_EQ(train->classes, (std::vector<std::string>{"B", "b"}));
    for (int64_t k = 0; k < train->size(); ++k) // a held-out image never reaches training
        EXPECT_FALSE(torch::equal(train->images[k], test->images[0]));
    EXPECT_TRUE(train->flipsInTraining);
}

TEST(ImageFolder, TrainAndTestFoldersGiveTheSplitAndAPlainFolderIsUnlabelled)
{
    test::ScopedEnv cache("XDG_CACHE_HOME", test::tempDir("cache-split"));
    const fs::path root = test::tempDir("split");
    writeGrey(root / "train" / "cat" / "a.png", 1);
    writeGrey(root / "train" / "dog" / "a.png", 2);
    writeGrey(root / "train" / "dog" / "b.png", 3);
    writeGrey(root / "test" / "dog" / "c.png", 4);
    auto train = loadImageFolder(root.string(), Frame{1, 16}, Split::Train);
    auto test = loadImageFolder(root.string(), Frame{1, 16}, Split::Test);
    ASSERT_TRUE(train.ok() && test.ok());
    EXPECT_EQ(train->size(), 3);
    ASSERT_EQ(test->size(), 1);
    EXPECT_EQ(test->labels[0].item<int64_t>(), 1); // "dog" is class 1 in both splits
    EXPECT_EQ(test->classes, (std::vector<std::string>{"cat", "dog"}));

    const fs::path plain = test::tempDir("plain");
    for (int i = 0; i < 4; ++i) writeGrey(plain / ("p" + std::to_string(i) + ".png"), 50 + i);
    auto unlabelled = loadImageFolder(plain.string(), Frame{3, 16}, Split::Train);
    ASSERT_TRUE(unlabelled.ok());
    EXPECT_FALSE(unlabelled->labels.defined());
    EXPECT_EQ(unlabelled->frame(), (Frame{3, 16}));
    auto noTest = loadImageFolder(plain.string(), Frame{3, 16}, Split::Test);
    ASSERT_FALSE(noTest.ok()); // four files: no 10th, and the message says so
    EXPECT_NE(noTest.error().message.find("every 10th file"), std::string::npos) << noTest.error().message;
}

TEST(ImageFolder, BadFilesAreSkippedAndCountedAndNothingUsableIsAnError)
{
    test::ScopedEnv cache("XDG_CACHE_HOME", test::tempDir("cache-bad"));
    const fs::path root = test::tempDir("bad");
    writeGrey(root / "c.png", 80);
    test::writeBytes((root / "a-empty.png").string(), "");
    test::writeBytes((root / "b-text.jpg").string(), "just text, not a JPEG");
    test::writeBytes((root / "d-huge.png").string(), pngHeaderOnly(30000, 30000));
    std::string truncated = test::readBytes((fs::path(DDDG_IMAGE_SEEDS) / "rgb28.png").string());
    test::writeBytes((root / "e-cut.png").string(), truncated.substr(0, truncated.size() / 2));
    auto loaded = loadImageFolder(root.string(), Frame{1, 16});
    ASSERT_TRUE(loaded.ok()) << loaded.error().message;
    EXPECT_EQ(loaded->size(), 1);
    ASSERT_EQ(loaded->notes.size(), 1u);
    EXPECT_NE(loaded->notes[0].find("4 files skipped (first: "), std::string::npos) << loaded->notes[0];
    EXPECT_NE(loaded->notes[0].find("a-empty.png"), std::string::npos) << loaded->notes[0];

    fs::remove(root / "c.png");
    auto nothing = loadImageFolder(root.string(), Frame{1, 16});
    ASSERT_FALSE(nothing.ok());
    EXPECT_NE(nothing.error().message.find("none of its 4 image files"), std::string::npos) << nothing.error().message;
    EXPECT_EQ(nothing.error().message.find('\n'), std::string::npos);
}

TEST(ImageFolder, LinkLoopsEndAndLinkedFilesAreFollowed)
{
    test::ScopedEnv cache("XDG_CACHE_HOME", test::tempDir("cache-loop"));
    const fs::path root = test::tempDir("loop");
    writeGrey(root / "a" / "one.png", 1);
    writeGrey(root / "a" / "inner" / "two.png", 2);
    fs::create_directory_symlink(root / "a", root / "a" / "inner" / "back"); // a → inner → back → a …
    fs::create_directory_symlink(root, root / "a" / "root");
    auto loaded = loadImageFolder(root.string(), Frame{1, 16});
    ASSERT_TRUE(loaded.ok()) << loaded.error().message;
    EXPECT_EQ(loaded->size(), 2);
}

TEST(ImageFolder, TheSecondLoadComesFromTheCacheUntilAFileChanges)
{
    const std::string cacheRoot = test::tempDir("cache-hit");
    test::ScopedEnv cache("XDG_CACHE_HOME", cacheRoot);
    const fs::path root = test::tempDir("cached");
    for (int i = 0; i < 3; ++i) writeGrey(root / ("f" + std::to_string(i) + ".png"), 20 * i);
    auto first = loadImageFolder(root.string(), Frame{3, 16});
    ASSERT_TRUE(first.ok());
    EXPECT_EQ(std::distance(fs::directory_iterator(fs::path(cacheRoot) / "dddg-explorer" / "folders"), fs::directory_iterator()), 1);

    // Same size and time, other pixels: only a cache can still give the old ones.
    const fs::path f1 = root / "f1.png";
    const auto time = fs::last_write_time(f1);
    const auto size = fs::file_size(f1);
    writeGrey(f1, 21);
    ASSERT_EQ(fs::file_size(f1), size);
    fs::last_write_time(f1, time);
    auto second = loadImageFolder(root.string(), Frame{3, 16});
    ASSERT_TRUE(second.ok());
    EXPECT_TRUE(torch::equal(first->images, second->images));

    fs::last_write_time(f1, time + std::chrono::seconds(5)); // now the key changes
    auto third = loadImageFolder(root.string(), Frame{3, 16});
    ASSERT_TRUE(third.ok());
    EXPECT_NEAR(third->images[1][0][0][0].item<float>(), scaled(21), 1e-6);

    // A corrupt cache file costs time, never a wrong result.
    for (const auto& entry : fs::directory_iterator(fs::path(cacheRoot) / "dddg-explorer" / "folders")) test::writeBytes(entry.path().string(), "DDDGFC01 garbage");
    auto fourth = loadImageFolder(root.string(), Frame{3, 16});
    ASSERT_TRUE(fourth.ok());
    EXPECT_TRUE(torch::equal(third->images, fourth->images));
}

TEST(ImageFolder, TheSuggestedFrameFollowsTheFirstImage)
{
    const fs::path colour = test::tempDir("frame-colour");
    cv::imwrite((colour / "a.png").string(), cv::Mat(100, 80, CV_8UC3, cv::Scalar(10, 200, 30)));
    auto frame = imageFolderFrame(colour.string());
    ASSERT_TRUE(frame.ok());
    EXPECT_EQ(*frame, (Frame{3, 64}));
    const fs::path digits = test::tempDir("frame-digits");
    writeGrey(digits / "a.png", 7, 28, 28);
    frame = imageFolderFrame(digits.string());
    ASSERT_TRUE(frame.ok());
    EXPECT_EQ(*frame, (Frame{1, 32}));
}
#endif

TEST(Frame, OnlyPowersOfTwoFrom16To128AndOneOrThreeChannels)
{
    EXPECT_TRUE(validateFrame({1, 32}).ok());
    EXPECT_TRUE(validateFrame({3, 128}).ok());
    EXPECT_FALSE(validateFrame({3, 48}).ok());
    EXPECT_FALSE(validateFrame({1, 8}).ok());
    EXPECT_FALSE(validateFrame({2, 32}).ok());
    EXPECT_EQ((Frame{3, 64}).text(), "64×64 colour");
}

TEST(Frame, DataMovesBetweenFrames)
{
    Dataset grey;
    grey.images = torch::rand({2, 1, 32, 32}) * 2 - 1;
    auto colour = toFrame(grey, Frame{3, 32});
    ASSERT_EQ(colour.frame(), (Frame{3, 32}));
    EXPECT_TRUE(torch::equal(colour.images.select(1, 2), grey.images.select(1, 0)));
    auto back = toFrame(colour, Frame{1, 32}); // luma of equal channels is the channel
    EXPECT_TRUE(torch::allclose(back.images, grey.images, 1e-5, 1e-5));
    auto small = toFrame(grey, Frame{1, 16});
    EXPECT_NEAR(small.images[0][0][0][0].item<float>(), grey.images[0][0].narrow(0, 0, 2).narrow(1, 0, 2).mean().item<float>(), 1e-5);
    auto large = toFrame(grey, Frame{1, 64});
    EXPECT_EQ(large.frame(), (Frame{1, 64}));
    EXPECT_LE(large.images.max().item<float>(), 1.0f);
}

TEST(Cifar10, BatchesLoadInPlaneOrderWithTheirNamesAndAWrongSizeIsNamed)
{
    const fs::path dir = test::tempDir("cifar");
    std::string batch(size_t(kCifarRecords * kCifarRecordBytes), '\0');
    for (int64_t r = 0; r < kCifarRecords; ++r) {
        char* record = batch.data() + r * kCifarRecordBytes;
        record[0] = char(r % 10);
        record[1] = char(255);            // R at (0, 0)
        record[1 + 1024 + 1] = char(255); // G at (0, 1)
        record[1 + 2048 + 32] = char(255); // B at (1, 0)
    }
    test::writeBytes((dir / "test_batch.bin").string(), batch);
    std::string names;
    for (const char* name : {"airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse", "ship", "truck"})
        names += std::string(name) + "\n";
    test::writeBytes((dir / "batches.meta.txt").string(), names + "\n");
    ASSERT_TRUE(isCifar10Folder(dir.string()));
    auto test = loadDataset("cifar10", dir.string(), Split::Test);
    ASSERT_TRUE(test.ok()) << test.error().message;
    EXPECT_EQ(test->size(), kCifarRecords);
    EXPECT_EQ(test->frame(), (Frame{3, 32}));
    EXPECT_EQ(test->labels[13].item<int64_t>(), 3);
    EXPECT_EQ(test->classes[3], "cat");
    EXPECT_FLOAT_EQ(test->images[0][0][0][0].item<float>(), 1.0f);
    EXPECT_FLOAT_EQ(test->images[0][1][0][1].item<float>(), 1.0f);
    EXPECT_FLOAT_EQ(test->images[0][2][1][0].item<float>(), 1.0f);
    EXPECT_FLOAT_EQ(test->images[0][0][0][1].item<float>(), -1.0f);
    auto grey = loadDataset(dir.string(), "", Split::Test, Frame{1, 32}); // a folder path works too, in a model's frame
    ASSERT_TRUE(grey.ok()) << grey.error().message;
    EXPECT_EQ(grey->frame(), (Frame{1, 32}));

    auto train = loadDataset("cifar10", dir.string(), Split::Train);
    ASSERT_FALSE(train.ok());
    EXPECT_NE(train.error().message.find("data_batch_1.bin"), std::string::npos) << train.error().message;
    test::writeBytes((dir / "test_batch.bin").string(), batch.substr(0, 1000));
    auto cut = loadDataset("cifar10", dir.string(), Split::Test);
    ASSERT_FALSE(cut.ok());
    EXPECT_NE(cut.error().message.find("test_batch.bin holds 1000 bytes"), std::string::npos) << cut.error().message;
}
