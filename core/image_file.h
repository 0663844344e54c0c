#pragma once
// Image files in and out. Reading needs OpenCV; PNG writing is built in (zlib) so the
// headless GPU build can still write grids.
#include "result.h"

#include <torch/types.h>

#include <string>

namespace dddg {

/// Converts uint8 pixels [N, H, W] (0 = black) to [N, 1, 32, 32] in [−1, 1] with −1 padding:
/// the IDX datasets' 28 → 32 rule, which readImageFile applies to a 28×28 file too.
torch::Tensor padAndScale(const torch::Tensor& bytes, int64_t targetSize = 32);

/// True when this build can read image files (OpenCV present).
bool canReadImages();

/// Reads one image as [1, C, size, size] in [−1, 1] (SPEC §10): alpha composited over white,
/// grey as luma (ITU-R 601) or RGB, 16-bit and palette files reduced to 8 bits, the shorter
/// side resized to `size` (area filter shrinking, cubic enlarging) and the centre cropped; a
/// 28×28 grey image in a 32×32 grey frame is padded with −1 like the IDX datasets. A header that
/// declares more than kMaxImagePixels is refused before decoding.
Result<torch::Tensor> readImageFile(const std::string& path, int64_t size = 32, int64_t channels = 1);

/// The most pixels restored at their own size (SPEC §11): 16 megapixels.
constexpr int64_t kMaxOwnSizePixels = int64_t(16) << 20;

/// Reads one image at its own size [1, C, H, W] in [−1, 1]: C = 3 for a colour file, 1 for a
/// grey one; alpha over white, 8 bits, a JPEG's EXIF orientation applied. More than
/// kMaxOwnSizePixels is refused from the header, before decoding.
Result<torch::Tensor> readImageAtOwnSize(const std::string& path);

/// What readImageFile reads, as the file's 8-bit values [C, size, size] (uint8): the folder
/// loader keeps these in its cache.
Result<torch::Tensor> readImageBytes(const std::string& path, int64_t size, int64_t channels);

/// uint8 pixels [N, C, H, W] → float [−1, 1].
torch::Tensor bytesToImages(const torch::Tensor& bytes);

/// How readImageFile changes `path` to reach the frame: "640×480 colour → 32×32 grey, centre crop",
/// "6×5 grey 16-bit → 32×32 grey"; empty when the file is already in the frame (or is a 28×28
/// grey digit, padded like the IDX sets).
std::string imageFrameNote(const std::string& path, int64_t size = 32, int64_t channels = 1);

/// Writes an [C, H, W] image in [−1, 1] (C = 1 or 3) as an 8-bit PNG.
Status writePng(const std::string& path, const torch::Tensor& image);

/// Encodes an 8-bit image (rows of width·channels bytes) as PNG bytes (libpng); empty on failure.
std::string encodePng(const uint8_t* pixels, int width, int height, int channels);

} // namespace dddg
