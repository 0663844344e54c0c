#pragma once
// Unicode's emoji-test.txt, reduced to what the dataset needs: the fully-qualified emoji of
// each group, in the file's (CLDR) order.
#include <string>
#include <vector>

namespace dddg::emoji {

using Codepoints = std::vector<char32_t>;

struct EmojiGroup {
    std::string name; ///< e.g. "Smileys & Emotion"
    std::vector<Codepoints> emoji;
};

struct EmojiTestFile {
    std::string version; ///< the "# Version:" line, e.g. "15.0"
    std::string date;    ///< the "# Date:" line
    std::vector<EmojiGroup> groups;
};

/// Reads `path`, keeping fully-qualified sequences without a skin-tone modifier and dropping
/// the Component group. Throws ToolError when the file is missing or malformed.
EmojiTestFile readEmojiTestFile(const std::string& path);

/// "1f636-200d-1f32b-fe0f": lower-case hex code points joined by dashes.
std::string codepointName(const Codepoints& codepoints);

} // namespace dddg::emoji
