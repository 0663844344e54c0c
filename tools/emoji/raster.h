#pragma once
// The image steps between a colour glyph and a dataset image: over white, square, 64×64.
#include <cstddef>
#include <cstdint>
#include <vector>

namespace dddg::emoji {

/// 8-bit pixels, row-major, `channels` bytes per pixel, no row padding.
struct Raster {
    int width = 0;
    int height = 0;
    int channels = 0;
    std::vector<uint8_t> pixels;

    Raster() = default;
    Raster(int w, int h, int c, uint8_t fill) : width(w), height(h), channels(c), pixels(size_t(w) * h * c, fill) {}
    uint8_t* at(int x, int y) { return pixels.data() + (size_t(y) * width + x) * channels; }
    const uint8_t* at(int x, int y) const { return pixels.data() + (size_t(y) * width + x) * channels; }
};

/// Premultiplied BGRA (FreeType's colour glyphs) composited over white: RGB.
Raster compositeOverWhite(const Raster& bgra);

/// The image centred on a white square whose side is its longer side.
Raster padToSquare(const Raster& rgb);

/// A square image resampled to side × side with an area (box) filter: each output pixel is the
/// mean of the source area it covers, partial pixels weighted by their covered fraction.
Raster boxResize(const Raster& square, int side);

} // namespace dddg::emoji
