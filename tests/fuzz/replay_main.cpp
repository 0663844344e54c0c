// Without libFuzzer: runs a target over every file of its seed corpus and over `mutations`
// deterministic mutations of each (byte flips, truncations, insertions), so the test suite
// exercises the same entry points on every build. Usage: fuzz_X CORPUS_DIR [mutations].
#include "fuzz_target.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <vector>

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s CORPUS_DIR [mutations per file]\n", argv[0]);
        return 2;
    }
    const long mutations = argc > 2 ? std::atol(argv[2]) : 200;
    std::mt19937 rng(12345);
    long runs = 0;
    for (const auto& entry : std::filesystem::directory_iterator(argv[1])) {
        if (!entry.is_regular_file()) continue;
        std::ifstream in(entry.path(), std::ios::binary);
        std::vector<uint8_t> seed((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        LLVMFuzzerTestOneInput(seed.data(), seed.size());
        ++runs;
        for (long m = 0; m < mutations; ++m) {
            std::vector<uint8_t> input = seed;
            const int edits = 1 + int(rng() % 4);
            for (int e = 0; e < edits; ++e) {
                const size_t at = input.empty() ? 0 : rng() % input.size();
                switch (rng() % 4) {
                case 0: if (!input.empty()) input[at] ^= uint8_t(1u << (rng() % 8)); break;
                case 1: input.resize(at); break;
                case 2: input.insert(input.begin() + long(at), uint8_t(rng())); break;
                default: if (!input.empty()) input[at] = uint8_t(rng() % 2 ? 0xff : 0x00); break;
                }
            }
            LLVMFuzzerTestOneInput(input.data(), input.size());
            ++runs;
        }
    }
    std::printf("%ld runs, no crash\n", runs);
    return 0;
}
