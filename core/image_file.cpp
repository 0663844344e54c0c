#include "image_file.h"

#include "image_header.h"

#include <torch/torch.h>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <vector>

#ifdef DDDG_HAVE_OPENCV
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#endif

namespace dddg {
namespace fs = std::filesystem;

torch::Tensor padAndScale(const torch::Tensor& bytes, int64_t targetSize)
{
    auto x = bytes.to(torch::kFloat32).div(127.5).sub(1.0).unsqueeze(1);
    int64_t padH = targetSize - x.size(2), padW = targetSize - x.size(3);
    if (padH <= 0 && padW <= 0) return x.contiguous();
    using namespace torch::nn::functional;
    return pad(x, PadFuncOptions({padW / 2, padW - padW / 2, padH / 2, padH - padH / 2}).value(-1.0)).contiguous();
}

// In place after the one conversion: a set of 10,000 colour patches is 0.5 GB as floats, and
// each out-of-place step held another copy.
torch::Tensor bytesToImages(const torch::Tensor& bytes)
{
    TORCH_CHECK(bytes.scalar_type() == torch::kUInt8, "bytesToImages takes uint8 pixels");
    return bytes.to(torch::kFloat32).div_(127.5).sub_(1.0).contiguous();
}

#ifdef DDDG_HAVE_OPENCV

bool canReadImages() { return true; }

namespace {
/// Keeps the decoders' own complaints ("libpng error: IDAT: CRC error", OpenCV's imread_
/// warnings) off stderr while a file is decoded: a bad file is reported once, by us, as one
/// line. stderr is process-wide, so decoding is serialised and the window is one imread.
class QuietStderr {
public:
    QuietStderr() : m_lock(mutex())
    {
        std::fflush(stderr);
        m_saved = ::dup(STDERR_FILENO);
        const int null = ::open("/dev/null", O_WRONLY);
        if (m_saved >= 0 && null >= 0) ::dup2(null, STDERR_FILENO);
        if (null >= 0) ::close(null);
    }
    ~QuietStderr()
    {
        std::fflush(stderr);
        if (m_saved >= 0) {
            ::dup2(m_saved, STDERR_FILENO);
            ::close(m_saved);
        }
    }
    QuietStderr(const QuietStderr&) = delete;
    QuietStderr& operator=(const QuietStderr&) = delete;

private:
    static std::mutex& mutex()
    {
        static std::mutex m;
        return m;
    }
    std::lock_guard<std::mutex> m_lock;
    int m_saved = -1;
};

cv::Mat decodeQuietly(const std::string& path, int flags)
{
    QuietStderr quiet;
    try {
        return cv::imread(path, flags);
    } catch (const cv::Exception&) {
        return {};
    }
}

/// 8 bits per channel whatever the file held (16-bit PNG/TIFF, float TIFF in [0, 1]).
cv::Mat toEightBit(const cv::Mat& mat)
{
    if (mat.depth() == CV_8U) return mat;
    cv::Mat out;
    const double scale = mat.depth() == CV_16U ? 1.0 / 257.0 : mat.depth() == CV_32F || mat.depth() == CV_64F ? 255.0 : 1.0;
    mat.convertTo(out, CV_8U, scale);
    return out;
}

/// Colour with alpha composited over white (SPEC §10), as BGR or grey without alpha.
cv::Mat overWhite(const cv::Mat& mat)
{
    if (mat.channels() != 2 && mat.channels() != 4) return mat;
    std::vector<cv::Mat> planes;
    cv::split(mat, planes);
    cv::Mat alpha;
    planes.back().convertTo(alpha, CV_32F, 1.0 / 255.0);
    planes.pop_back();
    for (auto& plane : planes) {
        cv::Mat value;
        plane.convertTo(value, CV_32F);
        value = value.mul(alpha) + (1.0 - alpha) * 255.0;
        value.convertTo(plane, CV_8U); // rounds and saturates
    }
    cv::Mat out;
    cv::merge(planes, out);
    return out;
}

/// Grey as luma (ITU-R 601, OpenCV's weights) or RGB from BGR or grey.
cv::Mat toChannels(const cv::Mat& mat, int64_t channels)
{
    cv::Mat out;
    if (channels == 1) {
        if (mat.channels() == 1) return mat;
        cv::cvtColor(mat, out, cv::COLOR_BGR2GRAY);
    } else {
        cv::cvtColor(mat, out, mat.channels() == 1 ? cv::COLOR_GRAY2RGB : cv::COLOR_BGR2RGB);
    }
    return out;
}

/// The diffusion repositories' rule: the shorter side to `size` (area filter when shrinking,
/// cubic when enlarging), then the centre `size`×`size`.
cv::Mat centreCrop(const cv::Mat& mat, int64_t size)
{
    if (mat.rows == size && mat.cols == size) return mat;
    const double scale = double(size) / double(std::min(mat.rows, mat.cols));
    const int width = std::max(int(size), int(std::lround(mat.cols * scale)));
    const int height = std::max(int(size), int(std::lround(mat.rows * scale)));
    cv::Mat resized;
    cv::resize(mat, resized, cv::Size(width, height), 0, 0, scale < 1.0 ? cv::INTER_AREA : cv::INTER_CUBIC);
    const cv::Rect centre((width - int(size)) / 2, (height - int(size)) / 2, int(size), int(size));
    return resized(centre).clone();
}

bool isMnistLike(int width, int height, int64_t size, int64_t channels) { return width == 28 && height == 28 && size == 32 && channels == 1; }

/// A JPEG has no alpha but may carry an EXIF orientation, which OpenCV applies unless the
/// file is read "unchanged": photos then come upright. Other formats keep alpha and depth.
int decodeFlags(const std::string& format)
{
    return format == "JPEG" ? cv::IMREAD_ANYCOLOR | cv::IMREAD_ANYDEPTH : cv::IMREAD_UNCHANGED;
}

/// The decoded file after the header check: at most kMaxImagePixels, never allocated before.
Result<cv::Mat> decodeChecked(const std::string& path)
{
    if (!fs::exists(path)) return makeError("image file " + path + " does not exist");
    auto header = readImageHeader(path);
    if (!header) return makeError("cannot read image " + path + ": " + header.error().message);
    if (header->width * header->height > kMaxImagePixels)
        return makeError("image " + path + " declares " + std::to_string(header->width) + "×" + std::to_string(header->height) +
                         " pixels, more than the limit of " + std::to_string(kMaxImagePixels >> 20) + " megapixels");
    cv::Mat mat = decodeQuietly(path, decodeFlags(header->format));
    if (mat.empty()) return makeError("cannot read image " + path + " (truncated, corrupt or unreadable " + header->format + ")");
    return mat;
}
} // namespace

Result<torch::Tensor> readImageBytes(const std::string& path, int64_t size, int64_t channels)
{
    if (channels != 1 && channels != 3) return makeError("images must have 1 or 3 channels");
    auto decoded = decodeChecked(path);
    if (!decoded) return decoded.error();
    cv::Mat mat = toChannels(overWhite(toEightBit(*decoded)), channels);
    const bool mnistLike = isMnistLike(mat.cols, mat.rows, size, channels);
    if (mnistLike) cv::copyMakeBorder(mat, mat, 2, 2, 2, 2, cv::BORDER_CONSTANT, cv::Scalar(0)); // the IDX sets' padding
    else mat = centreCrop(mat, size);
    auto bytes = torch::from_blob(mat.data, {mat.rows, mat.cols, channels}, torch::kUInt8);
    return bytes.permute({2, 0, 1}).contiguous().clone();
}

Result<torch::Tensor> readImageFile(const std::string& path, int64_t size, int64_t channels)
{
    auto bytes = readImageBytes(path, size, channels);
    if (!bytes) return bytes.error();
    return bytesToImages(bytes->unsqueeze(0));
}

Result<torch::Tensor> readImageAtOwnSize(const std::string& path)
{
    auto header = readImageHeader(path);
    if (header && header->width * header->height > kMaxOwnSizePixels)
        return makeError("image " + path + " is " + std::to_string(header->width) + "×" + std::to_string(header->height) +
                         ", more than the " + std::to_string(kMaxOwnSizePixels >> 20) + " megapixels restored at their own size");
    auto decoded = decodeChecked(path);
    if (!decoded) return decoded.error();
    cv::Mat mat = overWhite(toEightBit(*decoded));
    mat = toChannels(mat, mat.channels() >= 3 ? 3 : 1);
    auto bytes = torch::from_blob(mat.data, {mat.rows, mat.cols, mat.channels()}, torch::kUInt8);
    return bytesToImages(bytes.permute({2, 0, 1}).unsqueeze(0).contiguous().clone());
}

std::string imageFrameNote(const std::string& path, int64_t size, int64_t channels)
{
    auto header = readImageHeader(path);
    if (!header || header->width * header->height > kMaxImagePixels) return {};
    cv::Mat mat = decodeQuietly(path, decodeFlags(header->format));
    if (mat.empty()) return {};
    const int depth = mat.depth() == CV_16U || mat.depth() == CV_16S ? 16 : mat.depth() >= CV_32S ? 32 : 8;
    const bool colour = mat.channels() >= 3;
    const bool frame = (colour ? 3 : 1) == channels && mat.channels() != 2 && mat.channels() != 4 && depth == 8 &&
                       ((mat.rows == size && mat.cols == size) || isMnistLike(mat.cols, mat.rows, size, channels));
    if (frame) return {};
    const std::string kind = mat.channels() == 1 ? "grey" : mat.channels() == 2 ? "grey + alpha" : mat.channels() == 3 ? "colour" : "colour + alpha";
    const bool cropped = mat.rows != mat.cols && !isMnistLike(mat.cols, mat.rows, size, channels);
    return std::to_string(mat.cols) + "×" + std::to_string(mat.rows) + " " + kind + (depth == 8 ? "" : " " + std::to_string(depth) + "-bit") +
           " → " + std::to_string(size) + "×" + std::to_string(size) + (channels == 1 ? " grey" : " colour") + (cropped ? ", centre crop" : "");
}

#else

bool canReadImages() { return false; }
std::string imageFrameNote(const std::string&, int64_t, int64_t) { return {}; }

Result<torch::Tensor> readImageBytes(const std::string& path, int64_t, int64_t)
{
    return makeError("cannot read " + path + ": this build has no OpenCV (headless); use --dataset NAME --index I");
}

Result<torch::Tensor> readImageFile(const std::string& path, int64_t size, int64_t channels)
{
    auto bytes = readImageBytes(path, size, channels);
    if (!bytes) return bytes.error();
    return bytesToImages(bytes->unsqueeze(0));
}

Result<torch::Tensor> readImageAtOwnSize(const std::string& path) { return readImageBytes(path, 0, 1).error(); }

#endif

} // namespace dddg
