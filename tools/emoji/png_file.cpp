// libpng's simplified write API: it writes only the image header, sRGB/gamma and the pixels.
#include "png_file.h"
#include "tool_error.h"

#include <png.h>

#include <fstream>

namespace dddg::emoji {

void writeRgbPng(const std::string& path, const Raster& rgb)
{
    png_image image{};
    image.version = PNG_IMAGE_VERSION;
    image.width = png_uint_32(rgb.width);
    image.height = png_uint_32(rgb.height);
    image.format = PNG_FORMAT_RGB;
    png_alloc_size_t size = 0;
    // The first call sizes the encoded image, the second writes it.
    bool encoded = png_image_write_to_memory(&image, nullptr, &size, 0, rgb.pixels.data(), 0, nullptr) != 0;
    std::string bytes(encoded ? size : 0, '\0');
    encoded = encoded && png_image_write_to_memory(&image, bytes.data(), &size, 0, rgb.pixels.data(), 0, nullptr) != 0;
    png_image_free(&image);
    if (!encoded) throw tools::ToolError("cannot encode " + path);
    bytes.resize(size);
    std::ofstream out(path, std::ios::binary);
    out.write(bytes.data(), std::streamsize(bytes.size()));
    if (!out.flush()) throw tools::ToolError("cannot write " + path);
}

} // namespace dddg::emoji
