#pragma once
// Decoded image folders kept on disk, so that a 50,000-image folder loads in seconds the
// second time (SPEC §10). The key is the file list with sizes and modification times and the
// frame: any change to the folder makes a new entry. A cache that cannot be read or written
// costs only time.
#include "folder_scan.h"
#include "frame.h"

#include <torch/types.h>

#include <optional>
#include <string>

namespace dddg {

/// What decoding a folder gave: the files that decoded (indices into the listing) and their
/// pixels, and what was skipped.
struct DecodedFolder {
    std::vector<int64_t> kept;   ///< listing indices, ascending
    torch::Tensor bytes;         ///< [kept, C, S, S] uint8
    int64_t skipped = 0;
    std::string firstSkipped;    ///< "PATH: reason"
};

/// The cache file of `listing` decoded in `frame` (under userCacheRoot()/folders); empty when
/// there is no cache folder.
std::string folderCachePath(const FolderListing& listing, const Frame& frame);

std::optional<DecodedFolder> readFolderCache(const std::string& path, const Frame& frame, size_t files);
/// Writes atomically (a temporary file renamed); false when it could not.
bool writeFolderCache(const std::string& path, const DecodedFolder& decoded);

} // namespace dddg
