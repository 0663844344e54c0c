#include "image_file.h"

#include <torch/torch.h>

#include <algorithm>
#include <filesystem>

#ifdef DDDG_HAVE_OPENCV
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#endif

namespace dddg {
namespace fs = std::filesystem;

#ifdef DDDG_HAVE_OPENCV

bool canReadImages() { return true; }

Result<torch::Tensor> readImageFile(const std::string& path, int64_t size, int64_t channels)
{
    if (!fs::exists(path)) return makeError("image file " + path + " does not exist");
    if (channels != 1 && channels != 3) return makeError("images must have 1 or 3 channels");
    cv::Mat mat;
    try {
        mat = cv::imread(path, channels == 1 ? cv::IMREAD_GRAYSCALE : cv::IMREAD_COLOR);
    } catch (const cv::Exception&) {
        mat.release();
    }
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
    cv::Mat mat;
    try {
        mat = cv::imread(path, cv::IMREAD_UNCHANGED);
    } catch (const cv::Exception&) {
        return {};
    }
    if (mat.empty()) return {};
    const int depth = mat.depth() == CV_16U || mat.depth() == CV_16S ? 16 : mat.depth() >= CV_32S ? 32 : 8;
    const bool frame = mat.channels() == channels && depth == 8 &&
                       ((mat.rows == size && mat.cols == size) || (mat.rows == 28 && mat.cols == 28 && size == 32 && channels == 1));
    if (frame) return {};
    const std::string kind = mat.channels() == 1 ? "grey" : mat.channels() == 2 ? "grey + alpha" : mat.channels() == 3 ? "colour" : "colour + alpha";
    return std::to_string(mat.cols) + "×" + std::to_string(mat.rows) + " " + kind + ", " + std::to_string(depth) + "-bit → " +
           std::to_string(size) + "×" + std::to_string(size) + (channels == 1 ? " grey" : " colour");
}

#else

bool canReadImages() { return false; }
std::string imageFrameNote(const std::string&, int64_t, int64_t) { return {}; }

Result<torch::Tensor> readImageFile(const std::string& path, int64_t, int64_t)
{
    return makeError("cannot read " + path + ": this build has no OpenCV (headless); use --dataset NAME --index I");
}

#endif

Result<Dataset> loadImageFolder(const std::string& dir, int64_t size, int64_t channels)
{
    if (!canReadImages()) return makeError("cannot read image folder " + dir + ": this build has no OpenCV");
    if (size < 8 || size % 8 != 0 || size > 256) return makeError("image size must be a multiple of 8 in [8, 256]");
    std::vector<std::string> files;
    for (const auto& entry : fs::directory_iterator(dir)) {
        std::string ext = entry.path().extension().string();
        std::transform(ext.begin(), ext.end(), ext.begin(), ::tolower);
        if (entry.is_regular_file() && (ext == ".png" || ext == ".jpg" || ext == ".jpeg" || ext == ".bmp"))
            files.push_back(entry.path().string());
    }
    if (files.empty()) return makeError("image folder " + dir + " holds no PNG/JPEG/BMP files");
    std::sort(files.begin(), files.end());
    std::vector<torch::Tensor> images;
    for (const auto& f : files) {
        auto img = readImageFile(f, size, channels);
        if (!img) return img.error();
        images.push_back(*img);
    }
    Dataset ds;
    ds.name = fs::path(dir).filename().string();
    ds.images = torch::cat(images);
    return ds;
}

} // namespace dddg
