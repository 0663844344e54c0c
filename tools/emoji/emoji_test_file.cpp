// Reading emoji-test.txt. Its format (UTS #51): "# group: NAME" starts a group, data lines are
// "CODE POINTS ; STATUS # emoji E<version> name", and the header carries "# Version:" and "# Date:".
#include "emoji_test_file.h"
#include "tool_error.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>

namespace dddg::emoji {
namespace {

constexpr char32_t kFirstSkinTone = 0x1F3FB; // EMOJI MODIFIER FITZPATRICK TYPE-1-2
constexpr char32_t kLastSkinTone = 0x1F3FF;  // … TYPE-6

std::string trim(const std::string& text)
{
    const auto first = text.find_first_not_of(" \t\r");
    if (first == std::string::npos) return {};
    return text.substr(first, text.find_last_not_of(" \t\r") - first + 1);
}

/// The value of a header line "# KEY: VALUE", or "" when `line` is not that line.
std::string headerValue(const std::string& line, const std::string& key)
{
    const std::string prefix = "# " + key + ":";
    return line.compare(0, prefix.size(), prefix) == 0 ? trim(line.substr(prefix.size())) : std::string();
}

bool parseCodepoints(const std::string& field, Codepoints& codepoints)
{
    std::istringstream words(field);
    std::string word;
    while (words >> word) {
        if (word.size() > 6 || word.find_first_not_of("0123456789abcdefABCDEF") != std::string::npos) return false;
        codepoints.push_back(char32_t(std::stoul(word, nullptr, 16)));
    }
    return !codepoints.empty();
}

bool hasSkinTone(const Codepoints& codepoints)
{
    return std::any_of(codepoints.begin(), codepoints.end(),
                       [](char32_t c) { return c >= kFirstSkinTone && c <= kLastSkinTone; });
}

} // namespace

EmojiTestFile readEmojiTestFile(const std::string& path)
{
    std::ifstream in(path);
    if (!in) throw tools::ToolError("cannot read the emoji list " + path + " (Debian: unicode-data)");
    EmojiTestFile file;
    EmojiGroup* group = nullptr; // null until the first group, and inside the dropped Component group
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
        if (line.empty() || line[0] == '#') {
            if (auto name = headerValue(line, "group"); !name.empty()) {
                group = name == "Component" ? nullptr : &file.groups.emplace_back(EmojiGroup{name, {}});
            } else if (auto version = headerValue(line, "Version"); !version.empty() && file.version.empty()) {
                file.version = version;
            } else if (auto date = headerValue(line, "Date"); !date.empty() && file.date.empty()) {
                file.date = date;
            }
            continue;
        }
        const auto semicolon = line.find(';');
        Codepoints codepoints;
        if (semicolon == std::string::npos || !parseCodepoints(line.substr(0, semicolon), codepoints))
            throw tools::ToolError(path + ":" + std::to_string(number) + ": not an emoji-test.txt data line");
        const std::string status = trim(line.substr(semicolon + 1, line.find('#', semicolon) - semicolon - 1));
        if (group && status == "fully-qualified" && !hasSkinTone(codepoints)) group->emoji.push_back(codepoints);
    }
    file.groups.erase(std::remove_if(file.groups.begin(), file.groups.end(),
                                     [](const EmojiGroup& g) { return g.emoji.empty(); }),
                      file.groups.end());
    if (file.groups.empty()) throw tools::ToolError(path + " lists no fully-qualified emoji: not an emoji-test.txt file");
    return file;
}

std::string codepointName(const Codepoints& codepoints)
{
    std::string name;
    for (char32_t c : codepoints) {
        char hex[16];
        std::snprintf(hex, sizeof hex, "%s%x", name.empty() ? "" : "-", unsigned(c));
        name += hex;
    }
    return name;
}

} // namespace dddg::emoji
