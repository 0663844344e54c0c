#include "device.h"

#include <torch/cuda.h>

namespace dddg {

Result<torch::Device> parseDevice(const std::string& name)
{
    if (name == "cpu") return torch::Device(torch::kCPU);
    if (name.rfind("cuda", 0) == 0) {
        if (!torch::cuda::is_available())
            return makeError("--device " + name + ": CUDA is not available (this LibTorch has no CUDA support or no " +
                             "GPU is visible); build against a CUDA LibTorch or use --device cpu");
        try {
            torch::Device device(name);
            if (device.has_index() && device.index() >= int(torch::cuda::device_count()))
                return makeError("--device " + name + ": no such GPU (" + std::to_string(torch::cuda::device_count()) + " visible)");
            return device;
        } catch (const c10::Error&) {
            return makeError("--device " + name + " is not a valid device name");
        }
    }
    return makeError("unknown device '" + name + "': use cpu or cuda");
}

} // namespace dddg
