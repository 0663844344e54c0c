#include "fuzz_target.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>

namespace dddg::fuzz {

std::string scratchFile(const uint8_t* data, size_t size, const char* suffix)
{
    const char* dir = std::getenv("TMPDIR");
    const std::string path = std::string(dir && *dir ? dir : "/tmp") + "/dddg-fuzz-" + std::to_string(::getpid()) + suffix;
    if (FILE* f = std::fopen(path.c_str(), "wb")) {
        if (size > 0) std::fwrite(data, 1, size, f);
        std::fclose(f);
    }
    return path;
}

} // namespace dddg::fuzz
