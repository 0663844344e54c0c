#include "search_paths.h"

#include <algorithm>
#include <cstdlib>
#include <string>

namespace dddg {
namespace fs = std::filesystem;

namespace {

fs::path runningExecutable()
{
    std::error_code ec;
    auto exe = fs::read_symlink("/proc/self/exe", ec);
    return ec ? fs::path() : exe;
}

bool isInside(const fs::path& file, const fs::path& folder)
{
    std::error_code ec;
    auto f = fs::weakly_canonical(file, ec), d = fs::weakly_canonical(folder, ec);
    if (ec || d.empty()) return false;
    auto [end, _] = std::mismatch(d.begin(), d.end(), f.begin(), f.end());
    return end == d.end();
}

} // namespace

fs::path userDataRoot()
{
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg && fs::path(xdg).is_absolute())
        return fs::path(xdg) / "dddg-explorer";
    if (const char* home = std::getenv("HOME"); home && *home) return fs::path(home) / ".local" / "share" / "dddg-explorer";
    return {};
}

fs::path userCacheRoot()
{
    if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg && fs::path(xdg).is_absolute())
        return fs::path(xdg) / "dddg-explorer";
    if (const char* home = std::getenv("HOME"); home && *home) return fs::path(home) / ".cache" / "dddg-explorer";
    return {};
}

fs::path installedDataRoot()
{
    auto exe = runningExecutable();
    if (exe.empty()) return {};
    return (exe.parent_path() / ".." / "share" / "dddg-explorer").lexically_normal();
}

fs::path sourceTreeRoot()
{
#if defined(DDDG_SOURCE_DIR) && defined(DDDG_BINARY_DIR)
    if (isInside(runningExecutable(), DDDG_BINARY_DIR)) return fs::path(DDDG_SOURCE_DIR);
#endif
    return {};
}

} // namespace dddg
