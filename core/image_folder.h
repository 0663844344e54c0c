#pragma once
// A folder of image files as a dataset (`--dataset DIR`). Kept apart from image_file.h, which
// reads single files and knows nothing of datasets, so that the dataset loader can use both
// without the two including each other.
#include "dataset.h"
#include "result.h"

#include <string>

namespace dddg {

/// Every PNG/JPEG/BMP in `dir` (sorted by name), as a Dataset without labels.
Result<Dataset> loadImageFolder(const std::string& dir, int64_t size, int64_t channels);

} // namespace dddg
