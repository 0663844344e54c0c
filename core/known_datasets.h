#pragma once
// The published IDX files of the built-in datasets (MNIST, Fashion-MNIST) and their SHA-256
// sums, so that a corrupt or modified copy is refused when it is read.
#include "result.h"

#include <string>
#include <vector>

namespace dddg {

struct IdxArray;

/// One published file: `stem` is its name without ".gz", `count` the images (or labels) in it.
struct KnownIdxFile {
    std::string dataset;
    std::string stem;
    int64_t count;
    std::string sha256; ///< of the uncompressed file
};

/// Every published file of "mnist" and "fashion-mnist".
const std::vector<KnownIdxFile>& knownIdxFiles();

/// Checks a file of a built-in dataset against its published checksum. A file whose header
/// claims to be the published split (same name and count) must match it exactly; other IDX
/// files under a built-in name (a user's own subset) are passed through unchecked.
Status verifyKnownIdxFile(const std::string& dataset, const std::string& path, const IdxArray& array);

} // namespace dddg
