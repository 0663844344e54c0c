#include "image_file.h"

#include <torch/torch.h>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <mutex>

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


#ifdef DDDG_HAVE_OPENCV

bool canReadImages() { return true; }

namespace {
/// True when the file starts like a format we read (PNG, JPEG, BMP, PNM, TIFF, WebP). Others
/// never reach OpenCV: its JPEG 2000 and GDAL decoders print to stderr on bad input and are
/// more code to trust than a user's picture needs.
bool looksLikeSupportedImage(const std::string& path)
{
    char head[12] = {};
    std::ifstream in(path, std::ios::binary);
    in.read(head, sizeof head);
    const std::string h(head, size_t(in.gcount()));
    auto starts = [&h](const char* magic, size_t n) { return h.size() >= n && h.compare(0, n, magic, n) == 0; };
    return starts("\x89PNG\r\n\x1a\n", 8) || starts("\xff\xd8\xff", 3) || starts("BM", 2) ||
           (h.size() >= 2 && h[0] == 'P' && h[1] >= '1' && h[1] <= '6') || starts("II*\0", 4) || starts("MM\0*", 4) ||
           (starts("RIFF", 4) && h.size() >= 12 && h.compare(8, 4, "WEBP") == 0);
}
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
} // namespace

Result<torch::Tensor> readImageFile(const std::string& path, int64_t size, int64_t channels)
{
    if (!fs::exists(path)) return makeError("image file " + path + " does not exist");
    if (channels != 1 && channels != 3) return makeError("images must have 1 or 3 channels");
    if (!looksLikeSupportedImage(path))
        return makeError("cannot read image " + path + ": not a PNG, JPEG, BMP, PNM, TIFF or WebP file");
    cv::Mat mat = decodeQuietly(path, channels == 1 ? cv::IMREAD_GRAYSCALE : cv::IMREAD_COLOR);
    if (mat.empty()) return makeError("cannot read image " + path + " (unreadable or not an image)");
    if (channels == 3) cv::cvtColor(mat, mat, cv::COLOR_BGR2RGB);
    bool mnistLike = mat.rows == 28 && mat.cols == 28 && size == 32;
    if (!mnistLike && (mat.rows != size || mat.cols != size))
        cv::resize(mat, mat, cv::Size(int(size), int(size)), 0, 0, cv::INTER_AREA);
    auto bytes = torch::from_blob(mat.data, {mat.rows, mat.cols, channels}, torch::kUInt8).clone();
    if (mnistLike) return padAndScale(bytes.squeeze(-1).unsqueeze(0));
    return bytes.permute({2, 0, 1}).unsqueeze(0).to(torch::kFloat32).div(127.5).sub(1.0).contiguous();
}

std::string imageFrameNote(const std::string& path, int64_t size, int64_t channels)
{
    if (!looksLikeSupportedImage(path)) return {};
    cv::Mat mat = decodeQuietly(path, cv::IMREAD_UNCHANGED);
    if (mat.empty()) return {};
    const int depth = mat.depth() == CV_16U || mat.depth() == CV_16S ? 16 : mat.depth() >= CV_32S ? 32 : 8;
    const bool frame = mat.channels() == channels && depth == 8 &&
                       ((mat.rows == size && mat.cols == size) || (mat.rows == 28 && mat.cols == 28 && size == 32 && channels == 1));
    if (frame) return {};
    const std::string kind = mat.channels() == 1 ? "grey" : mat.channels() == 2 ? "grey + alpha" : mat.channels() == 3 ? "colour" : "colour + alpha";
    return std::to_string(mat.cols) + "×" + std::to_string(mat.rows) + " " + kind + (depth == 8 ? "" : " " + std::to_string(depth) + "-bit") +
           " → " + std::to_string(size) + "×" + std::to_string(size) + (channels == 1 ? " grey" : " colour");
}

#else

bool canReadImages() { return false; }
std::string imageFrameNote(const std::string&, int64_t, int64_t) { return {}; }

Result<torch::Tensor> readImageFile(const std::string& path, int64_t, int64_t)
{
    return makeError("cannot read " + path + ": this build has no OpenCV (headless); use --dataset NAME --index I");
}

#endif

} // namespace dddg
