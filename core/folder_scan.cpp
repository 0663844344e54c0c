#include "folder_scan.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <set>

namespace dddg {
namespace fs = std::filesystem;

namespace {

constexpr int kMaxDepth = 64;
constexpr int64_t kTestEvery = 10; ///< every 10th file of a class (the 10th, 20th, …) is a test image

/// What one walk collects; `visited` holds canonical folders so that a link loop ends.
struct Walk {
    std::set<fs::path> visited;
    int64_t unreadable = 0;
    std::string firstUnreadable;

    void unreadableFolder(const fs::path& folder)
    {
        if (unreadable++ == 0) firstUnreadable = folder.string();
    }
};

FolderFile describe(const fs::path& path)
{
    FolderFile file;
    file.path = path.string();
    std::error_code ec;
    file.bytes = fs::file_size(path, ec);
    if (ec) file.bytes = 0;
    auto time = fs::last_write_time(path, ec);
    if (!ec) file.modified = std::chrono::duration_cast<std::chrono::nanoseconds>(time.time_since_epoch()).count();
    return file;
}

/// Enters `folder` unless it was entered before (through a link) or cannot be resolved.
bool enter(Walk& walk, const fs::path& folder)
{
    std::error_code ec;
    const fs::path canonical = fs::canonical(folder, ec);
    if (ec) {
        walk.unreadableFolder(folder);
        return false;
    }
    return walk.visited.insert(canonical).second;
}

/// The image files and the subfolders directly in `folder`, each sorted.
void listFolder(Walk& walk, const fs::path& folder, std::vector<fs::path>& files, std::vector<fs::path>& folders)
{
    std::error_code ec;
    fs::directory_iterator it(folder, fs::directory_options::skip_permission_denied, ec), end;
    if (ec) {
        walk.unreadableFolder(folder);
        return;
    }
    for (; it != end; it.increment(ec)) {
        if (ec) {
            walk.unreadableFolder(folder);
            break;
        }
        std::error_code kind;
        if (it->is_directory(kind)) folders.push_back(it->path()); // follows links
        else if (it->is_regular_file(kind) && hasImageExtension(it->path().string())) files.push_back(it->path());
    }
    std::sort(files.begin(), files.end());
    std::sort(folders.begin(), folders.end());
}

/// Every image file below `folder`, depth first in sorted order.
void collectRecursively(Walk& walk, const fs::path& folder, int depth, std::vector<fs::path>& out)
{
    if (depth > kMaxDepth || !enter(walk, folder)) return;
    std::vector<fs::path> files, folders;
    listFolder(walk, folder, files, folders);
    out.insert(out.end(), files.begin(), files.end());
    for (const auto& sub : folders) collectRecursively(walk, sub, depth + 1, out);
}

/// One split root: the files of each class subfolder, or its own files when it has no class
/// with images (an unlabelled set).
std::vector<std::pair<std::string, std::vector<fs::path>>> classesOf(Walk& walk, const fs::path& root)
{
    std::vector<std::pair<std::string, std::vector<fs::path>>> classes;
    if (!enter(walk, root)) return classes;
    std::vector<fs::path> loose, folders;
    listFolder(walk, root, loose, folders);
    for (const auto& folder : folders) {
        std::vector<fs::path> files;
        collectRecursively(walk, folder, 1, files);
        if (!files.empty()) classes.emplace_back(folder.filename().string(), std::move(files));
    }
    if (classes.empty() && !loose.empty()) classes.emplace_back(std::string(), std::move(loose));
    return classes;
}

} // namespace

bool hasImageExtension(const std::string& path)
{
    std::string ext = fs::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    for (const char* known : {".png", ".jpg", ".jpeg", ".bmp", ".ppm", ".pgm", ".tif", ".tiff", ".webp"})
        if (ext == known) return true;
    return false;
}

Result<FolderListing> scanImageFolder(const std::string& dir)
{
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) return makeError("image folder " + dir + " does not exist");
    FolderListing listing;
    listing.explicitSplit = fs::is_directory(fs::path(dir) / "train", ec) && fs::is_directory(fs::path(dir) / "test", ec);
    Walk walk;
    std::vector<std::pair<bool, std::vector<std::pair<std::string, std::vector<fs::path>>>>> parts;
    if (listing.explicitSplit) {
        parts.emplace_back(false, classesOf(walk, fs::path(dir) / "train"));
        parts.emplace_back(true, classesOf(walk, fs::path(dir) / "test"));
    } else {
        parts.emplace_back(false, classesOf(walk, dir));
    }
    const bool labelled = std::any_of(parts.begin(), parts.end(), [](const auto& part) {
        return std::any_of(part.second.begin(), part.second.end(), [](const auto& c) { return !c.first.empty(); });
    });
    if (labelled) {
        std::set<std::string> names;
        for (const auto& part : parts)
            for (const auto& c : part.second)
                if (!c.first.empty()) names.insert(c.first); // std::string orders by bytes
        listing.classes.assign(names.begin(), names.end());
    }
    for (const auto& [test, classes] : parts)
        for (const auto& [name, files] : classes) {
            if (labelled && name.empty()) continue; // loose files beside class folders are not a class
            const int64_t label = labelled ? std::lower_bound(listing.classes.begin(), listing.classes.end(), name) - listing.classes.begin() : -1;
            for (size_t i = 0; i < files.size(); ++i) {
                FolderFile file = describe(files[i]);
                file.label = label;
                file.test = listing.explicitSplit ? test : int64_t(i) % kTestEvery == kTestEvery - 1;
                listing.files.push_back(std::move(file));
            }
        }
    listing.unreadableFolders = walk.unreadable;
    listing.firstUnreadable = walk.firstUnreadable;
    if (listing.files.empty())
        return makeError("image folder " + dir + " holds no image files (png, jpg, jpeg, bmp, ppm, pgm, tif, tiff, webp)");
    return listing;
}

} // namespace dddg
