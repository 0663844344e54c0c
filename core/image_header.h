#pragma once
// An image file's pixel dimensions read from its header, without decoding it: a picture that
// declares 30000×30000 pixels is refused before the decoder allocates gigabytes for it.
#include "result.h"

#include <cstdint>
#include <string>

namespace dddg {

struct ImageHeader {
    std::string format; ///< "PNG", "JPEG", "BMP", "PNM", "TIFF", "WebP"
    int64_t width = 0, height = 0;
};

/// The largest image the loaders decode: 64 megapixels (an 8-bit RGBA one is 256 MB).
constexpr int64_t kMaxImagePixels = int64_t(64) << 20;

/// The header of a PNG, JPEG, BMP, PNM, TIFF or WebP file; an Error saying why for anything
/// else, a truncated header, or a zero size.
Result<ImageHeader> readImageHeader(const std::string& path);

} // namespace dddg
