// dddg-make-photos: makes the shipped photo-patch set `photos` (docs/photos.md) from the
// nature photographs of Debian's mate-backgrounds. Whole photographs are held out for the
// test split, so no test patch shares a picture with a training patch. Each photo is cut at
// its own scale and at half of it (the grain of a phone photo and of a resized one).
// Bad input: one line on stderr, exit 2.
#include "staged_folder.h"
#include "tool_error.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <set>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using namespace dddg::tools;

namespace {

constexpr const char* kDefaultSource = "/usr/share/backgrounds/mate/nature";
constexpr const char* kMarker = "# photos: natural-photo patches made by dddg-make-photos";
/// Held out whole for the test split (and for the photo table of docs/compare.md).
const std::set<std::string> kHeldOut{"GreenMeadow", "LadyBird", "YellowFlower"};
const double kScales[] = {1.0, 0.5};
constexpr int kSide = 64;
constexpr int kTestShare = 8; ///< a held-out photo gives 1/8 of a training photo's patches

constexpr const char* kUsage =
    "usage: dddg-make-photos --out DIR [--from DIR] [--per-photo N]\n"
    "  --out DIR        the dataset folder to create (an earlier set there is replaced)\n"
    "  --from DIR       folder of JPEG/PNG photographs (default %s)\n"
    "  --per-photo N    patches of 64x64 per training photo and scale (default 600)\n";

struct Options {
    fs::path out;
    fs::path from = kDefaultSource;
    int perPhoto = 600;
};

Options parseOptions(int argc, char** argv)
{
    Options options;
    for (int i = 1; i < argc; ++i) {
        const std::string flag = argv[i];
        if (flag == "--help" || flag == "-h") {
            std::printf(kUsage, kDefaultSource);
            std::exit(0);
        }
        if (flag != "--out" && flag != "--from" && flag != "--per-photo") throw ToolError("unknown argument " + flag + " (see --help)");
        if (i + 1 == argc) throw ToolError(flag + " needs a value");
        const std::string value = argv[++i];
        if (flag == "--out") options.out = value;
        else if (flag == "--from") options.from = value;
        else {
            char* end = nullptr;
            const long n = std::strtol(value.c_str(), &end, 10);
            if (value.empty() || *end != '\0' || n < 1 || n > 100000) throw ToolError("--per-photo must be a whole number from 1 to 100000");
            options.perPhoto = int(n);
        }
    }
    if (options.out.empty()) throw ToolError("--out DIR is required (see --help)");
    return options;
}

std::vector<fs::path> photosIn(const fs::path& folder)
{
    std::error_code ec;
    if (!fs::is_directory(folder, ec)) throw ToolError("cannot find the photo folder " + folder.string() + " (Debian: mate-backgrounds)");
    std::vector<fs::path> photos;
    for (const auto& entry : fs::directory_iterator(folder, ec)) {
        std::string ext = entry.path().extension().string();
        std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return char(std::tolower(c)); });
        if (entry.is_regular_file() && (ext == ".jpg" || ext == ".jpeg" || ext == ".png")) photos.push_back(entry.path());
    }
    std::sort(photos.begin(), photos.end()); // the same set whatever order the folder lists
    return photos;
}

/// `count` random 64×64 crops of `photo` at `scale`, written as NAME-sSCALE-NNNN.png.
int cutPatches(const cv::Mat& photo, double scale, int count, const std::string& name, std::mt19937& random, const fs::path& folder)
{
    cv::Mat scaled;
    if (scale == 1.0) scaled = photo;
    else cv::resize(photo, scaled, cv::Size(), scale, scale, cv::INTER_AREA);
    if (scaled.cols < kSide || scaled.rows < kSide) return 0;
    std::uniform_int_distribution<int> x(0, scaled.cols - kSide), y(0, scaled.rows - kSide);
    const std::string prefix = name + "-s" + std::to_string(int(scale * 100)) + "-";
    for (int i = 0; i < count; ++i) {
        std::string number = std::to_string(i);
        number.insert(0, number.size() < 4 ? 4 - number.size() : 0, '0');
        const fs::path file = folder / (prefix + number + ".png");
        if (!cv::imwrite(file.string(), scaled(cv::Rect(x(random), y(random), kSide, kSide))))
            throw ToolError("cannot write " + file.string());
    }
    return count;
}

void writeReadme(const fs::path& folder, const fs::path& from, const std::vector<std::string>& train,
                 const std::vector<std::string>& test, int trainCount, int testCount)
{
    std::ofstream out(folder / "README.md");
    auto list = [](const std::vector<std::string>& names) {
        std::string s;
        for (const auto& n : names) s += (s.empty() ? "" : ", ") + n;
        return s;
    };
    out << kMarker << "\n\n"
        << "64x64 RGB patches cut from the photographs in " << from.string() << ", each at its own scale\n"
        << "and at half of it (OpenCV INTER_AREA), at random positions from a fixed seed.\n\n"
        << "- train/nature: " << trainCount << " patches of " << list(train) << "\n"
        << "- test/nature: " << testCount << " patches of " << list(test) << " (held out whole)\n\n"
        << "Licence: the photographs are from Debian's mate-backgrounds, GPL-2+; their authors are\n"
        << "listed in /usr/share/doc/mate-backgrounds/copyright. The patches carry the same licence.\n";
    if (!out) throw ToolError("cannot write " + (folder / "README.md").string());
}

void checkReplaceable(const fs::path& out)
{
    std::error_code ec;
    if (!fs::exists(out, ec)) return;
    std::ifstream readme(out / "README.md");
    std::string first;
    std::getline(readme, first);
    if (first != kMarker) throw ToolError(out.string() + " exists and is not a photo set made by this tool: choose another --out");
}

void makeSet(const Options& options)
{
    const auto photos = photosIn(options.from);
    checkReplaceable(options.out);
    StagedFolder staged(options.out);
    const fs::path trainDir = staged.path() / "train" / "nature", testDir = staged.path() / "test" / "nature";
    fs::create_directories(trainDir);
    fs::create_directories(testDir);
    std::vector<std::string> train, test;
    int trainCount = 0, testCount = 0;
    for (const auto& path : photos) {
        const cv::Mat photo = cv::imread(path.string(), cv::IMREAD_COLOR);
        if (photo.empty()) {
            std::fprintf(stderr, "skipped %s: not a readable image\n", path.string().c_str());
            continue;
        }
        const std::string name = path.stem().string();
        const bool heldOut = kHeldOut.count(name) > 0;
        std::seed_seq seed(name.begin(), name.end()); // each photo's crops do not depend on the others
        std::mt19937 random(seed);
        const int count = heldOut ? std::max(1, options.perPhoto / kTestShare) : options.perPhoto;
        for (double scale : kScales)
            (heldOut ? testCount : trainCount) += cutPatches(photo, scale, count, name, random, heldOut ? testDir : trainDir);
        (heldOut ? test : train).push_back(name);
    }
    if (train.empty() || test.empty())
        throw ToolError(options.from.string() + " needs training photos and the held-out GreenMeadow, LadyBird or YellowFlower (Debian: mate-backgrounds)");
    writeReadme(staged.path(), options.from, train, test, trainCount, testCount);
    staged.publish();
    std::printf("%s: %d training and %d test patches of 64x64 from %zu photos\n", options.out.string().c_str(), trainCount, testCount,
                train.size() + test.size());
}

} // namespace

int main(int argc, char** argv)
{
    try {
        makeSet(parseOptions(argc, argv));
        return 0;
    } catch (const ToolError& e) {
        std::fprintf(stderr, "dddg-make-photos: %s\n", e.what());
        return 2;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "dddg-make-photos: %s\n", e.what());
        return 2;
    }
}
