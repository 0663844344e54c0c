#pragma once
// OUT/README.txt: where the set comes from, its licences, its classes and its test split.
#include <filesystem>
#include <string>
#include <vector>

namespace dddg::emoji {

struct ClassCount {
    std::string folder; ///< e.g. "01-smileys-emotion"
    std::string group;  ///< e.g. "Smileys & Emotion"
    int images = 0;
};

struct SetDescription {
    std::string fontFamily;   ///< from the font's name table
    std::string fontVersion;  ///< idem
    std::string emojiVersion; ///< from emoji-test.txt's header
    std::string emojiDate;    ///< idem
    std::vector<ClassCount> classes;
    int skipped = 0; ///< sequences the font does not draw as one glyph
    int limit = 0;   ///< --limit (0: every emoji)
    int imageSide = 0;
};

/// Throws ToolError when the file cannot be written.
void writeReadme(const std::filesystem::path& path, const SetDescription& set);

/// True when `folder` holds a README.txt this tool wrote: such a folder may be replaced.
bool isEmojiSet(const std::filesystem::path& folder);

} // namespace dddg::emoji
