// The checkpoint container and the DDDG checkpoint inside it: any bytes load or give an error.
#include "checkpoint.h"
#include "fuzz_target.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    auto loaded = dddg::loadCheckpointFromBytes(std::string(reinterpret_cast<const char*>(data), size), "fuzz.ckpt");
    (void)loaded;
    return 0;
}
