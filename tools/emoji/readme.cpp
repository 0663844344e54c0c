// Nothing in the README depends on the time or the machine: the same packages give the same bytes.
#include "readme.h"
#include "tool_error.h"

#include <fstream>

namespace dddg::emoji {

namespace {
constexpr const char* kTitle = "Emoji: a colour image dataset for DDDG Explorer";
}

void writeReadme(const std::filesystem::path& path, const SetDescription& set)
{
    int total = 0;
    for (const auto& c : set.classes) total += c.images;
    const std::string side = std::to_string(set.imageSide);
    std::ofstream out(path);
    out << kTitle << "\n\n"
        << total << " images of " << side << "x" << side << " RGB in " << set.classes.size() << " classes: Unicode's fully-qualified\n"
        << "emoji without skin-tone modifiers, one class per Unicode emoji group (the Component\n"
        << "group left out), drawn with " << set.fontFamily << " on white.\n";
    if (set.limit > 0) out << "A test subset: at most the first " << set.limit << " emoji of each class (--limit).\n";
    out << "\nSources\n"
        << "  font:  " << set.fontFamily << ", " << set.fontVersion << "\n"
        << "         (Debian package fonts-noto-color-emoji, NotoColorEmoji.ttf)\n"
        << "  list:  emoji-test.txt, Unicode Emoji " << set.emojiVersion << ", dated " << set.emojiDate << "\n"
        << "         (Debian package unicode-data)\n"
        << "  made by dddg-make-emoji (tools/emoji in DDDG Explorer): each code point sequence is\n"
        << "  shaped with HarfBuzz to its one colour glyph, composited over white, centred on a\n"
        << "  white square and reduced to " << side << "x" << side << " with an area filter. " << set.skipped
        << " sequence(s) that the font\n"
        << "  does not draw as a single glyph were skipped.\n"
        << "\nLicences\n"
        << "  The images are renderings of Noto Color Emoji: SIL Open Font License 1.1\n"
        << "  (https://openfontlicense.org). The emoji list and group names are Unicode data\n"
        << "  files: Unicode, Inc. License Agreement - Data Files and Software\n"
        << "  (https://www.unicode.org/copyright.html).\n"
        << "\nLayout (torchvision ImageFolder)\n"
        << "  CLASS/CODEPOINTS.png: a class folder per group, numbered in Unicode's group order so\n"
        << "  that sorting them keeps it; file names are the code points in hex joined by dashes\n"
        << "  (01-smileys-emotion/1f600.png is U+1F600 GRINNING FACE).\n"
        << "\nTest split\n"
        << "  There are no train/ and test/ folders: within each class, in sorted file-name order,\n"
        << "  every 10th file (the 10th, 20th, ...) is a test image and the others are training\n"
        << "  images. DDDG Explorer's folder loader applies this rule to any folder without\n"
        << "  train/ and test/ subfolders.\n"
        << "\nClasses\n";
    for (const auto& c : set.classes) out << "  " << c.folder << "  " << c.images << "  (" << c.group << ")\n";
    out << "  total  " << total << "\n";
    if (!out.flush()) throw tools::ToolError("cannot write " + path.string());
}

bool isEmojiSet(const std::filesystem::path& folder)
{
    std::ifstream in(folder / "README.txt");
    std::string first;
    return std::getline(in, first) && first == kTitle;
}

} // namespace dddg::emoji
