#include "checkpoint.h"

#include <torch/torch.h>
#include <zlib.h>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace dddg {
namespace {

constexpr char kMagic[8] = {'D', 'D', 'D', 'G', 'C', 'K', 'P', 'T'};

void putU64(std::string& out, uint64_t v)
{
    for (int i = 0; i < 8; ++i) out += char((v >> (8 * i)) & 0xff);
}
uint64_t getU64(const std::string& in, size_t at)
{
    uint64_t v = 0;
    for (int i = 0; i < 8; ++i) v |= uint64_t(uint8_t(in[at + i])) << (8 * i);
    return v;
}
uint32_t crcOf(const std::string& bytes, size_t n)
{
    return uint32_t(crc32(0, reinterpret_cast<const Bytef*>(bytes.data()), uInt(n)));
}

std::string serializeModel(const Checkpoint& checkpoint)
{
    torch::serialize::OutputArchive archive;
    auto& model = *checkpoint.model;
    auto sub = [&archive](const char* key, torch::nn::Module& module) {
        torch::serialize::OutputArchive child;
        module.save(child);
        archive.write(key, child);
    };
    sub("g", *model.g);
    sub("d", *model.d);
    sub("g_ema", *model.gEma);
    sub("d_ema", *model.dEma);
    archive.write("v", model.scale.variance(), true);
    archive.write("step", torch::tensor({checkpoint.step}, torch::kInt64), true);
    auto state = torch::from_blob(const_cast<char*>(checkpoint.trainerState.data()),
                                  {int64_t(checkpoint.trainerState.size())}, torch::kUInt8).clone();
    archive.write("trainer_state", state, true);
    std::ostringstream out;
    archive.save_to(out);
    return out.str();
}

Status writeAtomically(const std::string& path, const std::string& bytes)
{
    std::string tmp = path + ".tmp";
    int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0) return makeError("cannot write checkpoint " + tmp + ": " + std::strerror(errno));
    size_t done = 0;
    while (done < bytes.size()) {
        ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n <= 0) {
            ::close(fd);
            std::remove(tmp.c_str());
            return makeError("failed while writing checkpoint " + tmp + " (disk full?)");
        }
        done += size_t(n);
    }
    bool synced = ::fsync(fd) == 0;
    ::close(fd);
    if (!synced || std::rename(tmp.c_str(), path.c_str()) != 0) {
        std::remove(tmp.c_str());
        return makeError("cannot move checkpoint into place at " + path);
    }
    std::string dir = std::filesystem::path(path).parent_path().string();
    int dirFd = ::open(dir.empty() ? "." : dir.c_str(), O_RDONLY);
    if (dirFd >= 0) {
        ::fsync(dirFd); // make the rename itself durable
        ::close(dirFd);
    }
    return {};
}

Result<std::string> readAll(const std::string& path)
{
    if (!std::filesystem::exists(path)) return makeError("checkpoint " + path + " does not exist");
    std::ifstream in(path, std::ios::binary);
    if (!in) return makeError("cannot open checkpoint " + path);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

void loadModule(torch::serialize::InputArchive& archive, const char* key, torch::nn::Module& module)
{
    torch::serialize::InputArchive child;
    archive.read(key, child);
    module.load(child);
}

} // namespace

Status saveCheckpoint(const std::string& path, const Checkpoint& checkpoint)
{
    TORCH_CHECK(checkpoint.model, "saveCheckpoint: no model");
    std::string json = checkpoint.config.dump();
    std::string payload = serializeModel(checkpoint);
    std::string bytes(kMagic, sizeof kMagic);
    for (int i = 0; i < 4; ++i) bytes += char((kCheckpointVersion >> (8 * i)) & 0xff);
    putU64(bytes, json.size());
    bytes += json;
    putU64(bytes, payload.size());
    bytes += payload;
    uint32_t crc = crcOf(bytes, bytes.size());
    for (int i = 0; i < 4; ++i) bytes += char((crc >> (8 * i)) & 0xff);
    return writeAtomically(path, bytes);
}

Result<Checkpoint> loadCheckpoint(const std::string& path, const torch::Device& device)
{
    auto read = readAll(path);
    if (!read) return read.error();
    return loadCheckpointFromBytes(*read, path, device);
}

Result<Checkpoint> loadCheckpointFromBytes(const std::string& bytes, const std::string& path, const torch::Device& device)
{
    if (bytes.size() < 8 || std::memcmp(bytes.data(), kMagic, 8) != 0)
        return makeError("file " + path + " is not a DDDG checkpoint");
    if (bytes.size() < 12 + 8) return makeError("checkpoint " + path + " is truncated");
    uint32_t version = 0;
    for (int i = 0; i < 4; ++i) version |= uint32_t(uint8_t(bytes[8 + i])) << (8 * i);
    if (version > kCheckpointVersion)
        return makeError("checkpoint " + path + " has format version " + std::to_string(version) +
                         ", newer than this program's " + std::to_string(kCheckpointVersion) + "; update dddg");
    uint64_t jsonLen = getU64(bytes, 12);
    if (jsonLen > bytes.size() || 20 + jsonLen + 8 + 4 > bytes.size()) return makeError("checkpoint " + path + " is truncated");
    uint64_t payloadLen = getU64(bytes, 20 + jsonLen);
    size_t payloadAt = 28 + jsonLen;
    if (payloadLen > bytes.size() || payloadAt + payloadLen + 4 != bytes.size())
        return makeError("checkpoint " + path + " is truncated or has trailing bytes");
    uint32_t stored = 0;
    for (int i = 0; i < 4; ++i) stored |= uint32_t(uint8_t(bytes[bytes.size() - 4 + i])) << (8 * i);
    if (stored != crcOf(bytes, bytes.size() - 4)) return makeError("checkpoint " + path + " is corrupt (checksum mismatch)");

    auto json = FlatJson::parse(bytes.substr(20, jsonLen));
    if (!json) return makeError("checkpoint " + path + " has a bad config: " + json.error().message);
    auto config = ModelConfig::readFrom(*json);
    if (!config) return makeError("checkpoint " + path + " has a bad config: " + config.error().message);

    Checkpoint checkpoint;
    checkpoint.config = *json;
    checkpoint.model = std::make_shared<DddgModel>(*config);
    try {
        torch::serialize::InputArchive archive;
        std::istringstream payload(bytes.substr(payloadAt, payloadLen));
        archive.load_from(payload, torch::kCPU);
        auto& model = *checkpoint.model;
        loadModule(archive, "g", *model.g);
        loadModule(archive, "d", *model.d);
        loadModule(archive, "g_ema", *model.gEma);
        loadModule(archive, "d_ema", *model.dEma);
        torch::Tensor v, step, state;
        archive.read("v", v, true);
        archive.read("step", step, true);
        archive.read("trainer_state", state, true);
        TORCH_CHECK(v.sizes() == model.scale.variance().sizes(), "latent variance has the wrong shape");
        model.scale.variance() = v.clone();
        checkpoint.step = step.item<int64_t>();
        checkpoint.trainerState.assign(reinterpret_cast<const char*>(state.data_ptr<uint8_t>()), size_t(state.numel()));
        model.to(device);
    } catch (const c10::Error& e) {
        return makeError("checkpoint " + path + " does not match its config: " + std::string(e.what_without_backtrace()));
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
