#include "checkpoint.h"

#include <torch/torch.h>
#include <zlib.h>

#include <algorithm>
#include <cstdio>
#include <fstream>

namespace dddg {
namespace {

std::string serializeModel(const Checkpoint& checkpoint)
{
    torch::serialize::OutputArchive archive;
    auto& model = *checkpoint.model;
    writeModule(archive, "g", *model.g);
    writeModule(archive, "d", *model.d);
    writeModule(archive, "g_ema", *model.gEma);
    writeModule(archive, "d_ema", *model.dEma);
    archive.write("v", model.scale.variance(), true);
    archive.write("step", torch::tensor({checkpoint.step}, torch::kInt64), true);
    auto state = torch::from_blob(const_cast<char*>(checkpoint.trainerState.data()),
                                  {int64_t(checkpoint.trainerState.size())}, torch::kUInt8).clone();
    archive.write("trainer_state", state, true);
    return archiveBytes(archive);
}

} // namespace

const ContainerKind& checkpointKind()
{
    static const ContainerKind kind{"DDDGCKPT", "checkpoint", "a DDDG checkpoint", kCheckpointVersion};
    return kind;
}

std::string methodOf(const FlatJson& header) { return header.string("method", "dddg"); }

Result<Frame> checkpointFrame(const std::string& path)
{
    auto contents = readCheckpointContainer(path);
    if (!contents) return contents.error();
    const std::string prefix = methodOf(contents->header) == "dddg" ? "" : "unet_"; // baselines store their U-Net's
    Frame frame;
    frame.channels = int64_t(contents->header.number(prefix + "channels", double(frame.channels)));
    frame.size = int64_t(contents->header.number(prefix + "image_size", double(frame.size)));
    return frame;
}

Result<ContainerContents> readCheckpointContainer(const std::string& path)
{
    auto bytes = readWholeFile(path, "checkpoint");
    if (!bytes) return bytes.error();
    return unpackContainer(checkpointKind(), *bytes, path);
}

Status saveCheckpoint(const std::string& path, const Checkpoint& checkpoint)
{
    TORCH_CHECK(checkpoint.model, "saveCheckpoint: no model");
    FlatJson header = checkpoint.config;
    checkpoint.model->config().writeTo(header); // the shapes in the file always match its header
    header.set("method", "dddg");
    return writeFileAtomically(path, packContainer(checkpointKind(), kCheckpointVersion, header, {}, serializeModel(checkpoint)),
                               "checkpoint");
}

Result<Checkpoint> loadCheckpoint(const std::string& path, const torch::Device& device)
{
    auto read = readWholeFile(path, "checkpoint");
    if (!read) return read.error();
    return loadCheckpointFromBytes(*read, path, device);
}

Result<Checkpoint> loadCheckpointFromBytes(const std::string& bytes, const std::string& path, const torch::Device& device)
{
    auto contents = unpackContainer(checkpointKind(), bytes, path);
    if (!contents) return contents.error();
    const FlatJson& json = contents->header;
    if (methodOf(json) != "dddg")
        return makeError("checkpoint " + path + " holds a " + methodOf(json) + " model, not a DDDG one (use it with `dddg compare`)");
    auto config = ModelConfig::readFrom(json);
    if (!config) return makeError("checkpoint " + path + " has a bad config: " + config.error().message);

    Checkpoint checkpoint;
    checkpoint.config = json;
    try {
        checkpoint.model = std::make_shared<DddgModel>(*config);
        torch::serialize::InputArchive archive;
        loadArchive(archive, contents->payload);
        auto& model = *checkpoint.model;
        readModuleStrict(archive, "g", *model.g);
        readModuleStrict(archive, "d", *model.d);
        readModuleStrict(archive, "g_ema", *model.gEma);
        readModuleStrict(archive, "d_ema", *model.dEma);
        torch::Tensor v, step, state;
        archive.read("v", v, true);
        archive.read("step", step, true);
        archive.read("trainer_state", state, true);
        TORCH_CHECK(v.sizes() == model.scale.variance().sizes(), "latent variance has the wrong shape");
        TORCH_CHECK(step.numel() == 1 && step.scalar_type() == torch::kInt64, "the step counter is not one integer");
        TORCH_CHECK(state.dim() == 1 && state.scalar_type() == torch::kUInt8, "the trainer state is not a byte string");
        model.scale.variance() = v.clone();
        checkpoint.step = step.item<int64_t>();
        checkpoint.trainerState.assign(reinterpret_cast<const char*>(state.data_ptr<uint8_t>()), size_t(state.numel()));
        model.to(device);
    } catch (const std::exception& e) {
        return makeError("checkpoint " + path + " does not match its config: " + exceptionText(e));
    }
    return checkpoint;
}

namespace {
struct HashState {
    uLong crc = crc32(0, nullptr, 0);
    uLong adler = adler32(0, nullptr, 0);
    void add(const char* data, size_t n)
    {
        crc = crc32(crc, reinterpret_cast<const Bytef*>(data), uInt(n));
        adler = adler32(adler, reinterpret_cast<const Bytef*>(data), uInt(n));
    }
    std::string hex() const
    {
        char out[20];
        std::snprintf(out, sizeof out, "%08lx%08lx", crc & 0xffffffffUL, adler & 0xffffffffUL);
        return out;
    }
};
} // namespace

std::string fileHash(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::vector<char> buffer(1 << 16);
    HashState hash;
    while (in.read(buffer.data(), std::streamsize(buffer.size())) || in.gcount() > 0) hash.add(buffer.data(), size_t(in.gcount()));
    return hash.hex();
}

std::string bytesHash(const std::string& bytes)
{
    HashState hash;
    for (size_t at = 0; at < bytes.size(); at += (1u << 16)) hash.add(bytes.data() + at, std::min<size_t>(1u << 16, bytes.size() - at));
    return hash.hex();
}

} // namespace dddg
