#pragma once
// Process-wide settings that decide CPU speed more than any kernel of ours (SPEC §8): the
// defaults of Debian's stack run two thread pools on the same cores (LibTorch's OpenMP
// pool and OpenBLAS's pthreads) and map and unmap every large tensor buffer through the
// kernel (glibc's mmap threshold). Measured on the 2-core machine: training 1.8 → 3.1
// cycles/s, sampling 176 → 447 images/s (docs/engine.md, "CPU runtime").
namespace dddg {

/// Once, at program start, before the first tensor: OpenBLAS on one thread (LibTorch's
/// intra-op pool parallelises around it) and large buffers kept on the heap. Each setting
/// is left alone when the user chose it (OPENBLAS_NUM_THREADS, MALLOC_MMAP_THRESHOLD_).
void configureCpuRuntime();

} // namespace dddg
