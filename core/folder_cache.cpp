#include "folder_cache.h"

#include "search_paths.h"
#include "sha256.h"

#include <torch/torch.h>

#include <filesystem>
#include <fstream>

#include <unistd.h>

namespace dddg {
namespace fs = std::filesystem;

namespace {

constexpr char kMagic[8] = {'D', 'D', 'D', 'G', 'F', 'C', '0', '1'};

template <typename T>
void put(std::ofstream& out, T value)
{
    out.write(reinterpret_cast<const char*>(&value), sizeof value);
}

template <typename T>
bool get(std::ifstream& in, T& value)
{
    return bool(in.read(reinterpret_cast<char*>(&value), sizeof value));
}

} // namespace

std::string folderCachePath(const FolderListing& listing, const Frame& frame)
{
    const fs::path root = userCacheRoot();
    if (root.empty()) return {};
    std::string key = "dddg folder cache 1\n" + std::to_string(frame.channels) + " " + std::to_string(frame.size) + "\n";
    for (const auto& file : listing.files)
        key += file.path + '\0' + std::to_string(file.bytes) + " " + std::to_string(file.modified) + " " + std::to_string(file.label) +
               (file.test ? " t" : " r") + "\n";
    return (root / "folders" / (sha256Hex(key) + ".bin")).string();
}

std::optional<DecodedFolder> readFolderCache(const std::string& path, const Frame& frame, size_t files)
{
    if (path.empty()) return std::nullopt;
    std::ifstream in(path, std::ios::binary);
    char magic[8];
    if (!in.read(magic, 8) || !std::equal(magic, magic + 8, kMagic)) return std::nullopt;
    int64_t count = 0, channels = 0, size = 0, skipped = 0, noteLength = 0;
    if (!get(in, count) || !get(in, channels) || !get(in, size) || !get(in, skipped) || !get(in, noteLength)) return std::nullopt;
    if (channels != frame.channels || size != frame.size || count < 0 || size_t(count) > files || noteLength < 0 || noteLength > 65536)
        return std::nullopt;
    DecodedFolder decoded;
    decoded.skipped = skipped;
    decoded.firstSkipped.resize(size_t(noteLength));
    if (!in.read(decoded.firstSkipped.data(), noteLength)) return std::nullopt;
    decoded.kept.resize(size_t(count));
    if (!in.read(reinterpret_cast<char*>(decoded.kept.data()), std::streamsize(count * int64_t(sizeof(int64_t))))) return std::nullopt;
    for (int64_t index : decoded.kept)
        if (index < 0 || size_t(index) >= files) return std::nullopt;
    decoded.bytes = torch::empty({count, channels, size, size}, torch::kUInt8);
    if (!in.read(reinterpret_cast<char*>(decoded.bytes.data_ptr<uint8_t>()), std::streamsize(decoded.bytes.numel()))) return std::nullopt;
    return decoded;
}

bool writeFolderCache(const std::string& path, const DecodedFolder& decoded)
{
    if (path.empty()) return false;
    std::error_code ec;
    fs::create_directories(fs::path(path).parent_path(), ec);
    const std::string temporary = path + ".tmp" + std::to_string(::getpid());
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        if (!out) return false;
        auto bytes = decoded.bytes.contiguous();
        out.write(kMagic, 8);
        put<int64_t>(out, int64_t(decoded.kept.size()));
        put<int64_t>(out, bytes.size(1));
        put<int64_t>(out, bytes.size(2));
        put<int64_t>(out, decoded.skipped);
        put<int64_t>(out, int64_t(decoded.firstSkipped.size()));
        out.write(decoded.firstSkipped.data(), std::streamsize(decoded.firstSkipped.size()));
        out.write(reinterpret_cast<const char*>(decoded.kept.data()), std::streamsize(decoded.kept.size() * sizeof(int64_t)));
        out.write(reinterpret_cast<const char*>(bytes.data_ptr<uint8_t>()), std::streamsize(bytes.numel()));
        if (!out) {
            out.close();
            fs::remove(temporary, ec);
            return false;
        }
    }
    fs::rename(temporary, path, ec);
    if (ec) fs::remove(temporary, ec);
    return !ec;
}

} // namespace dddg
