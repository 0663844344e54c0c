// The IDX reader (gzipped or raw): any bytes give an array or an error, never a crash, and
// never an allocation beyond what the bytes hold.
#include "fuzz_target.h"
#include "idx_reader.h"

#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const std::string path = dddg::fuzz::scratchFile(data, size, ".idx");
    auto array = dddg::readIdx(path);
    if (array) {
        size_t total = 1;
        for (auto d : array->dims) total *= size_t(d);
        if (total != array->data.size()) __builtin_trap(); // dims and data must agree
    }
    std::remove(path.c_str());
    return 0;
}
