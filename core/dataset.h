#pragma once
// In-memory image datasets: MNIST-family IDX splits and image folders.
#include "result.h"

#include <torch/types.h>

#include <string>
#include <vector>

namespace dddg {

/// Images ready for the model: [N, C, H, W] float32 in [−1, 1]; labels [N] int64 (or undefined).
struct Dataset {
    std::string name;
    torch::Tensor images;
    torch::Tensor labels;
    int64_t numClasses = 0;

    int64_t size() const { return images.defined() ? images.size(0) : 0; }
    /// Mean pixel value over the whole set: the constant image x_0 of design §3.
    double meanPixel() const;
};

enum class Split { Train, Test };

/// True for the names of IDX datasets that are built in: "fashion-mnist", "mnist".
bool isNamedDataset(const std::string& name);

/// The folders searched, in order, for a named dataset without --data-dir:
/// `$DDDG_DATA_DIR/NAME`, the user's `$XDG_DATA_HOME/dddg-explorer/data/NAME`, the installed
/// package's `share/dddg-explorer/data/NAME`, for Fashion-MNIST Debian's
/// `/usr/share/datasets/fashion-mnist`, and (build trees only) the source tree's `data/NAME`.
std::vector<std::string> datasetSearchPath(const std::string& name);

/// The folder holding `name`'s IDX files: `dataDir` when given, else the first folder of
/// datasetSearchPath() that holds a split; the error lists every folder it tried.
Result<std::string> resolveDataDir(const std::string& name, const std::string& dataDir);

/// Loads a split of an IDX dataset: 28×28 zero-padded to 32×32 (pad value −1), [−1, 1].
/// The published MNIST and Fashion-MNIST files are checked against their SHA-256 sums.
Result<Dataset> loadIdxDataset(const std::string& name, const std::string& dataDir, Split split);

/// Loads a named dataset or, when `nameOrDir` is a folder, the images in it
/// (needs OpenCV; `size` is the side length they are resized to, `channels` 1 or 3).
Result<Dataset> loadDataset(const std::string& nameOrDir, const std::string& dataDir, Split split,
                            int64_t size = 32, int64_t channels = 1);

/// Display names of the classes: the garment names for Fashion-MNIST, digits for MNIST,
/// "class k" otherwise.
std::vector<std::string> classNames(const std::string& datasetName, int64_t numClasses);

} // namespace dddg
