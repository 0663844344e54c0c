#include "tensor_export.h"

#include <torch/serialize.h>
#include <torch/torch.h>

#include <filesystem>
#include <fstream>
#include <iterator>

namespace dddg {

Status saveTensorDict(const std::string& path, const TensorDict& tensors)
{
    c10::Dict<std::string, at::Tensor> dict;
    for (const auto& [key, value] : tensors) dict.insert(key, value.detach().to(torch::kCPU).contiguous());
    std::vector<char> bytes = torch::pickle_save(c10::IValue(dict));
    std::ofstream out(path, std::ios::binary);
    if (!out) return makeError("cannot write " + path);
    out.write(bytes.data(), std::streamsize(bytes.size()));
    if (!out) return makeError("failed while writing " + path);
    return {};
}

Result<TensorDict> loadTensorDict(const std::string& path)
{
    if (!std::filesystem::exists(path)) return makeError("tensor file " + path + " does not exist");
    std::ifstream in(path, std::ios::binary);
    std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    try {
        auto value = torch::pickle_load(bytes);
        if (!value.isGenericDict()) return makeError("tensor file " + path + " does not hold a dict");
        TensorDict out;
        for (const auto& item : value.toGenericDict()) out[item.key().toStringRef()] = item.value().toTensor();
        return out;
    } catch (const c10::Error& e) {
        return makeError("tensor file " + path + " is unreadable: " + std::string(e.what_without_backtrace()));
    }
}

TensorDict trajectoryTensors(const Trajectory& trajectory)
{
    TensorDict out{{"x_prime", trajectory.xPrime},
                   {"x_norm", trajectory.xNorm},
                   {"z", trajectory.z},
                   {"scale", trajectory.scale}};
    if (trajectory.labels.defined()) out["labels"] = trajectory.labels;
    return out;
}

} // namespace dddg
