#pragma once
// In-memory image datasets: MNIST-family IDX splits and image folders.
#include "frame.h"
#include "result.h"

#include <torch/types.h>

#include <optional>
#include <string>
#include <vector>

namespace dddg {

/// Images ready for the model: [N, C, H, W] float32 in [−1, 1]; labels [N] int64 (or undefined).
struct Dataset {
    std::string name;
    torch::Tensor images;
    torch::Tensor labels;
    int64_t numClasses = 0;
    std::vector<std::string> classes; ///< names of the classes when the data has them (folders, CIFAR-10)
    std::vector<std::string> notes;   ///< what a load tells the user: "3 files skipped (first: PATH: reason)"
    bool flipsInTraining = false;     ///< random horizontal flips suit it (photos, sprites; not digits)
    bool storedInOrder = false;       ///< sorted by class and file name (folders), not shuffled like IDX or CIFAR-10

    int64_t size() const { return images.defined() ? images.size(0) : 0; }
    Frame frame() const { return images.defined() ? Frame{images.size(1), images.size(2)} : Frame{}; }
    /// Mean pixel value over the whole set: the constant image x_0 of design §3.
    double meanPixel() const;
};

enum class Split { Train, Test };

/// True for the names of IDX datasets that are built in: "fashion-mnist", "mnist".
bool isNamedDataset(const std::string& name);
/// True for every dataset found by name: the IDX sets, "cifar10", "emoji" and "photos".
bool isKnownDatasetName(const std::string& name);

/// The folders searched, in order, for a named dataset without --data-dir:
/// `$DDDG_DATA_DIR/NAME`, the user's `$XDG_DATA_HOME/dddg-explorer/data/NAME`, the installed
/// package's `share/dddg-explorer/data/NAME`, for Fashion-MNIST Debian's
/// `/usr/share/datasets/fashion-mnist`, and (build trees only) the source tree's `data/NAME`.
std::vector<std::string> datasetSearchPath(const std::string& name);

/// The dataset whose models restore a picture at its own size when none is named (SPEC §11):
/// "photos", colour models trained on photo patches, when its folder is found; else
/// "fashion-mnist", whose grey models run per channel.
std::string pictureDataset();

/// The folder holding `name`'s IDX files: `dataDir` when given, else the first folder of
/// datasetSearchPath() that holds a split; the error lists every folder it tried.
Result<std::string> resolveDataDir(const std::string& name, const std::string& dataDir);

/// Loads a split of an IDX dataset: 28×28 zero-padded to 32×32 (pad value −1), [−1, 1].
/// The published MNIST and Fashion-MNIST files are checked against their SHA-256 sums.
Result<Dataset> loadIdxDataset(const std::string& name, const std::string& dataDir, Split split);

/// Loads a split of a named dataset (fashion-mnist, mnist, cifar10, emoji), a CIFAR-10 binary
/// folder or an image folder (SPEC §10), in `frame` when given (a model's), else in the
/// data's own: the IDX sets 32×32 grey, CIFAR-10 32×32 colour, a folder what its first image
/// suggests (imageFolderFrame).
Result<Dataset> loadDataset(const std::string& nameOrDir, const std::string& dataDir, Split split,
                            std::optional<Frame> frame = std::nullopt);

/// The frame a dataset has before any model asks for one: the IDX sets 32×32 grey, CIFAR-10
/// 32×32 colour, a folder (or `emoji`) what imageFolderFrame suggests.
Result<Frame> nativeFrame(const std::string& nameOrDir, const std::string& dataDir);

/// `data` in another frame: grey ↔ colour (luma, ITU-R 601; or grey repeated), and the side
/// resized (area average shrinking, bicubic enlarging). Unchanged when it is already there.
Dataset toFrame(Dataset data, const Frame& frame);

/// Display names of the classes: the garment names for Fashion-MNIST, digits for MNIST,
/// "class k" otherwise.
std::vector<std::string> classNames(const std::string& datasetName, int64_t numClasses);

} // namespace dddg
