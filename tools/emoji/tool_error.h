#pragma once
// The one kind of failure the tool reports: bad input or an unwritable output. main() prints
// its message as the single stderr line and exits 2.
#include <stdexcept>
#include <string>

namespace dddg::emoji {

struct ToolError : std::runtime_error {
    explicit ToolError(const std::string& message) : std::runtime_error(message) {}
};

} // namespace dddg::emoji
