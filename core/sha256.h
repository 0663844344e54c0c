#pragma once
// SHA-256 digests (OpenSSL's libcrypto), fed incrementally while a file is read.
#include <cstddef>
#include <memory>
#include <string>

namespace dddg {

class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void update(const void* data, size_t size);
    /// The digest of everything fed so far, as 64 lower-case hex digits (ends the digest).
    std::string hexDigest();

private:
    struct State;
    std::unique_ptr<State> m_state;
};

/// The SHA-256 of a byte string, as lower-case hex.
std::string sha256Hex(const std::string& bytes);

} // namespace dddg
