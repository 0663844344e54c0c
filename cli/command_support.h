#pragma once
// What several commands share: turning expected failures into CliError (exit 2) and
// fetching checkpoints, datasets and input images.
#include "checkpoint.h"
#include "cli_args.h"
#include "dataset.h"
#include "inversion.h"

#include <string>
#include <vector>

namespace dddg::cli {

/// Throws CliError with the status's message when it failed.
void require(const Status& status);
template <typename T>
T require(Result<T> result)
{
    if (!result) throw CliError(result.error().message);
    return std::move(result.value());
}

torch::Device requireDevice(const CliArgs& args);
Checkpoint requireCheckpoint(const CliArgs& args, const torch::Device& device);
/// --dataset, or the dataset the checkpoint was trained on.
std::string datasetOf(const CliArgs& args, const Checkpoint& checkpoint);
/// A split of `name` (with --data-dir) in the model's image shape; refuses one that does not fit.
Dataset requireModelDataset(const CliArgs& args, const std::string& name, const ModelConfig& config, Split split);
/// Makes sure the folder an output file goes into exists; CliError when it cannot.
void prepareOutput(const std::string& path);
/// Refuses, before any work, an output flag (--out, --trajectory, --tensor) that names one of
/// the command's input files (--checkpoint, --image, --images, --classifier), links included.
void refuseOverwritingInputs(const CliArgs& args);
/// Refuses, before any work, a result that would need more than `limitBytes` of memory:
/// `what` names it ("the grid of 4096 × 65 tiles"), `advice` the flags that shrink it.
void refuseOversized(const std::string& command, const std::string& what, double bytes, const std::string& advice,
                     double limitBytes = double(int64_t(1) << 31));
/// The bytes of a PNG grid of `tiles` tiles of side·zoom pixels (8-bit, `channels`).
double gridBytes(int64_t tiles, int64_t side, int64_t zoom, int64_t channels);

/// Images chosen by --image IMG or --dataset NAME --index I [--count N] (test split by
/// default, --split train), with their labels when the dataset has them.
struct InputImages {
    torch::Tensor images; ///< [B, C, H, W] in [−1, 1]
    torch::Tensor labels; ///< [B] or undefined
    std::string source;   ///< for messages and export metadata
};
InputImages requireInputImages(const CliArgs& args, int64_t size, int64_t channels);

/// The flags of requireInputImages, for each command's spec list.
std::vector<FlagSpec> inputImageFlags();

/// --refine STEPS, --refine-lr and --refine-prior (design §3's step-wise refinement), the
/// defaults those of RefineOptions; and their spec rows.
RefineOptions requireRefineOptions(const CliArgs& args);
std::vector<FlagSpec> refineFlags();

/// Writes `json` as one line on stdout.
/// One "note: DATASET: …" line on stderr for each of the load's notes (files skipped).
void printLoadNotes(const Dataset& data);

void printJsonLine(const FlatJson& json, const std::vector<std::string>& keyOrder = {});
/// The most memory this process has held so far (MiB of resident set).
double peakRssMiB();

} // namespace dddg::cli
