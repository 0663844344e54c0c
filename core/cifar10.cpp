#include "cifar10.h"

#include "image_file.h"

#include <torch/torch.h>

#include <filesystem>
#include <fstream>

namespace dddg {
namespace fs = std::filesystem;

namespace {

std::vector<std::string> batchFiles(const std::string& dir, Split split)
{
    if (split == Split::Test) return {(fs::path(dir) / "test_batch.bin").string()};
    std::vector<std::string> files;
    for (int k = 1; k <= 5; ++k) files.push_back((fs::path(dir) / ("data_batch_" + std::to_string(k) + ".bin")).string());
    return files;
}

std::vector<std::string> readClassNames(const std::string& dir)
{
    std::vector<std::string> names;
    std::ifstream in(fs::path(dir) / "batches.meta.txt");
    for (std::string line; std::getline(in, line) && names.size() < 10;) {
        while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
        if (!line.empty()) names.push_back(line);
    }
    if (names.size() != 10) {
        names.clear();
        for (int k = 0; k < 10; ++k) names.push_back("class " + std::to_string(k));
    }
    return names;
}

} // namespace

bool isCifar10Folder(const std::string& dir)
{
    std::error_code ec;
    return fs::is_regular_file(fs::path(dir) / "test_batch.bin", ec) || fs::is_regular_file(fs::path(dir) / "data_batch_1.bin", ec);
}

Result<Dataset> loadCifar10(const std::string& dir, Split split)
{
    const auto files = batchFiles(dir, split);
    for (const auto& file : files) {
        std::error_code ec;
        const auto bytes = fs::file_size(file, ec);
        if (ec) return makeError("CIFAR-10 batch " + file + " is missing");
        if (bytes != uint64_t(kCifarRecords * kCifarRecordBytes))
            return makeError("CIFAR-10 batch " + file + " holds " + std::to_string(bytes) + " bytes, not " +
                             std::to_string(kCifarRecords * kCifarRecordBytes));
    }
    const int64_t n = kCifarRecords * int64_t(files.size());
    auto records = torch::empty({n, kCifarRecordBytes}, torch::kUInt8);
    for (size_t k = 0; k < files.size(); ++k) {
        std::ifstream in(files[k], std::ios::binary);
        auto* at = records.data_ptr<uint8_t>() + int64_t(k) * kCifarRecords * kCifarRecordBytes;
        if (!in.read(reinterpret_cast<char*>(at), kCifarRecords * kCifarRecordBytes)) return makeError("cannot read CIFAR-10 batch " + files[k]);
    }
    Dataset ds;
    ds.name = "cifar10";
    ds.labels = records.select(1, 0).to(torch::kInt64);
    if (ds.labels.max().item<int64_t>() > 9) return makeError("CIFAR-10 batches in " + dir + " hold labels above 9");
    ds.images = bytesToImages(records.narrow(1, 1, 3 * 32 * 32).reshape({n, 3, 32, 32}));
    ds.numClasses = 10;
    ds.classes = readClassNames(dir);
    ds.flipsInTraining = true;
    return ds;
}

} // namespace dddg
