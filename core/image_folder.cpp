#include "image_folder.h"

#include "folder_cache.h"
#include "folder_scan.h"
#include "image_file.h"
#include "image_header.h"

#include <torch/torch.h>

#include <filesystem>

namespace dddg {
namespace fs = std::filesystem;

namespace {

DecodedFolder decodeAll(const FolderListing& listing, const Frame& frame)
{
    DecodedFolder decoded;
    std::vector<torch::Tensor> images;
    for (size_t i = 0; i < listing.files.size(); ++i) {
        auto bytes = readImageBytes(listing.files[i].path, frame.size, frame.channels);
        if (!bytes) {
            if (decoded.skipped++ == 0) decoded.firstSkipped = bytes.error().message;
            continue;
        }
        decoded.kept.push_back(int64_t(i));
        images.push_back(*bytes);
    }
    decoded.bytes = images.empty() ? torch::empty({0, frame.channels, frame.size, frame.size}, torch::kUInt8) : torch::stack(images);
    return decoded;
}

/// "3 files skipped (first: PATH: reason)" and the like, for the Dataset's notes.
std::vector<std::string> loadNotes(const FolderListing& listing, const DecodedFolder& decoded)
{
    std::vector<std::string> notes;
    if (decoded.skipped > 0)
        notes.push_back(std::to_string(decoded.skipped) + (decoded.skipped == 1 ? " file" : " files") + " skipped (first: " +
                        decoded.firstSkipped + ")");
    if (listing.unreadableFolders > 0)
        notes.push_back(std::to_string(listing.unreadableFolders) + (listing.unreadableFolders == 1 ? " folder" : " folders") +
                        " could not be read (first: " + listing.firstUnreadable + ")");
    return notes;
}

DecodedFolder decodeCached(const FolderListing& listing, const Frame& frame)
{
    const std::string cache = folderCachePath(listing, frame);
    if (auto cached = readFolderCache(cache, frame, listing.files.size())) return std::move(*cached);
    DecodedFolder decoded = decodeAll(listing, frame);
    writeFolderCache(cache, decoded);
    return decoded;
}

} // namespace

Result<Dataset> loadImageFolder(const std::string& dir, const Frame& frame, std::optional<Split> split)
{
    if (!canReadImages()) return makeError("cannot read image folder " + dir + ": this build has no OpenCV");
    if (auto valid = validateFrame(frame); !valid) return valid.error();
    auto listing = scanImageFolder(dir);
    if (!listing) return listing.error();
    const DecodedFolder decoded = decodeCached(*listing, frame);
    if (decoded.kept.empty())
        return makeError("image folder " + dir + ": none of its " + std::to_string(listing->files.size()) +
                         " image files could be read (first: " + decoded.firstSkipped + ")");

    std::vector<int64_t> rows, labels;
    for (size_t k = 0; k < decoded.kept.size(); ++k) {
        const FolderFile& file = listing->files[size_t(decoded.kept[k])];
        if (split && file.test != (*split == Split::Test)) continue;
        rows.push_back(int64_t(k));
        labels.push_back(file.label);
    }
    const std::string part = !split ? "" : *split == Split::Test ? " test" : " training";
    if (rows.empty())
        return makeError("image folder " + dir + " has no" + part + " images" +
                         (split == Split::Test && !listing->explicitSplit ? " (the test split is every 10th file of a class; add files or a test/ folder)" : ""));

    Dataset ds;
    std::error_code ec;
    ds.name = fs::path(dir).lexically_normal().filename().string();
    if (ds.name.empty()) ds.name = fs::path(dir).lexically_normal().parent_path().filename().string();
    ds.images = bytesToImages(decoded.bytes.index_select(0, torch::tensor(rows, torch::kInt64)));
    if (!listing->classes.empty()) {
        ds.labels = torch::tensor(labels, torch::kInt64);
        ds.numClasses = int64_t(listing->classes.size());
        ds.classes = listing->classes;
    }
    ds.notes = loadNotes(*listing, decoded);
    ds.flipsInTraining = true;
    ds.storedInOrder = true;
    return ds;
}

Result<Frame> imageFolderFrame(const std::string& dir)
{
    auto listing = scanImageFolder(dir);
    if (!listing) return listing.error();
    std::string firstFailure;
    for (const auto& file : listing->files) {
        auto header = readImageHeader(file.path);
        auto small = readImageBytes(file.path, kMinFrameSide, 3); // only its colours are looked at
        if (!header || !small) {
            if (firstFailure.empty()) firstFailure = small ? file.path + ": " + header.error().message : small.error().message;
            continue;
        }
        const bool isGrey = small->select(0, 0).equal(small->select(0, 1)) && small->select(0, 1).equal(small->select(0, 2));
        const int64_t shorter = std::min(header->width, header->height);
        Frame frame{isGrey ? 1 : 3, kMinFrameSide};
        if (isGrey && header->width == 28 && header->height == 28) frame.size = 32;
        while (frame.size * 2 <= std::min(shorter, kMaxFrameSide)) frame.size *= 2;
        return frame;
    }
    return makeError("image folder " + dir + ": none of its " + std::to_string(listing->files.size()) +
                     " image files could be read (first: " + firstFailure + ")");
}

} // namespace dddg
