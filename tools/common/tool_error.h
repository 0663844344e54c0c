#pragma once
// The one kind of failure a dataset tool reports: bad input or an unwritable output. main() prints
// its message as the single stderr line and exits 2.
#include <stdexcept>
#include <string>

namespace dddg::tools {

struct ToolError : std::runtime_error {
    explicit ToolError(const std::string& message) : std::runtime_error(message) {}
};

} // namespace dddg::tools
