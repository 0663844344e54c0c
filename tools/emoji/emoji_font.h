#pragma once
// A colour bitmap emoji font (Noto Color Emoji: CBDT, one strike) opened with FreeType and
// shaped with HarfBuzz, so that ZWJ sequences, flags and keycaps become their ligature glyph.
#include "emoji_test_file.h"
#include "raster.h"

#include <optional>
#include <string>

struct FT_LibraryRec_;
struct FT_FaceRec_;
struct hb_font_t;
struct hb_buffer_t;

namespace dddg::emoji {

class EmojiFont {
public:
    /// Throws ToolError when `path` is missing or is not a colour bitmap font.
    explicit EmojiFont(const std::string& path);
    ~EmojiFont();
    EmojiFont(const EmojiFont&) = delete;
    EmojiFont& operator=(const EmojiFont&) = delete;

    /// The glyph of a code point sequence as premultiplied BGRA, or nothing when the sequence
    /// does not shape to exactly one glyph the font has, or that glyph is not a colour bitmap.
    std::optional<Raster> render(const Codepoints& codepoints);

    std::string family() const;  ///< the name table's family, e.g. "Noto Color Emoji"
    std::string version() const; ///< the name table's version string, e.g. "Version 2.042;GOOG;…"

private:
    FT_LibraryRec_* library_ = nullptr;
    FT_FaceRec_* face_ = nullptr;
    hb_font_t* font_ = nullptr;
    hb_buffer_t* buffer_ = nullptr;
};

} // namespace dddg::emoji
