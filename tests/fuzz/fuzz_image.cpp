// Image decoding into the model frame (OpenCV, any format): a [1, 1, 32, 32] tensor in [−1, 1]
// or an error.
#include "fuzz_target.h"
#include "image_file.h"

#include <torch/torch.h>

#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const std::string path = dddg::fuzz::scratchFile(data, size, ".img");
    auto image = dddg::readImageFile(path, 32, 1);
    if (image && (image->sizes() != torch::IntArrayRef({1, 1, 32, 32}) || image->min().item<float>() < -1.0001f ||
                  image->max().item<float>() > 1.0001f))
        __builtin_trap();
    std::remove(path.c_str());
    return 0;
}
