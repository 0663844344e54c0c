#pragma once
#include "raster.h"

#include <string>

namespace dddg::emoji {

/// Writes an 8-bit RGB raster as a PNG with no time or text chunks, so equal pixels give
/// equal files. Throws ToolError when the file cannot be written.
void writeRgbPng(const std::string& path, const Raster& rgb);

} // namespace dddg::emoji
