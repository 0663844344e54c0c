#pragma once
// Images between tensors and OpenCV's 8-bit Mats, for the methods that run OpenCV.
#ifdef DDDG_HAVE_OPENCV
#include <torch/types.h>

#include <opencv2/core.hpp>

namespace dddg {

/// [C, H, W] in [−1, 1] → an 8-bit Mat, colour in OpenCV's BGR order (coloured NLM's Lab
/// conversion assumes it). One float copy, changed in place: a 16-megapixel colour picture is
/// 190 MB a copy.
cv::Mat toBytes(const torch::Tensor& image);
/// The reverse: [C, H, W] float in [−1, 1].
torch::Tensor fromBytes(const cv::Mat& mat);

} // namespace dddg
#endif
