#pragma once
// A folder written under a temporary name next to its final place and renamed there once
// complete, so that no reader ever finds a half-written dataset.
#include <filesystem>

namespace dddg::tools {

class StagedFolder {
public:
    /// Creates the temporary folder next to `finalPath`; throws ToolError when it cannot.
    explicit StagedFolder(std::filesystem::path finalPath);
    /// Removes the temporary folder unless it was published.
    ~StagedFolder();
    StagedFolder(const StagedFolder&) = delete;
    StagedFolder& operator=(const StagedFolder&) = delete;

    const std::filesystem::path& path() const { return staging_; }

    /// Moves the folder to its final place, replacing what is there (the caller checked that
    /// it may be replaced). Throws ToolError when a rename fails.
    void publish();

private:
    std::filesystem::path final_;
    std::filesystem::path staging_;
    bool published_ = false;
};

} // namespace dddg::tools
