#include "methods/mat_conversion.h"

#ifdef DDDG_HAVE_OPENCV
#include <torch/torch.h>

namespace dddg {

cv::Mat toBytes(const torch::Tensor& image)
{
    auto bytes = image.clamp(-1, 1).add_(1).mul_(127.5).round_().to(torch::kUInt8);
    if (bytes.size(0) == 3) bytes = bytes.flip(0);
    bytes = bytes.permute({1, 2, 0}).contiguous();
    return cv::Mat(int(bytes.size(0)), int(bytes.size(1)), CV_8UC(int(bytes.size(2))), bytes.data_ptr()).clone();
}

torch::Tensor fromBytes(const cv::Mat& mat)
{
    auto t = torch::from_blob(mat.data, {mat.rows, mat.cols, mat.channels()}, torch::kUInt8).permute({2, 0, 1}).clone();
    if (t.size(0) == 3) t = t.flip(0);
    return t.to(torch::kFloat32).div_(127.5).sub_(1.0);
}

} // namespace dddg
#endif
