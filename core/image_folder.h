#pragma once
// A folder of image files as a dataset (`--dataset DIR`, SPEC §10). Kept apart from
// image_file.h, which reads single files and knows nothing of datasets, so that the dataset
// loader can use both without the two including each other.
#include "dataset.h"
#include "frame.h"
#include "result.h"

#include <optional>
#include <string>

namespace dddg {

/// The images of `dir` in ImageFolder layout (folder_scan.h), in `frame`: the `split` only
/// (nullopt: every image). Files that cannot be decoded are skipped and counted in the
/// Dataset's notes; nothing usable is an Error. Decoded pixels are cached (folder_cache.h).
Result<Dataset> loadImageFolder(const std::string& dir, const Frame& frame, std::optional<Split> split = std::nullopt);

/// The frame a folder suggests when no model gives one: its first image's, colour unless it
/// is grey, the side the largest power of two within 16–128 that the shorter side reaches
/// (28×28 grey digits: 32, the IDX rule).
Result<Frame> imageFolderFrame(const std::string& dir);

} // namespace dddg
