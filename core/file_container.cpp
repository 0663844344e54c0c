#include "file_container.h"

#include <torch/torch.h>
#include <zlib.h>

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace dddg {
namespace {

void putUint(std::string& out, uint64_t v, int bytes)
{
    for (int i = 0; i < bytes; ++i) out += char((v >> (8 * i)) & 0xff);
}

uint64_t getUint(const std::string& in, size_t at, int bytes)
{
    uint64_t v = 0;
    for (int i = 0; i < bytes; ++i) v |= uint64_t(uint8_t(in[at + size_t(i)])) << (8 * i);
    return v;
}

uint32_t crcOf(const std::string& bytes, size_t n)
{
    uLong crc = crc32(0, nullptr, 0);
    for (size_t at = 0; at < n; at += (1u << 30))
        crc = crc32(crc, reinterpret_cast<const Bytef*>(bytes.data() + at), uInt(std::min<size_t>(n - at, 1u << 30)));
    return uint32_t(crc);
}

std::string shapeText(const torch::IntArrayRef& sizes)
{
    std::string out = "[";
    for (size_t i = 0; i < sizes.size(); ++i) out += (i ? ", " : "") + std::to_string(sizes[i]);
    return out + "]";
}

} // namespace

std::string packContainer(const ContainerKind& kind, uint32_t version, const FlatJson& header,
                          const std::vector<std::string>& keyOrder, const std::string& payload)
{
    std::string json = header.dump(keyOrder);
    std::string bytes(kind.magic, 8);
    putUint(bytes, version, 4);
    putUint(bytes, json.size(), 8);
    bytes += json;
    putUint(bytes, payload.size(), 8);
    bytes += payload;
    putUint(bytes, crcOf(bytes, bytes.size()), 4);
    return bytes;
}

Result<ContainerContents> unpackContainer(const ContainerKind& kind, const std::string& bytes, const std::string& path)
{
    const std::string noun = kind.noun;
    if (bytes.size() < 8 || std::memcmp(bytes.data(), kind.magic, 8) != 0)
        return makeError("file " + path + " is not " + kind.foreignText);
    if (bytes.size() < 20 + 8 + 4) return makeError(noun + " " + path + " is truncated");
    ContainerContents out;
    out.version = uint32_t(getUint(bytes, 8, 4));
    if (out.version == 0 || out.version > kind.newestVersion)
        return makeError(noun + " " + path + " has format version " + std::to_string(out.version) + ", newer than this program's " +
                         std::to_string(kind.newestVersion) + "; update dddg");
    // Lengths are checked against the file's own size before anything is allocated.
    uint64_t jsonLen = getUint(bytes, 12, 8);
    if (jsonLen > bytes.size() - 32) return makeError(noun + " " + path + " is truncated");
    uint64_t payloadLen = getUint(bytes, 20 + size_t(jsonLen), 8);
    size_t payloadAt = 28 + size_t(jsonLen);
    if (payloadLen > bytes.size() - payloadAt - 4 || payloadAt + payloadLen + 4 != bytes.size())
        return makeError(noun + " " + path + " is truncated or has trailing bytes");
    if (uint32_t(getUint(bytes, bytes.size() - 4, 4)) != crcOf(bytes, bytes.size() - 4))
        return makeError(noun + " " + path + " is corrupt (checksum mismatch)");
    auto json = FlatJson::parse(bytes.substr(20, size_t(jsonLen)));
    if (!json) return makeError(noun + " " + path + " has a bad header: " + json.error().message);
    out.header = *json;
    out.payload = bytes.substr(payloadAt, size_t(payloadLen));
    return out;
}

Status writeFileAtomically(const std::string& path, const std::string& bytes, const std::string& noun)
{
    std::string tmp = path + ".tmp";
    int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0) return makeError("cannot write " + noun + " " + tmp + ": " + std::strerror(errno));
    size_t done = 0;
    while (done < bytes.size()) {
        ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n <= 0) {
            ::close(fd);
            std::remove(tmp.c_str());
            return makeError("failed while writing " + noun + " " + tmp + " (disk full?)");
        }
        done += size_t(n);
    }
    bool synced = ::fsync(fd) == 0;
    ::close(fd);
    if (!synced || std::rename(tmp.c_str(), path.c_str()) != 0) {
        std::remove(tmp.c_str());
        return makeError("cannot move " + noun + " into place at " + path);
    }
    std::string dir = std::filesystem::path(path).parent_path().string();
    int dirFd = ::open(dir.empty() ? "." : dir.c_str(), O_RDONLY);
    if (dirFd >= 0) {
        ::fsync(dirFd); // make the rename itself durable
        ::close(dirFd);
    }
    return {};
}

Result<std::string> readWholeFile(const std::string& path, const std::string& noun)
{
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) return makeError(noun + " " + path + " does not exist");
    if (std::filesystem::is_directory(path, ec)) return makeError(noun + " " + path + " is a folder, not a file");
    std::ifstream in(path, std::ios::binary);
    if (!in) return makeError("cannot open " + noun + " " + path);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

void writeModule(torch::serialize::OutputArchive& archive, const std::string& key, torch::nn::Module& module)
{
    if (key.empty()) return module.save(archive);
    torch::serialize::OutputArchive child;
    module.save(child);
    archive.write(key, child);
}

void readModuleStrict(torch::serialize::InputArchive& archive, const std::string& key, torch::nn::Module& module)
{
    std::vector<std::pair<std::string, std::vector<int64_t>>> shapes;
    for (const auto& item : module.named_parameters()) shapes.emplace_back(item.key(), item.value().sizes().vec());
    for (const auto& item : module.named_buffers()) shapes.emplace_back(item.key(), item.value().sizes().vec());
    if (key.empty()) {
        module.load(archive);
    } else {
        torch::serialize::InputArchive child;
        archive.read(key, child);
        module.load(child);
    }
    auto params = module.named_parameters();
    auto buffers = module.named_buffers();
    for (const auto& [name, shape] : shapes) {
        const torch::Tensor* now = params.find(name);
        if (!now) now = buffers.find(name);
        TORCH_CHECK(now && now->sizes().vec() == shape, "tensor ", key, ".", name, " has shape ",
                    now ? shapeText(now->sizes()) : std::string("(none)"), " where its config gives ", shapeText(shape));
    }
}

std::string exceptionText(const std::exception& e)
{
    if (const auto* c10 = dynamic_cast<const c10::Error*>(&e)) return firstLine(c10->what_without_backtrace());
    return firstLine(e.what());
}

std::string archiveBytes(torch::serialize::OutputArchive& archive)
{
    std::ostringstream out;
    archive.save_to(out);
    return out.str();
}

void loadArchive(torch::serialize::InputArchive& archive, const std::string& bytes)
{
    std::istringstream in(bytes);
    archive.load_from(in, torch::kCPU);
}

} // namespace dddg
