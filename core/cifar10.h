#pragma once
// CIFAR-10's binary version (SPEC §10): data_batch_1..5.bin and test_batch.bin, 10,000 records
// each of one label byte and 3,072 pixel bytes (R, G, B planes of 32×32, row-major); class
// names from batches.meta.txt.
#include "dataset.h"

#include <string>

namespace dddg {

constexpr int64_t kCifarRecords = 10000;
constexpr int64_t kCifarRecordBytes = 1 + 3 * 32 * 32;

/// True when `dir` holds CIFAR-10's binary batches.
bool isCifar10Folder(const std::string& dir);

/// The training (50,000) or test (10,000) split, 32×32 colour. A batch of the wrong size is an
/// Error naming the file, before anything is allocated for it.
Result<Dataset> loadCifar10(const std::string& dir, Split split);

} // namespace dddg
