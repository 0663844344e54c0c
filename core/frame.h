#pragma once
// The frame of a dataset or a model: channels (1 grey, 3 colour) and the side of the square
// image. Old model files and the IDX datasets are 32×32 grey.
#include "result.h"

#include <cstdint>
#include <string>

namespace dddg {

struct Frame {
    int64_t channels = 1;
    int64_t size = 32;

    bool operator==(const Frame& other) const { return channels == other.channels && size == other.size; }
    bool operator!=(const Frame& other) const { return !(*this == other); }
    /// "64×64 colour", "32×32 grey".
    std::string text() const;
};

/// The sides a frame may have: powers of two from 16 to 128 (the networks halve the side down
/// to 4 or 8, and larger sides are photos, which run at their own size instead).
constexpr int64_t kMinFrameSide = 16;
constexpr int64_t kMaxFrameSide = 128;

/// An Error naming what is wrong, or ok.
Status validateFrame(const Frame& frame);

} // namespace dddg
