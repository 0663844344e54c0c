#include "staged_folder.h"
#include "tool_error.h"

#include <unistd.h>

namespace dddg::tools {
namespace fs = std::filesystem;

namespace {

/// ".NAME.WHAT-PID" beside `path`: hidden, so a scan of the parent folder skips it, and unique
/// per process, so two runs never share it.
fs::path sibling(const fs::path& path, const char* what)
{
    return path.parent_path() / ("." + path.filename().string() + "." + what + "-" + std::to_string(getpid()));
}

} // namespace

StagedFolder::StagedFolder(fs::path finalPath) : final_(std::move(finalPath))
{
    if (final_.filename().empty()) final_ = final_.parent_path(); // "data/emoji/" names the same folder
    staging_ = sibling(final_, "partial");
    std::error_code ec;
    fs::remove_all(staging_, ec);
    if (!fs::create_directories(staging_, ec) || ec)
        throw ToolError("cannot create a folder next to " + final_.string() + ": " + ec.message());
}

StagedFolder::~StagedFolder()
{
    std::error_code ec;
    if (!published_) fs::remove_all(staging_, ec);
}

void StagedFolder::publish()
{
    std::error_code ec;
    const fs::path previous = sibling(final_, "previous");
    const bool replacing = fs::exists(final_);
    if (replacing) {
        fs::remove_all(previous, ec);
        fs::rename(final_, previous, ec);
        if (ec) throw ToolError("cannot move the earlier set " + final_.string() + " aside: " + ec.message());
    }
    fs::rename(staging_, final_, ec);
    if (ec) {
        std::error_code ignored;
        if (replacing) fs::rename(previous, final_, ignored); // put the earlier set back
        throw ToolError("cannot move the finished set to " + final_.string() + ": " + ec.message());
    }
    published_ = true;
    if (replacing) fs::remove_all(previous, ec);
}

} // namespace dddg::tools
