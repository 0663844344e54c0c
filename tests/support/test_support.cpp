#include "test_support.h"

#include <torch/torch.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace dddg::test {
namespace fs = std::filesystem;

ModelConfig tinyConfig(DegradationKind kind, int64_t tMax, int64_t numClasses)
{
    ModelConfig c;
    c.width = 8;
    c.dz = 8;
    c.styleDim = 16;
    c.embedDim = 8;
    c.numClasses = numClasses;
    c.degradation.kind = kind;
    c.degradation.tMax = tMax;
    c.degradation.constant = -0.4;
    return c;
}

namespace {
struct TempRoot {
    fs::path path;
    TempRoot()
    {
        path = fs::temp_directory_path() / ("dddg-tests-" + std::to_string(::getpid()));
        fs::create_directories(path);
    }
    ~TempRoot()
    {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
};
TempRoot& root()
{
    static TempRoot r;
    return r;
}
} // namespace

std::string tempDir(const std::string& name)
{
    auto dir = root().path / name;
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir.string();
}

void writeBytes(const std::string& path, const std::string& bytes)
{
    std::ofstream out(path, std::ios::binary);
    out.write(bytes.data(), std::streamsize(bytes.size()));
}

std::string readBytes(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string fashionMnistDir() { return "/usr/share/datasets/fashion-mnist"; }
std::string mnistDir() { return std::string(DDDG_SOURCE_DIR) + "/data/mnist"; }

bool sameWeights(torch::nn::Module& a, torch::nn::Module& b)
{
    auto pa = a.named_parameters(), pb = b.named_parameters();
    if (pa.size() != pb.size()) return false;
    for (const auto& item : pa)
        if (!torch::equal(item.value(), pb[item.key()])) return false;
    auto ba = a.named_buffers(), bb = b.named_buffers();
    for (const auto& item : ba)
        if (!torch::equal(item.value(), bb[item.key()])) return false;
    return true;
}

} // namespace dddg::test
