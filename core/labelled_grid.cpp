#include "labelled_grid.h"

#include <torch/torch.h>

#ifdef DDDG_HAVE_OPENCV
#include <opencv2/imgproc.hpp>
#endif

#include <algorithm>

namespace dddg {
namespace {

constexpr int kGap = 6, kHeader = 18, kCaption = 14;
constexpr double kFontScale = 0.36;

/// Draws into a [H, W, C] canvas (C = 1 or 3), dark grey on white.
void drawText(torch::Tensor& canvas, const std::string& text, int x, int y, int width)
{
#ifdef DDDG_HAVE_OPENCV
    cv::Mat mat(int(canvas.size(0)), int(canvas.size(1)), CV_8UC(int(canvas.size(2))), canvas.data_ptr());
    double scale = kFontScale;
    int baseline = 0;
    cv::Size size = cv::getTextSize(text, cv::FONT_HERSHEY_SIMPLEX, scale, 1, &baseline);
    if (size.width > width) { // shrink long labels to fit their column
        scale *= double(width) / double(size.width);
        size = cv::getTextSize(text, cv::FONT_HERSHEY_SIMPLEX, scale, 1, &baseline);
    }
    cv::putText(mat, text, cv::Point(x + (width - size.width) / 2, y), cv::FONT_HERSHEY_SIMPLEX, scale, cv::Scalar::all(20), 1, cv::LINE_AA);
#else
    (void)canvas, (void)text, (void)x, (void)y, (void)width;
#endif
}

} // namespace

torch::Tensor labelledGrid(const std::vector<GridColumn>& columns, int64_t zoom)
{
    TORCH_CHECK(!columns.empty(), "labelledGrid needs at least one column");
    const int64_t rows = columns.front().images.size(0);
    const int64_t H = columns.front().images.size(2) * zoom, W = columns.front().images.size(3) * zoom;
    const int64_t cellW = std::max<int64_t>(W, 64) + kGap, cellH = H + kCaption + kGap;
    const int64_t width = int64_t(columns.size()) * cellW + kGap, height = kHeader + rows * cellH + kGap;
    const int64_t channels = columns.front().images.size(1) == 3 ? 3 : 1;
    auto canvas = torch::full({height, width, channels}, 255, torch::kUInt8);
    for (size_t c = 0; c < columns.size(); ++c) {
        const auto& col = columns[c];
        TORCH_CHECK(col.images.size(0) == rows, "every grid column needs the same number of rows");
        const int64_t x0 = kGap + int64_t(c) * cellW + (cellW - kGap - W) / 2;
        drawText(canvas, col.header, int(kGap + int64_t(c) * cellW), kHeader - 5, int(cellW - kGap));
        auto tiles = col.images.to(torch::kCPU).to(torch::kFloat32);
        tiles = tiles.size(1) == channels ? tiles : channels == 1 ? tiles.mean(1, true) : tiles.expand({-1, 3, -1, -1});
        auto bytes = ((tiles.clamp(-1, 1) + 1) * 127.5).round().to(torch::kUInt8).permute({0, 2, 3, 1}); // [R, h, w, C]
        bytes = bytes.repeat_interleave(zoom, 1).repeat_interleave(zoom, 2);
        for (int64_t r = 0; r < rows; ++r) {
            const int64_t y0 = kHeader + r * cellH;
            canvas.narrow(0, y0, H).narrow(1, x0, W).copy_(bytes[r]);
            if (size_t(r) < col.captions.size())
                drawText(canvas, col.captions[size_t(r)], int(kGap + int64_t(c) * cellW), int(y0 + H + kCaption - 3), int(cellW - kGap));
        }
    }
    return canvas.permute({2, 0, 1}).contiguous();
}

} // namespace dddg
