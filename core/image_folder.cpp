#include "image_folder.h"

#include "image_file.h"

#include <torch/torch.h>

#include <algorithm>
#include <filesystem>

namespace dddg {
namespace fs = std::filesystem;

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
