#include "frame.h"

namespace dddg {

std::string Frame::text() const
{
    return std::to_string(size) + "×" + std::to_string(size) + (channels == 1 ? " grey" : " colour");
}

Status validateFrame(const Frame& frame)
{
    if (frame.channels != 1 && frame.channels != 3) return makeError("images must have 1 or 3 channels, not " + std::to_string(frame.channels));
    const bool powerOfTwo = frame.size > 0 && (frame.size & (frame.size - 1)) == 0;
    if (!powerOfTwo || frame.size < kMinFrameSide || frame.size > kMaxFrameSide)
        return makeError("image size must be a power of two from " + std::to_string(kMinFrameSide) + " to " +
                         std::to_string(kMaxFrameSide) + ", not " + std::to_string(frame.size));
    return {};
}

} // namespace dddg
