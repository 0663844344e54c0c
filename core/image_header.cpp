#include "image_header.h"

#include <array>
#include <cctype>
#include <fstream>
#include <vector>

namespace dddg {

namespace {

uint32_t bigEndian(const uint8_t* p, int bytes)
{
    uint32_t v = 0;
    for (int i = 0; i < bytes; ++i) v = (v << 8) | p[i];
    return v;
}

uint32_t littleEndian(const uint8_t* p, int bytes)
{
    uint32_t v = 0;
    for (int i = bytes - 1; i >= 0; --i) v = (v << 8) | p[i];
    return v;
}

/// Reads `n` bytes at `offset`; false when the file is shorter.
bool readAt(std::ifstream& in, std::streamoff offset, uint8_t* out, size_t n)
{
    in.clear();
    in.seekg(offset);
    in.read(reinterpret_cast<char*>(out), std::streamsize(n));
    return size_t(in.gcount()) == n;
}

Result<ImageHeader> sized(const char* format, int64_t width, int64_t height)
{
    if (width <= 0 || height <= 0) return makeError(std::string(format) + " header declares an empty image");
    return ImageHeader{format, width, height};
}

Result<ImageHeader> pngHeader(std::ifstream& in)
{
    uint8_t ihdr[8];
    if (!readAt(in, 16, ihdr, 8)) return makeError("truncated PNG header");
    return sized("PNG", bigEndian(ihdr, 4), bigEndian(ihdr + 4, 4));
}

/// Walks the marker segments to the first start-of-frame (SOF0–SOF15 but DHT, JPG, DAC).
Result<ImageHeader> jpegHeader(std::ifstream& in)
{
    std::streamoff at = 2;
    for (int segments = 0; segments < 4096; ++segments) {
        uint8_t marker[4];
        if (!readAt(in, at, marker, 4)) break;
        if (marker[0] != 0xFF) return makeError("corrupt JPEG header");
        if (marker[1] == 0xFF) { // fill byte
            ++at;
            continue;
        }
        const uint8_t code = marker[1];
        const bool sof = code >= 0xC0 && code <= 0xCF && code != 0xC4 && code != 0xC8 && code != 0xCC;
        if (sof) {
            uint8_t frame[5];
            if (!readAt(in, at + 4, frame, 5)) break;
            return sized("JPEG", bigEndian(frame + 3, 2), bigEndian(frame + 1, 2));
        }
        if (code == 0xD8 || (code >= 0xD0 && code <= 0xD7) || code == 0x01) {
            at += 2;
            continue;
        }
        if (code == 0xD9 || code == 0xDA) break; // image data before any frame header
        at += 2 + std::streamoff(bigEndian(marker + 2, 2));
    }
    return makeError("truncated JPEG header");
}

Result<ImageHeader> bmpHeader(std::ifstream& in)
{
    uint8_t info[12];
    if (!readAt(in, 14, info, 12)) return makeError("truncated BMP header");
    const uint32_t infoSize = littleEndian(info, 4);
    if (infoSize == 12) return sized("BMP", littleEndian(info + 4, 2), littleEndian(info + 6, 2)); // OS/2 core header
    const auto height = int32_t(littleEndian(info + 8, 4));                                       // negative: top-down
    return sized("BMP", int32_t(littleEndian(info + 4, 4)), height < 0 ? -int64_t(height) : height);
}

/// P1–P6: magic, then width and height as decimal text with comments (#…) between.
Result<ImageHeader> pnmHeader(std::ifstream& in)
{
    in.clear();
    in.seekg(2);
    int64_t numbers[2] = {0, 0};
    for (int64_t& n : numbers) {
        int c = in.get();
        while (c != EOF && (std::isspace(c) || c == '#')) {
            if (c == '#')
                while (c != EOF && c != '\n') c = in.get();
            c = in.get();
        }
        if (c == EOF || !std::isdigit(c)) return makeError("truncated PNM header");
        for (int digits = 0; c != EOF && std::isdigit(c); c = in.get()) {
            if (++digits > 9) return makeError("PNM header declares an absurd size");
            n = n * 10 + (c - '0');
        }
    }
    return sized("PNM", numbers[0], numbers[1]);
}

/// The first IFD's ImageWidth (256) and ImageLength (257) tags, SHORT or LONG.
Result<ImageHeader> tiffHeader(std::ifstream& in, bool little)
{
    auto word = [little](const uint8_t* p, int bytes) { return little ? littleEndian(p, bytes) : bigEndian(p, bytes); };
    uint8_t head[8];
    if (!readAt(in, 0, head, 8)) return makeError("truncated TIFF header");
    const std::streamoff ifd = word(head + 4, 4);
    uint8_t count[2];
    if (!readAt(in, ifd, count, 2)) return makeError("truncated TIFF header");
    int64_t width = 0, height = 0;
    for (uint32_t i = 0, n = word(count, 2); i < n && i < 4096; ++i) {
        uint8_t entry[12];
        if (!readAt(in, ifd + 2 + 12 * std::streamoff(i), entry, 12)) return makeError("truncated TIFF header");
        const uint32_t tag = word(entry, 2), type = word(entry + 2, 2);
        const int64_t value = type == 3 ? word(entry + 8, 2) : word(entry + 8, 4);
        if (tag == 256) width = value;
        if (tag == 257) height = value;
    }
    return sized("TIFF", width, height);
}

/// RIFF/WEBP with a VP8 (lossy), VP8L (lossless) or VP8X (extended) first chunk.
Result<ImageHeader> webpHeader(std::ifstream& in)
{
    uint8_t chunk[30];
    if (!readAt(in, 12, chunk, 30)) return makeError("truncated WebP header");
    const std::string fourcc(reinterpret_cast<const char*>(chunk), 4);
    const uint8_t* data = chunk + 8;
    if (fourcc == "VP8 ") return sized("WebP", littleEndian(data + 6, 2) & 0x3FFF, littleEndian(data + 8, 2) & 0x3FFF);
    if (fourcc == "VP8L") {
        const uint32_t bits = littleEndian(data + 1, 4);
        return sized("WebP", (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1);
    }
    if (fourcc == "VP8X") return sized("WebP", littleEndian(data + 4, 3) + 1, littleEndian(data + 7, 3) + 1);
    return makeError("unknown WebP chunk " + fourcc);
}

} // namespace

Result<ImageHeader> readImageHeader(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) return makeError("cannot open");
    std::array<uint8_t, 12> head{};
    in.read(reinterpret_cast<char*>(head.data()), head.size());
    const size_t got = size_t(in.gcount());
    if (got == 0) return makeError("empty file");
    auto starts = [&](const char* magic, size_t n) { return got >= n && std::equal(magic, magic + n, reinterpret_cast<const char*>(head.data())); };
    if (starts("\x89PNG\r\n\x1a\n", 8)) return pngHeader(in);
    if (starts("\xff\xd8\xff", 3)) return jpegHeader(in);
    if (starts("BM", 2)) return bmpHeader(in);
    if (got >= 2 && head[0] == 'P' && head[1] >= '1' && head[1] <= '6') return pnmHeader(in);
    if (starts("II*\0", 4)) return tiffHeader(in, true);
    if (starts("MM\0*", 4)) return tiffHeader(in, false);
    if (starts("RIFF", 4) && got >= 12 && std::equal(head.begin() + 8, head.end(), "WEBP")) return webpHeader(in);
    return makeError("not a PNG, JPEG, BMP, PNM, TIFF or WebP file");
}

} // namespace dddg
