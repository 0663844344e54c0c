// The metrics.jsonl reader: every line through FlatJson::parse, as the training monitor reads
// a run; a parsed line must print and parse back to the same keys.
#include "flat_json.h"
#include "fuzz_target.h"

#include <sstream>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
    std::string line;
    while (std::getline(in, line)) {
        auto parsed = dddg::FlatJson::parse(line);
        if (!parsed) continue;
        auto again = dddg::FlatJson::parse(parsed->dump());
        if (!again || again->values().size() != parsed->values().size()) __builtin_trap();
        for (const auto& [key, value] : parsed->values())
            if (!again->has(key) || again->values().at(key).index() != value.index()) __builtin_trap();
    }
    return 0;
}
