// Integer arithmetic throughout, so the same glyph gives the same bytes on any machine.
#include "raster.h"

#include <algorithm>

namespace dddg::emoji {

Raster compositeOverWhite(const Raster& bgra)
{
    Raster rgb(bgra.width, bgra.height, 3, 255);
    for (int y = 0; y < bgra.height; ++y) {
        for (int x = 0; x < bgra.width; ++x) {
            const uint8_t* in = bgra.at(x, y);
            uint8_t* out = rgb.at(x, y);
            // Premultiplied "over": colour + white × (1 − alpha); the clamp guards bitmaps whose
            // colour exceeds their alpha.
            const int uncovered = 255 - in[3];
            out[0] = uint8_t(std::min(255, in[2] + uncovered));
            out[1] = uint8_t(std::min(255, in[1] + uncovered));
            out[2] = uint8_t(std::min(255, in[0] + uncovered));
        }
    }
    return rgb;
}

Raster padToSquare(const Raster& rgb)
{
    const int side = std::max(rgb.width, rgb.height);
    Raster square(side, side, rgb.channels, 255);
    const int left = (side - rgb.width) / 2;
    const int top = (side - rgb.height) / 2;
    const size_t rowBytes = size_t(rgb.width) * rgb.channels;
    for (int y = 0; y < rgb.height; ++y) std::copy_n(rgb.at(0, y), rowBytes, square.at(left, top + y));
    return square;
}

namespace {

/// How much of source pixel `i` output pixel `o` covers, in units where one source pixel
/// is `outSide` long and one output pixel `inSide` long (both then are whole numbers).
int64_t overlap(int o, int i, int inSide, int outSide)
{
    const int64_t start = std::max<int64_t>(int64_t(o) * inSide, int64_t(i) * outSide);
    const int64_t end = std::min<int64_t>(int64_t(o + 1) * inSide, int64_t(i + 1) * outSide);
    return std::max<int64_t>(0, end - start);
}

struct Tap {
    int source;
    int64_t weight;
};

/// Per output index, the source indices it covers and their weights (summing to inSide).
std::vector<std::vector<Tap>> boxTaps(int inSide, int outSide)
{
    std::vector<std::vector<Tap>> taps(static_cast<size_t>(outSide));
    for (int o = 0; o < outSide; ++o) {
        const int first = int(int64_t(o) * inSide / outSide);
        for (int i = first; i < inSide; ++i) {
            const int64_t weight = overlap(o, i, inSide, outSide);
            if (weight == 0) break;
            taps[size_t(o)].push_back({i, weight});
        }
    }
    return taps;
}

} // namespace

Raster boxResize(const Raster& square, int side)
{
    const int in = square.width;
    const int channels = square.channels;
    const auto taps = boxTaps(in, side);
    // Rows first, keeping the weighted sums exact; one rounding division at the end.
    std::vector<int64_t> rows(size_t(side) * in * channels, 0);
    for (int y = 0; y < in; ++y)
        for (int x = 0; x < side; ++x)
            for (const Tap& tap : taps[size_t(x)])
                for (int c = 0; c < channels; ++c)
                    rows[(size_t(y) * side + x) * channels + c] += tap.weight * square.at(tap.source, y)[c];
    Raster out(side, side, channels, 0);
    const int64_t total = int64_t(in) * in;
    for (int y = 0; y < side; ++y) {
        for (int x = 0; x < side; ++x) {
            for (int c = 0; c < channels; ++c) {
                int64_t sum = 0;
                for (const Tap& tap : taps[size_t(y)]) sum += tap.weight * rows[(size_t(tap.source) * side + x) * channels + c];
                out.at(x, y)[c] = uint8_t((sum + total / 2) / total);
            }
        }
    }
    return out;
}

} // namespace dddg::emoji
