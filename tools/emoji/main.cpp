// dddg-make-emoji: makes the shipped colour dataset `emoji` (docs/emoji.md) from Debian's
// Noto Color Emoji font and Unicode's emoji-test.txt. Bad input: one line on stderr, exit 2.
#include "emoji_font.h"
#include "emoji_test_file.h"
#include "png_file.h"
#include "raster.h"
#include "readme.h"
#include "staged_folder.h"
#include "tool_error.h"

#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

namespace fs = std::filesystem;
using namespace dddg::emoji;
using namespace dddg::tools;

namespace {

constexpr int kImageSide = 64;
constexpr const char* kDefaultFont = "/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf";
constexpr const char* kDefaultEmojiTest = "/usr/share/unicode/emoji/emoji-test.txt";

constexpr const char* kUsage =
    "usage: dddg-make-emoji --out DIR [--font PATH] [--emoji-test PATH] [--limit N]\n"
    "  --out DIR          the dataset folder to create (an earlier set there is replaced)\n"
    "  --font PATH        colour bitmap emoji font (default %s)\n"
    "  --emoji-test PATH  Unicode's emoji list (default %s)\n"
    "  --limit N          at most the first N emoji of each class (for tests)\n";

struct Options {
    fs::path out;
    std::string font = kDefaultFont;
    std::string emojiTest = kDefaultEmojiTest;
    int limit = 0;
};

int parseLimit(const std::string& text)
{
    char* end = nullptr;
    const long value = std::strtol(text.c_str(), &end, 10);
    if (text.empty() || *end != '\0' || value < 1 || value > 1000000) throw ToolError("--limit must be a whole number from 1");
    return int(value);
}

Options parseOptions(int argc, char** argv)
{
    Options options;
    for (int i = 1; i < argc; ++i) {
        const std::string flag = argv[i];
        if (flag == "--help" || flag == "-h") {
            std::printf(kUsage, kDefaultFont, kDefaultEmojiTest);
            std::exit(0);
        }
        if (flag != "--out" && flag != "--font" && flag != "--emoji-test" && flag != "--limit")
            throw ToolError("unknown argument " + flag + " (see --help)");
        if (i + 1 == argc) throw ToolError(flag + " needs a value");
        const std::string value = argv[++i];
        if (flag == "--out") options.out = value;
        else if (flag == "--font") options.font = value;
        else if (flag == "--emoji-test") options.emojiTest = value;
        else options.limit = parseLimit(value);
    }
    if (options.out.empty()) throw ToolError("--out DIR is required (see --help)");
    return options;
}

/// "Smileys & Emotion" → "smileys-emotion".
std::string slug(const std::string& name)
{
    std::string slug;
    for (unsigned char c : name) {
        if (std::isalnum(c)) slug += char(std::tolower(c));
        else if (!slug.empty() && slug.back() != '-') slug += '-';
    }
    while (!slug.empty() && slug.back() == '-') slug.pop_back();
    return slug;
}

/// "01-smileys-emotion": numbered so that the folders sort in Unicode's group order.
std::string classFolderName(int number, const std::string& group)
{
    return (number < 10 ? "0" : "") + std::to_string(number) + "-" + slug(group);
}

/// Refuses to replace anything but an earlier emoji set or an empty folder.
void checkReplaceable(const fs::path& out)
{
    std::error_code ec;
    if (!fs::exists(out, ec)) return;
    if (!fs::is_directory(out, ec) || !(fs::is_empty(out, ec) || isEmojiSet(out)))
        throw ToolError(out.string() + " exists and is not an emoji set made by this tool: choose another --out");
}

Raster datasetImage(const Raster& glyph)
{
    return boxResize(padToSquare(compositeOverWhite(glyph)), kImageSide);
}

SetDescription makeSet(const Options& options)
{
    const EmojiTestFile list = readEmojiTestFile(options.emojiTest);
    EmojiFont font(options.font);
    checkReplaceable(options.out);
    StagedFolder staged(options.out);

    SetDescription set{font.family(), font.version(), list.version, list.date, {}, 0, options.limit, kImageSide};
    for (const EmojiGroup& group : list.groups) {
        ClassCount count{classFolderName(int(set.classes.size()) + 1, group.name), group.name, 0};
        const fs::path folder = staged.path() / count.folder;
        for (const Codepoints& emoji : group.emoji) {
            if (options.limit > 0 && count.images == options.limit) break;
            const auto glyph = font.render(emoji);
            if (!glyph) {
                ++set.skipped;
                continue;
            }
            if (count.images == 0) fs::create_directory(folder); // no empty class folders
            writeRgbPng((folder / (codepointName(emoji) + ".png")).string(), datasetImage(*glyph));
            ++count.images;
        }
        if (count.images > 0) set.classes.push_back(count);
    }
    if (set.classes.empty()) throw ToolError(options.font + " draws none of the emoji as a single colour glyph");
    writeReadme(staged.path() / "README.txt", set);
    staged.publish();
    return set;
}

} // namespace

int main(int argc, char** argv)
{
    try {
        const Options options = parseOptions(argc, argv);
        const SetDescription set = makeSet(options);
        int total = 0;
        for (const auto& c : set.classes) total += c.images;
        std::printf("dddg-make-emoji: %d images in %zu classes written to %s (%d sequences skipped: not one glyph in the font)\n",
                    total, set.classes.size(), options.out.string().c_str(), set.skipped);
        return 0;
    } catch (const ToolError& e) {
        std::fprintf(stderr, "dddg-make-emoji: %s\n", e.what());
        return 2;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "dddg-make-emoji: %s\n", e.what());
        return 1;
    }
}
