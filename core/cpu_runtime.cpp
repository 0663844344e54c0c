#include "cpu_runtime.h"

#include <cstdlib>
#include <dlfcn.h>
#include <malloc.h>

namespace dddg {

void configureCpuRuntime()
{
    if (!std::getenv("OPENBLAS_NUM_THREADS")) {
        // Looked up at run time: the BLAS behind LibTorch may not be OpenBLAS at all.
        using SetThreads = void (*)(int);
        if (auto set = reinterpret_cast<SetThreads>(dlsym(RTLD_DEFAULT, "openblas_set_num_threads"))) set(1);
    }
    if (!std::getenv("MALLOC_MMAP_THRESHOLD_") && !std::getenv("MALLOC_TRIM_THRESHOLD_")) {
        // Activations of a few MiB are freed and reallocated every step; served from the
        // heap they cost nothing, through mmap each one costs page faults and zeroing.
        mallopt(M_MMAP_THRESHOLD, 256 << 20);
        mallopt(M_TRIM_THRESHOLD, 1 << 30);
    }
}

} // namespace dddg
