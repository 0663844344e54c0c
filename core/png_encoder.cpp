#include "image_file.h"

#include <zlib.h>

#include <fstream>
#include <vector>

namespace dddg {
namespace {

void putU32(std::string& out, uint32_t v)
{
    for (int shift = 24; shift >= 0; shift -= 8) out += char((v >> shift) & 0xff);
}

void putChunk(std::string& out, const char* type, const std::string& data)
{
    putU32(out, uint32_t(data.size()));
    std::string typed = std::string(type, 4) + data;
    out += typed;
    putU32(out, uint32_t(crc32(0, reinterpret_cast<const Bytef*>(typed.data()), uInt(typed.size()))));
}

} // namespace

std::string encodePng(const uint8_t* pixels, int width, int height, int channels)
{
    // Filter type 0 on every row: simple, and zlib does the real compression work.
    std::vector<uint8_t> raw;
    size_t stride = size_t(width) * size_t(channels);
    raw.reserve((stride + 1) * size_t(height));
    for (int y = 0; y < height; ++y) {
        raw.push_back(0);
        raw.insert(raw.end(), pixels + size_t(y) * stride, pixels + size_t(y + 1) * stride);
    }
    uLongf packedSize = compressBound(uLong(raw.size()));
    std::string packed(packedSize, '\0');
    compress2(reinterpret_cast<Bytef*>(packed.data()), &packedSize, raw.data(), uLong(raw.size()), 6);
    packed.resize(packedSize);

    std::string header;
    putU32(header, uint32_t(width));
    putU32(header, uint32_t(height));
    header += char(8);                           // bit depth
    header += char(channels == 3 ? 2 : 0);       // colour type: RGB or gray
    header += std::string("\0\0\0", 3);          // compression, filter, interlace

    std::string png("\x89PNG\r\n\x1a\n", 8);
    putChunk(png, "IHDR", header);
    putChunk(png, "IDAT", packed);
    putChunk(png, "IEND", "");
    return png;
}

Status writePng(const std::string& path, const torch::Tensor& image)
{
    TORCH_CHECK(image.dim() == 3 && (image.size(0) == 1 || image.size(0) == 3), "writePng expects [C, H, W] with C = 1 or 3");
    auto bytes = image.detach().to(torch::kCPU, torch::kFloat32).clamp(-1, 1).add(1).mul(127.5).round()
                     .to(torch::kUInt8).permute({1, 2, 0}).contiguous();
    std::string png = encodePng(bytes.data_ptr<uint8_t>(), int(image.size(2)), int(image.size(1)), int(image.size(0)));
    std::ofstream out(path, std::ios::binary);
    if (!out) return makeError("cannot write " + path);
    out.write(png.data(), std::streamsize(png.size()));
    if (!out) return makeError("failed while writing " + path);
    return {};
}

} // namespace dddg
