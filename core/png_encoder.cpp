// PNG output through libpng's simplified write API (8-bit gray or RGB).
#include "image_file.h"

#include <png.h>

#include <fstream>
#include <vector>

namespace dddg {

std::string encodePng(const uint8_t* pixels, int width, int height, int channels)
{
    png_image image{};
    image.version = PNG_IMAGE_VERSION;
    image.width = png_uint_32(width);
    image.height = png_uint_32(height);
    image.format = channels == 3 ? PNG_FORMAT_RGB : PNG_FORMAT_GRAY;
    png_alloc_size_t size = 0;
    // First call sizes the output, second writes it.
    if (!png_image_write_to_memory(&image, nullptr, &size, 0, pixels, 0, nullptr)) {
        png_image_free(&image);
        return {};
    }
    std::string png(size, '\0');
    if (!png_image_write_to_memory(&image, png.data(), &size, 0, pixels, 0, nullptr)) {
        png_image_free(&image);
        return {};
    }
    png.resize(size);
    return png;
}

Status writePng(const std::string& path, const torch::Tensor& image)
{
    TORCH_CHECK(image.dim() == 3 && (image.size(0) == 1 || image.size(0) == 3), "writePng expects [C, H, W] with C = 1 or 3");
    auto bytes = image.detach().to(torch::kCPU, torch::kFloat32).clamp(-1, 1).add(1).mul(127.5).round()
                     .to(torch::kUInt8).permute({1, 2, 0}).contiguous();
    std::string png = encodePng(bytes.data_ptr<uint8_t>(), int(image.size(2)), int(image.size(1)), int(image.size(0)));
    if (png.empty()) return makeError("cannot encode a " + std::to_string(image.size(2)) + "×" + std::to_string(image.size(1)) + " PNG for " + path);
    std::ofstream out(path, std::ios::binary);
    if (!out) return makeError("cannot write " + path);
    out.write(png.data(), std::streamsize(png.size()));
    if (!out) return makeError("failed while writing " + path);
    return {};
}

} // namespace dddg
