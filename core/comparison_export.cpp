#include "comparison_export.h"

#include "image_file.h"
#include "labelled_grid.h"
#include "tensor_export.h"

#include <torch/torch.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

namespace dddg {
namespace fs = std::filesystem;
namespace {

Status writeText(const fs::path& path, const std::string& text)
{
    std::ofstream file(path, std::ios::binary | std::ios::trunc);
    file << text;
    file.close();
    if (!file) return makeError("cannot write " + path.string());
    return {};
}

} // namespace

namespace {
// The grid is an overview: a picture larger than this on its longer side is shrunk (area
// filter, aspect kept) in it; images/ holds every result at its own size.
constexpr int64_t kGridSide = 256;

torch::Tensor forGrid(const torch::Tensor& images)
{
    const int64_t longer = std::max(images.size(2), images.size(3));
    if (longer <= kGridSide) return images;
    const double scale = double(kGridSide) / double(longer);
    const std::vector<int64_t> size{std::max<int64_t>(1, std::lround(double(images.size(2)) * scale)),
                                    std::max<int64_t>(1, std::lround(double(images.size(3)) * scale))};
    return torch::nn::functional::interpolate(images.to(torch::kFloat32),
                                              torch::nn::functional::InterpolateFuncOptions().size(size).mode(torch::kArea));
}
} // namespace

torch::Tensor comparisonGrid(const std::vector<ComparisonRow>& rows, const torch::Tensor& clean, int64_t shownRows)
{
    const int64_t shown = std::min<int64_t>(shownRows, clean.size(0));
    std::vector<GridColumn> columns{{"clean", forGrid(clean.narrow(0, 0, shown).cpu()), {}}};
    for (const auto& row : rows) {
        if (row.status != RowStatus::Ok) continue;
        GridColumn column{row.method == "input" ? "degraded" : row.method, forGrid(row.restored.narrow(0, 0, shown)), {}};
        for (int64_t i = 0; i < shown; ++i) {
            char caption[48];
            std::snprintf(caption, sizeof caption, "%.1f/%.3f", row.psnrPerImage[i].item<double>(), row.ssimPerImage[i].item<double>());
            column.captions.push_back(caption);
        }
        columns.push_back(column);
    }
    return labelledGrid(columns);
}

Status writeComparison(const std::string& outDir, const std::vector<ComparisonRow>& rows, const torch::Tensor& clean,
                       const std::vector<int64_t>& ids, const DegradationSpec& spec, const std::string& settingsText)
{
    const fs::path out(outDir);
    if (auto s = writeText(out / "results.csv", comparisonCsv(rows, spec)); !s) return s;
    if (auto s = writeText(out / "results.md", comparisonMarkdown(rows, spec, settingsText)); !s) return s;
    auto writeImages = [&](const std::string& folder, const torch::Tensor& images) -> Status {
        std::error_code ec;
        fs::create_directories(out / "images" / folder, ec);
        for (int64_t i = 0; i < images.size(0); ++i)
            if (auto s = writePng((out / "images" / folder / (std::to_string(ids[size_t(i)]) + ".png")).string(), images[i]); !s) return s;
        return {};
    };
    if (auto s = writeImages("clean", clean.cpu()); !s) return s;
    TensorDict tensors{{"clean", clean.cpu()}};
    for (const auto& row : rows) {
        if (row.status != RowStatus::Ok) continue;
        tensors[row.method] = row.restored;
        if (auto s = writeImages(row.method, row.restored); !s) return s;
    }
    auto grid = comparisonGrid(rows, clean);
    if (auto s = writePng((out / "grid.png").string(), grid.to(torch::kFloat32) / 127.5 - 1.0); !s) return s;
    return saveTensorDict((out / "results.pt").string(), tensors);
}

} // namespace dddg
