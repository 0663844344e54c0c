#include "dataset.h"

#include "cifar10.h"
#include "idx_reader.h"
#include "image_file.h"
#include "image_folder.h"
#include "known_datasets.h"
#include "search_paths.h"

#include <torch/torch.h>

#include <cstdlib>
#include <filesystem>

namespace dddg {
namespace fs = std::filesystem;

namespace {

std::string fileFor(const std::string& dir, Split split, bool labels)
{
    std::string prefix = split == Split::Train ? "train" : "t10k";
    std::string stem = prefix + (labels ? "-labels-idx1-ubyte" : "-images-idx3-ubyte");
    for (const char* ext : {".gz", ""})
        if (fs::exists(fs::path(dir) / (stem + ext))) return (fs::path(dir) / (stem + ext)).string();
    return (fs::path(dir) / (stem + ".gz")).string();
}

bool holdsSplit(const std::string& dir)
{
    return fs::exists(fileFor(dir, Split::Train, false)) || fs::exists(fileFor(dir, Split::Test, false));
}

Result<IdxArray> readVerifiedIdx(const std::string& name, const std::string& path)
{
    auto array = readIdx(path);
    if (!array) return array;
    if (auto verified = verifyKnownIdxFile(name, path, *array); !verified) return verified.error();
    return array;
}

} // namespace

double Dataset::meanPixel() const { return images.mean().item<double>(); }

bool isNamedDataset(const std::string& name) { return name == "fashion-mnist" || name == "mnist"; }

bool isKnownDatasetName(const std::string& name) { return isNamedDataset(name) || name == "cifar10" || name == "emoji" || name == "photos"; }

std::vector<std::string> datasetSearchPath(const std::string& name)
{
    std::vector<fs::path> dirs;
    if (const char* env = std::getenv("DDDG_DATA_DIR"); env && *env) dirs.push_back(fs::path(env) / name);
    if (auto user = userDataRoot(); !user.empty()) dirs.push_back(user / "data" / name);
    if (auto installed = installedDataRoot(); !installed.empty()) dirs.push_back(installed / "data" / name);
    if (name == "fashion-mnist") dirs.emplace_back("/usr/share/datasets/fashion-mnist"); // Debian's dataset-fashion-mnist
    if (auto source = sourceTreeRoot(); !source.empty()) dirs.push_back(source / "data" / name);
    std::vector<std::string> out;
    for (const auto& dir : dirs) out.push_back(dir.lexically_normal().string());
    return out;
}

std::string pictureDataset()
{
    for (const auto& dir : datasetSearchPath("photos")) {
        std::error_code ec;
        if (fs::is_directory(fs::path(dir) / "train", ec)) return "photos";
    }
    return "fashion-mnist";
}

Result<std::string> resolveDataDir(const std::string& name, const std::string& dataDir)
{
    if (!dataDir.empty()) {
        if (!fs::is_directory(dataDir)) return makeError("data directory " + dataDir + " does not exist");
        return dataDir;
    }
    auto dirs = datasetSearchPath(name);
    for (const auto& dir : dirs)
        if (holdsSplit(dir)) return dir;
    std::string tried;
    for (const auto& dir : dirs) tried += (tried.empty() ? "" : ", ") + dir;
    return makeError("cannot find the " + name + " IDX files (looked in " + tried +
                     "); point --data-dir at a copy: the folder with train-images-idx3-ubyte.gz and the other three IDX files");
}

Result<Dataset> loadIdxDataset(const std::string& name, const std::string& dataDir, Split split)
{
    auto dir = resolveDataDir(name, dataDir);
    if (!dir) return dir.error();
    std::string imagePath = fileFor(*dir, split, false), labelPath = fileFor(*dir, split, true);
    auto images = readVerifiedIdx(name, imagePath);
    if (!images) return images.error();
    if (images->dims.size() != 3 || images->dims[1] > 32 || images->dims[2] > 32)
        return makeError("IDX file " + imagePath + " does not hold N×H×W images of at most 32×32 pixels");
    auto labels = readVerifiedIdx(name, labelPath);
    if (!labels) return labels.error();
    if (labels->dims.size() != 1) return makeError("IDX file " + labelPath + " does not hold a vector of labels");
    if (labels->dims[0] != images->dims[0])
        return makeError("count mismatch: " + imagePath + " holds " + std::to_string(images->dims[0]) + " images but " +
                         labelPath + " holds " + std::to_string(labels->dims[0]) + " labels");

    auto bytes = torch::from_blob(images->data.data(), images->dims, torch::kUInt8);
    Dataset ds;
    ds.name = name;
    ds.images = padAndScale(bytes);
    ds.labels = torch::from_blob(labels->data.data(), {labels->dims[0]}, torch::kUInt8).to(torch::kInt64);
    ds.numClasses = ds.labels.max().item<int64_t>() + 1;
    if (ds.numClasses > 1000) return makeError("labels in " + labelPath + " exceed 1000 classes");
    return ds;
}

std::vector<std::string> classNames(const std::string& datasetName, int64_t numClasses)
{
    static const std::vector<std::string> fashion{"T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
                                                  "Sandal",      "Shirt",   "Sneaker",  "Bag",   "Ankle boot"};
    std::vector<std::string> names;
    for (int64_t k = 0; k < numClasses; ++k) {
        if (datasetName == "fashion-mnist" && k < int64_t(fashion.size())) names.push_back(fashion[size_t(k)]);
        else if (datasetName == "mnist") names.push_back(std::to_string(k));
        else names.push_back("class " + std::to_string(k));
    }
    return names;
}

namespace {

/// The folder of a dataset found by name that is not IDX: `dataDir`, else the first folder of
/// the search path that `holds` accepts.
Result<std::string> findNamedFolder(const std::string& name, const std::string& dataDir, bool (*holds)(const std::string&),
                                    const std::string& advice)
{
    if (!dataDir.empty()) {
        if (!fs::is_directory(dataDir)) return makeError("data directory " + dataDir + " does not exist");
        return dataDir;
    }
    std::string tried;
    for (const auto& dir : datasetSearchPath(name)) {
        if (holds(dir)) return dir;
        tried += (tried.empty() ? "" : ", ") + dir;
    }
    return makeError("cannot find the " + name + " dataset (looked in " + tried + "); " + advice);
}

bool isFolder(const std::string& dir)
{
    std::error_code ec;
    return fs::is_directory(dir, ec);
}

/// The folder of anything but the IDX sets: cifar10's, emoji's or photos' found by name, else the path.
Result<std::string> folderOf(const std::string& nameOrDir, const std::string& dataDir)
{
    if (nameOrDir == "cifar10")
        return findNamedFolder("cifar10", dataDir, isCifar10Folder, "point --data-dir at the folder with data_batch_1.bin … test_batch.bin");
    if (nameOrDir == "emoji") return findNamedFolder("emoji", dataDir, isFolder, "./run.sh makes it from Debian's fonts-noto-color-emoji");
    if (nameOrDir == "photos") return findNamedFolder("photos", dataDir, isFolder, "./run.sh makes it from Debian's mate-backgrounds");
    if (!isFolder(nameOrDir)) return makeError("unknown dataset '" + nameOrDir + "': use fashion-mnist, mnist, cifar10, emoji, photos or an image folder");
    return nameOrDir;
}

/// The data in its own frame, or decoded straight into `frame` (an image folder).
Result<Dataset> loadNative(const std::string& nameOrDir, const std::string& dataDir, Split split, std::optional<Frame> frame)
{
    if (isNamedDataset(nameOrDir)) return loadIdxDataset(nameOrDir, dataDir, split);
    auto found = folderOf(nameOrDir, dataDir);
    if (!found) return found.error();
    const std::string folder = *found;
    if (isCifar10Folder(folder)) return loadCifar10(folder, split);
    if (!frame) {
        auto suggested = imageFolderFrame(folder);
        if (!suggested) return suggested.error();
        frame = *suggested;
    }
    auto ds = loadImageFolder(folder, *frame, split);
    if (ds && (nameOrDir == "emoji" || nameOrDir == "photos")) ds->name = nameOrDir;
    return ds;
}

} // namespace

Result<Frame> nativeFrame(const std::string& nameOrDir, const std::string& dataDir)
{
    if (isNamedDataset(nameOrDir)) return Frame{1, 32};
    auto folder = folderOf(nameOrDir, dataDir);
    if (!folder) return folder.error();
    if (isCifar10Folder(*folder)) return Frame{3, 32};
    return imageFolderFrame(*folder);
}

Dataset toFrame(Dataset data, const Frame& frame)
{
    if (data.frame() == frame) return data;
    using namespace torch::nn::functional;
    auto x = data.images;
    if (x.size(1) == 3 && frame.channels == 1) // luma, ITU-R 601
        x = (0.299 * x.select(1, 0) + 0.587 * x.select(1, 1) + 0.114 * x.select(1, 2)).unsqueeze(1);
    else if (x.size(1) == 1 && frame.channels == 3)
        x = x.repeat({1, 3, 1, 1});
    if (x.size(2) > frame.size) x = adaptive_avg_pool2d(x, AdaptiveAvgPool2dFuncOptions({frame.size, frame.size}));
    else if (x.size(2) < frame.size)
        x = interpolate(x, InterpolateFuncOptions().size(std::vector<int64_t>{frame.size, frame.size}).mode(torch::kBicubic).align_corners(false))
                .clamp(-1.0, 1.0);
    data.images = x.contiguous();
    return data;
}

Result<Dataset> loadDataset(const std::string& nameOrDir, const std::string& dataDir, Split split, std::optional<Frame> frame)
{
    if (frame)
        if (auto valid = validateFrame(*frame); !valid) return valid.error();
    auto data = loadNative(nameOrDir, dataDir, split, frame);
    if (!data) return data;
    if (data->classes.empty() && data->numClasses > 0) data->classes = classNames(data->name, data->numClasses);
    if (frame) return toFrame(std::move(*data), *frame);
    return data;
}

} // namespace dddg
