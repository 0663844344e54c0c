#pragma once
// IDX files (the MNIST family's format), gzipped or not.
#include "result.h"

#include <cstdint>
#include <string>
#include <vector>

namespace dddg {

/// An IDX array of unsigned bytes: dims from the header, values row-major.
struct IdxArray {
    std::vector<int64_t> dims;
    std::vector<uint8_t> data;
    std::string sha256; ///< of the uncompressed file (header and data), lower-case hex
};

/// Reads `path` (gzip is detected from the content). Every malformed input — missing file,
/// bad magic, non-ubyte type, truncated data, trailing bytes — is an Error naming the file.
Result<IdxArray> readIdx(const std::string& path);

} // namespace dddg
