#pragma once
// The one file layout behind checkpoints and classifier files: an 8-byte magic, a u32
// format version, a u64 length + JSON header, a u64 length + LibTorch archive, and a CRC-32
// of everything before it. Written atomically; every malformed file is an Error naming it.
#include "flat_json.h"
#include "result.h"

#include <torch/nn/module.h>
#include <torch/serialize/archive.h>

#include <string>

namespace dddg {

/// What a container file holds, and the words its errors use ("checkpoint", "classifier").
struct ContainerKind {
    const char* magic;       ///< exactly 8 characters
    const char* noun;        ///< "checkpoint"
    const char* foreignText; ///< "a DDDG checkpoint": the file "is not …"
    uint32_t newestVersion;  ///< larger versions are refused
};

struct ContainerContents {
    uint32_t version = 0;
    FlatJson header;
    std::string payload; ///< the LibTorch archive bytes
};

std::string packContainer(const ContainerKind& kind, uint32_t version, const FlatJson& header,
                          const std::vector<std::string>& keyOrder, const std::string& payload);
Result<ContainerContents> unpackContainer(const ContainerKind& kind, const std::string& bytes, const std::string& path);

/// Writes `PATH.tmp`, fsyncs it, renames it over `path` and fsyncs the folder, so a crash
/// never leaves a half-written file under the real name.
Status writeFileAtomically(const std::string& path, const std::string& bytes, const std::string& noun);
/// The whole file, or an Error ("<noun> PATH does not exist").
Result<std::string> readWholeFile(const std::string& path, const std::string& noun);

/// Saves `module` as a child archive under `key` (at the archive's root when `key` is empty).
void writeModule(torch::serialize::OutputArchive& archive, const std::string& key, torch::nn::Module& module);
/// Loads the child archive `key` into `module` and checks that every parameter and buffer
/// kept the shape the module was built with (LibTorch alone would adopt the file's shapes).
/// Throws c10::Error on a missing key or a shape mismatch; callers turn it into an Error.
void readModuleStrict(torch::serialize::InputArchive& archive, const std::string& key, torch::nn::Module& module);

/// One line for a LibTorch failure: c10::Error without its backtrace, or what() of anything
/// else (the TorchScript reader behind archives throws its own exception types).
std::string exceptionText(const std::exception& e);

/// The bytes of a LibTorch archive, and one read back from bytes.
std::string archiveBytes(torch::serialize::OutputArchive& archive);
void loadArchive(torch::serialize::InputArchive& archive, const std::string& bytes);

} // namespace dddg
