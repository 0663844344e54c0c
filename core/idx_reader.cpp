#include "idx_reader.h"

#include "sha256.h"

#include <zlib.h>

#include <algorithm>
#include <memory>

namespace dddg {
namespace {

struct GzCloser {
    void operator()(gzFile_s* f) const { gzclose(f); }
};
using GzFile = std::unique_ptr<gzFile_s, GzCloser>;

// gzread reads plain files transparently, so one path serves .gz and raw IDX. Every byte
// read also feeds the digest, so the checksum costs no second pass over the file.
bool readExact(gzFile f, Sha256& hash, void* buffer, size_t n)
{
    auto* out = static_cast<char*>(buffer);
    while (n > 0) {
        unsigned chunk = unsigned(std::min<size_t>(n, 1u << 30));
        int got = gzread(f, out, chunk);
        if (got <= 0) return false;
        hash.update(out, size_t(got));
        out += got;
        n -= size_t(got);
    }
    return true;
}

uint32_t bigEndian(const uint8_t* b) { return (uint32_t(b[0]) << 24) | (uint32_t(b[1]) << 16) | (uint32_t(b[2]) << 8) | b[3]; }

} // namespace

Result<IdxArray> readIdx(const std::string& path)
{
    GzFile file(gzopen(path.c_str(), "rb"));
    if (!file) return makeError("cannot open IDX file " + path);
    Sha256 hash;
    uint8_t magic[4];
    if (!readExact(file.get(), hash, magic, 4)) return makeError("IDX file " + path + " is empty or truncated in its header");
    if (magic[0] != 0 || magic[1] != 0) return makeError("IDX file " + path + " has a bad magic number (not an IDX file)");
    if (magic[2] != 0x08) return makeError("IDX file " + path + " holds a non-ubyte type (0x" + std::to_string(magic[2]) + ")");
    int rank = magic[3];
    if (rank < 1 || rank > 4) return makeError("IDX file " + path + " has an unsupported rank " + std::to_string(rank));

    IdxArray array;
    int64_t total = 1;
    for (int i = 0; i < rank; ++i) {
        uint8_t b[4];
        if (!readExact(file.get(), hash, b, 4)) return makeError("IDX file " + path + " is truncated in its header");
        int64_t d = bigEndian(b);
        if (d <= 0 || d > (1 << 28)) return makeError("IDX file " + path + " has an implausible dimension " + std::to_string(d));
        array.dims.push_back(d);
        total *= d;
        if (total > (int64_t(1) << 34)) return makeError("IDX file " + path + " declares too much data");
    }
    // Grow with the bytes that arrive, so a header that claims more than the file holds costs
    // no more memory than the file's real contents.
    constexpr size_t kChunk = size_t(1) << 24;
    while (array.data.size() < size_t(total)) {
        const size_t at = array.data.size(), n = std::min(kChunk, size_t(total) - at);
        array.data.resize(at + n);
        if (!readExact(file.get(), hash, array.data.data() + at, n))
            return makeError("IDX file " + path + " is truncated: its header claims " + std::to_string(total) + " data bytes");
    }
    char extra;
    if (gzread(file.get(), &extra, 1) > 0) return makeError("IDX file " + path + " has trailing bytes after its data");
    int err = 0;
    gzerror(file.get(), &err);
    if (err != Z_OK && err != Z_STREAM_END) return makeError("IDX file " + path + " is corrupt (gzip error)");
    array.sha256 = hash.hexDigest();
    return array;
}

} // namespace dddg
