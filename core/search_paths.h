#pragma once
// The roots under which the project's own files (datasets, classifiers) are looked up at run
// time. Nothing outside the user's data folder, the installed package or — for a build tree
// only — the source tree is ever searched.
#include <filesystem>

namespace dddg {

/// `$XDG_DATA_HOME/dddg-explorer`, else `~/.local/share/dddg-explorer`; empty without HOME.
std::filesystem::path userDataRoot();

/// `$XDG_CACHE_HOME/dddg-explorer`, else `~/.cache/dddg-explorer`; empty without HOME. What is
/// kept here can be deleted at any time (decoded image folders).
std::filesystem::path userCacheRoot();

/// `<folder of the running executable>/../share/dddg-explorer`: the installed package's data.
std::filesystem::path installedDataRoot();

/// The source tree this executable was built from, but only while it runs from that tree's
/// build folder (tests, `build/cli/dddg`); empty for an installed or copied binary.
std::filesystem::path sourceTreeRoot();

} // namespace dddg
