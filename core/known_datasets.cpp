#include "known_datasets.h"

#include "idx_reader.h"

#include <filesystem>

namespace dddg {

const std::vector<KnownIdxFile>& knownIdxFiles()
{
    // The sums of the uncompressed files: a copy re-compressed with another gzip still matches.
    static const std::vector<KnownIdxFile> files{
        {"mnist", "train-images-idx3-ubyte", 60000, "ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db"},
        {"mnist", "train-labels-idx1-ubyte", 60000, "65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5"},
        {"mnist", "t10k-images-idx3-ubyte", 10000, "0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7"},
        {"mnist", "t10k-labels-idx1-ubyte", 10000, "ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2"},
        {"fashion-mnist", "train-images-idx3-ubyte", 60000, "c59f468a2f672dc815687fe0f83887768d799fd8a3f3276145d20f83aa44d888"},
        {"fashion-mnist", "train-labels-idx1-ubyte", 60000, "bad3541b69d912435c50bb6ba87bec294ff4f6a2e1246121d8633921760443d9"},
        {"fashion-mnist", "t10k-images-idx3-ubyte", 10000, "5b4141f0afbad91edebe8549f8fcffe087ea10ca49f1dbef5c9a5cd8815ce37b"},
        {"fashion-mnist", "t10k-labels-idx1-ubyte", 10000, "0402a96d92fd2663957122ceb108a494c5af83dab82d92729df917d7dec38c34"},
    };
    return files;
}

Status verifyKnownIdxFile(const std::string& dataset, const std::string& path, const IdxArray& array)
{
    std::string stem = std::filesystem::path(path).filename().string();
    if (stem.size() > 3 && stem.compare(stem.size() - 3, 3, ".gz") == 0) stem.resize(stem.size() - 3);
    for (const auto& known : knownIdxFiles()) {
        if (known.dataset != dataset || known.stem != stem) continue;
        if (array.dims.empty() || array.dims[0] != known.count) return {};
        if (array.sha256 == known.sha256) return {};
        for (const auto& other : knownIdxFiles())
            if (other.sha256 == array.sha256)
                return makeError("file " + path + " is " + other.dataset + "'s " + other.stem + ", not " + dataset +
                                 "'s; point --data-dir at the " + dataset + " files");
        return makeError(dataset + " file " + path + " is corrupt or modified: its SHA-256 is " + array.sha256.substr(0, 16) +
                         "... where the published file's is " + known.sha256.substr(0, 16) + "...; replace it with a fresh copy");
    }
    return {};
}

} // namespace dddg
