#pragma once
// Checkpoints (design §5): one file, written atomically, holding a format version, the full
// config as JSON, the dataset constant, G, D, their EMA copies, v, the trainer's state
// (optimisers, RNG, counters) and the step counter.
#include "dddg_model.h"
#include "frame.h"
#include "file_container.h"
#include "flat_json.h"
#include "result.h"

#include <memory>
#include <string>

namespace dddg {

/// Current checkpoint format; files with a larger number are refused. Version 2 names the
/// method in the header ("method": "dddg", "ddpm", …); version 1 files are DDDG.
constexpr uint32_t kCheckpointVersion = 2;

/// The container layout every model file of the project uses (magic "DDDGCKPT").
const ContainerKind& checkpointKind();
/// The method a checkpoint header names ("dddg" when it names none).
std::string methodOf(const FlatJson& header);
/// The header and payload of any model file, checked (magic, version, lengths, CRC).
Result<ContainerContents> readCheckpointContainer(const std::string& path);
/// The frame of any model file (DDDG or baseline); files from before frames were stored: 32×32 grey.
Result<Frame> checkpointFrame(const std::string& path);

struct Checkpoint {
    FlatJson config;                   ///< model and training settings
    std::shared_ptr<DddgModel> model;
    int64_t step = 0;                  ///< training cycles done
    std::string trainerState;          ///< opaque bytes owned by the trainer (may be empty)
};

/// Writes to `path + ".tmp"`, fsyncs, then renames over `path`: a crash never leaves a
/// half-written checkpoint under the real name.
Status saveCheckpoint(const std::string& path, const Checkpoint& checkpoint);

/// Loads a DDDG checkpoint onto `device`. A missing, foreign, truncated, corrupt or
/// newer-format file, one of another method, or one whose tensors do not have the shapes its
/// config gives, is an Error naming the file.
Result<Checkpoint> loadCheckpoint(const std::string& path, const torch::Device& device = torch::kCPU);

/// The same from the bytes of a checkpoint file (for example one embedded in the app);
/// `path` only names it in messages.
Result<Checkpoint> loadCheckpointFromBytes(const std::string& bytes, const std::string& path,
                                          const torch::Device& device = torch::kCPU);

/// Short content hash (hex) of a file, used to label exports.
std::string fileHash(const std::string& path);
/// The same hash of bytes in memory: bytesHash(contents of f) == fileHash(f).
std::string bytesHash(const std::string& bytes);

} // namespace dddg
