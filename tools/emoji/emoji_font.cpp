#include "emoji_font.h"
#include "tool_error.h"

#include <ft2build.h>
#include FT_FREETYPE_H
#include <hb-ft.h>
#include <hb-ot.h>
#include <hb.h>

#include <cstring>
#include <fstream>

namespace dddg::emoji {

EmojiFont::EmojiFont(const std::string& path)
{
    if (!std::ifstream(path)) throw tools::ToolError("cannot open the emoji font " + path + " (Debian: fonts-noto-color-emoji)");
    if (FT_Init_FreeType(&library_) != 0) throw tools::ToolError("cannot start FreeType");
    if (FT_New_Face(library_, path.c_str(), 0, &face_) != 0) {
        FT_Done_FreeType(library_);
        throw tools::ToolError(path + " is not a font file");
    }
    // Bitmap colour fonts cannot be scaled by FreeType: choose their (only) strike instead.
    if (!FT_HAS_COLOR(face_) || face_->num_fixed_sizes < 1 || FT_Select_Size(face_, 0) != 0) {
        FT_Done_Face(face_);
        FT_Done_FreeType(library_);
        throw tools::ToolError(path + " is not a colour bitmap font such as NotoColorEmoji.ttf");
    }
    font_ = hb_ft_font_create_referenced(face_);
    buffer_ = hb_buffer_create();
}

EmojiFont::~EmojiFont()
{
    hb_buffer_destroy(buffer_);
    hb_font_destroy(font_); // releases its reference on the face
    FT_Done_Face(face_);
    FT_Done_FreeType(library_);
}

std::optional<Raster> EmojiFont::render(const Codepoints& codepoints)
{
    hb_buffer_reset(buffer_);
    static_assert(sizeof(char32_t) == sizeof(hb_codepoint_t));
    hb_buffer_add_codepoints(buffer_, reinterpret_cast<const hb_codepoint_t*>(codepoints.data()),
                             int(codepoints.size()), 0, int(codepoints.size()));
    hb_buffer_guess_segment_properties(buffer_);
    hb_shape(font_, buffer_, nullptr, 0);
    // A sequence the font has no ligature for comes out as several glyphs (its parts, with the
    // joiners as blank glyphs): that would be a picture of something else, so it is skipped.
    unsigned count = 0;
    const hb_glyph_info_t* glyphs = hb_buffer_get_glyph_infos(buffer_, &count);
    if (count != 1 || glyphs[0].codepoint == 0) return std::nullopt;

    if (FT_Load_Glyph(face_, glyphs[0].codepoint, FT_LOAD_COLOR) != 0) return std::nullopt;
    const FT_Bitmap& bitmap = face_->glyph->bitmap;
    if (bitmap.pixel_mode != FT_PIXEL_MODE_BGRA || bitmap.width == 0 || bitmap.rows == 0) return std::nullopt;
    Raster bgra(int(bitmap.width), int(bitmap.rows), 4, 0);
    for (int y = 0; y < bgra.height; ++y) {
        // FreeType stores a negative-pitch bitmap bottom row first.
        const unsigned char* row = bitmap.pitch >= 0 ? bitmap.buffer + y * bitmap.pitch
                                                     : bitmap.buffer + (bgra.height - 1 - y) * -bitmap.pitch;
        std::memcpy(bgra.at(0, y), row, size_t(bgra.width) * 4);
    }
    return bgra;
}

namespace {

std::string nameEntry(hb_font_t* font, hb_ot_name_id_t id)
{
    hb_face_t* face = hb_font_get_face(font);
    unsigned size = hb_ot_name_get_utf8(face, id, hb_language_from_string("en", -1), nullptr, nullptr);
    std::string text(size + 1, '\0');
    size = unsigned(text.size());
    hb_ot_name_get_utf8(face, id, hb_language_from_string("en", -1), &size, text.data());
    text.resize(size);
    return text;
}

} // namespace

std::string EmojiFont::family() const { return nameEntry(font_, HB_OT_NAME_ID_FONT_FAMILY); }

std::string EmojiFont::version() const { return nameEntry(font_, HB_OT_NAME_ID_VERSION_STRING); }

} // namespace dddg::emoji
