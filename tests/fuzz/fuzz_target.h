#pragma once
// Every fuzz target defines LLVMFuzzerTestOneInput. With clang's -fsanitize=fuzzer it is driven
// by libFuzzer; otherwise replay_main.cpp drives it over the seed corpus and mutations of it.
#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace dddg::fuzz {
/// Writes the input to a per-process scratch file (for readers that take a path) and returns it.
std::string scratchFile(const uint8_t* data, size_t size, const char* suffix);
} // namespace dddg::fuzz
