#pragma once
// The files of an image folder as torchvision's ImageFolder sees them (SPEC §10): classes are
// the immediate subfolders in byte order, images are found recursively below each; `train/`
// and `test/` at the root give the split, otherwise every 10th file of a class is held out.
#include "result.h"

#include <cstdint>
#include <string>
#include <vector>

namespace dddg {

struct FolderFile {
    std::string path;     ///< as found (below the folder given)
    int64_t label = -1;   ///< index into FolderListing::classes; −1 in an unlabelled folder
    bool test = false;    ///< in the held-out test split
    uint64_t bytes = 0;   ///< file size and modification time: the cache's key
    int64_t modified = 0; ///< nanoseconds since the epoch
};

struct FolderListing {
    std::vector<std::string> classes; ///< empty: one unlabelled set
    std::vector<FolderFile> files;    ///< per class (then per split) in sorted order
    bool explicitSplit = false;       ///< train/ and test/ subfolders
    int64_t unreadableFolders = 0;    ///< folders the scan could not open (skipped)
    std::string firstUnreadable;
};

/// True for the extensions SPEC §10 names (png jpg jpeg bmp ppm pgm tif tiff webp), any case.
bool hasImageExtension(const std::string& path);

/// Lists `dir`. Symbolic links to folders are followed once (a loop is seen and cut), folders
/// that cannot be read are counted, not fatal. An Error when `dir` is no folder or holds no
/// image file.
Result<FolderListing> scanImageFolder(const std::string& dir);

} // namespace dddg
