#include "tensor_export.h"

#include <caffe2/serialize/inline_container.h>
#include <caffe2/serialize/istream_adapter.h>
#include <torch/serialize.h>
#include <torch/torch.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

namespace dddg {

namespace {

/// Python's pickler writes a dict of exactly one item as EMPTY_DICT, key, value, SETITEM, which
/// LibTorch 1.13's unpickler does not know (it knows SETITEMS). The same dict as MARK …
/// SETITEMS: a MARK after the dict's memo entry, and the final SETITEM made SETITEMS. Returns
/// the rewritten pickle, or an empty string when the bytes are not of that shape.
std::string asSetItems(const std::string& pickle)
{
    // \x80 PROTO n, } EMPTY_DICT, then the dict's memo entry: q BINPUT i | r LONG_BINPUT iiii | \x94 MEMOIZE.
    if (pickle.size() < 6 || uint8_t(pickle[0]) != 0x80 || pickle[2] != '}') return {};
    size_t at = 3;
    if (pickle[at] == 'q') at += 2;
    else if (pickle[at] == 'r') at += 5;
    else if (uint8_t(pickle[at]) == 0x94) at += 1;
    if (pickle.size() < at + 2 || pickle[pickle.size() - 1] != '.' || pickle[pickle.size() - 2] != 's') return {};
    std::string out = pickle.substr(0, at) + "(" + pickle.substr(at, pickle.size() - at - 2) + "u.";
    return out;
}

/// The zip archive of `bytes` with its data.pkl rewritten by asSetItems, or empty.
std::vector<char> withSetItems(const std::vector<char>& bytes)
{
    std::istringstream in(std::string(bytes.begin(), bytes.end()));
    caffe2::serialize::PyTorchStreamReader reader(&in);
    if (!reader.hasRecord("data.pkl")) return {};
    std::vector<char> out;
    caffe2::serialize::PyTorchStreamWriter writer([&out](const void* data, size_t size) {
        out.insert(out.end(), static_cast<const char*>(data), static_cast<const char*>(data) + size);
        return size;
    });
    for (const auto& name : reader.getAllRecords()) {
        if (name == "version") continue; // the writer adds its own
        auto [data, size] = reader.getRecord(name);
        std::string record(static_cast<const char*>(data.get()), size);
        if (name == "data.pkl") {
            record = asSetItems(record);
            if (record.empty()) return {};
        }
        writer.writeRecord(name, record.data(), record.size());
    }
    writer.writeEndOfFile();
    return out;
}

} // namespace

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
        c10::IValue value;
        try {
            value = torch::pickle_load(bytes);
        } catch (const c10::Error& e) {
            // A one-item dict from Python's torch.save (see asSetItems); anything else is unreadable.
            std::vector<char> rewritten;
            if (std::string(e.what_without_backtrace()).find("Unknown opcode") != std::string::npos) rewritten = withSetItems(bytes);
            if (rewritten.empty()) throw;
            value = torch::pickle_load(rewritten);
        }
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
