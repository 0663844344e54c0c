// The `emoji_set` test: runs dddg-make-emoji twice with --limit 30 and checks what it wrote.
// Every image is a 64×64 8-bit RGB PNG that is not all white, there are at least two class
// folders, nothing is left beside the set, and the two runs wrote the same bytes.
// usage: check_emoji_set TOOL FONT EMOJI_TEST; exit 77 (skipped) when the font or list is missing.
#include <png.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <string>
#include <vector>

#include <sys/wait.h>

namespace fs = std::filesystem;

namespace {

constexpr int kSide = 64;
constexpr int kLimit = 30;
constexpr int kSkipped = 77;

int failures = 0;

void fail(const std::string& what)
{
    std::fprintf(stderr, "FAIL: %s\n", what.c_str());
    ++failures;
}

std::string quoted(const std::string& text)
{
    std::string q = "'";
    for (char c : text) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

std::string readBytes(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

/// Every regular file below `root`, by path relative to it, with its bytes.
std::map<std::string, std::string> filesBelow(const fs::path& root)
{
    std::map<std::string, std::string> files;
    for (const auto& entry : fs::recursive_directory_iterator(root))
        if (entry.is_regular_file()) files[fs::relative(entry.path(), root).string()] = readBytes(entry.path());
    return files;
}

bool runTool(const std::string& tool, const std::string& font, const std::string& list, const fs::path& out)
{
    const std::string command = quoted(tool) + " --limit " + std::to_string(kLimit) + " --font " + quoted(font) +
                                " --emoji-test " + quoted(list) + " --out " + quoted(out.string()) + " > /dev/null";
    const int status = std::system(command.c_str());
    return status != -1 && WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

/// The PNG header says 64×64, 8 bits, colour type 2 (RGB), and some pixel is not white.
void checkImage(const std::string& name, const std::string& bytes)
{
    auto byteAt = [&](size_t i) { return i < bytes.size() ? (unsigned char)bytes[i] : 0u; };
    auto be32 = [&](size_t i) { return byteAt(i) << 24 | byteAt(i + 1) << 16 | byteAt(i + 2) << 8 | byteAt(i + 3); };
    if (bytes.compare(0, 8, "\x89PNG\r\n\x1a\n") != 0 || bytes.compare(12, 4, "IHDR") != 0) return fail(name + " is not a PNG");
    if (be32(16) != kSide || be32(20) != kSide || byteAt(24) != 8 || byteAt(25) != 2)
        return fail(name + " is not a 64x64 8-bit RGB PNG");
    png_image image{};
    image.version = PNG_IMAGE_VERSION;
    std::vector<unsigned char> pixels(size_t(kSide) * kSide * 3);
    bool ok = png_image_begin_read_from_memory(&image, bytes.data(), bytes.size()) != 0;
    image.format = PNG_FORMAT_RGB;
    ok = ok && png_image_finish_read(&image, nullptr, pixels.data(), 0, nullptr) != 0;
    png_image_free(&image);
    if (!ok) return fail(name + " does not decode");
    bool allWhite = true;
    for (unsigned char p : pixels) allWhite = allWhite && p == 255;
    if (allWhite) fail(name + " is all white");
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: check_emoji_set TOOL FONT EMOJI_TEST\n");
        return 2;
    }
    const std::string tool = argv[1], font = argv[2], list = argv[3];
    if (!fs::exists(font) || !fs::exists(list)) {
        std::printf("skipped: %s or %s is not installed (Debian: fonts-noto-color-emoji, unicode-data)\n", font.c_str(), list.c_str());
        return kSkipped;
    }
    char pattern[] = "/tmp/emoji_set.XXXXXX";
    if (!mkdtemp(pattern)) {
        std::fprintf(stderr, "FAIL: cannot create a temporary folder\n");
        return 1;
    }
    const fs::path work = pattern;
    const fs::path first = work / "first", second = work / "second";
    if (!runTool(tool, font, list, first) || !runTool(tool, font, list, second)) {
        fail("dddg-make-emoji did not succeed");
    } else {
        const auto files = filesBelow(first);
        if (files != filesBelow(second)) fail("two runs wrote different files or bytes");
        std::map<std::string, int> perClass;
        for (const auto& [name, bytes] : files) {
            if (name == "README.txt") continue;
            checkImage(name, bytes);
            ++perClass[fs::path(name).parent_path().string()];
        }
        if (!files.count("README.txt")) fail("no README.txt");
        if (perClass.size() < 2) fail("fewer than 2 class folders");
        for (const auto& [folder, count] : perClass)
            if (folder.empty() || count > kLimit) fail("class folder '" + folder + "' holds " + std::to_string(count) + " images");
        int entries = 0;
        for ([[maybe_unused]] const auto& entry : fs::directory_iterator(work)) ++entries;
        if (entries != 2) fail("a temporary folder was left beside the set");
        if (failures == 0)
            std::printf("emoji_set: %zu images in %zu classes, identical in two runs\n", files.size() - 1, perClass.size());
    }
    std::error_code ec;
    fs::remove_all(work, ec);
    return failures == 0 ? 0 : 1;
}
