// dddg export: a training run's checkpoint in its compact, shipped form — for a baseline the
// EMA weights alone in half precision (loads for restoration, not for resuming); a DDDG
// checkpoint is copied as it is.
#include "baseline_model.h"
#include "checkpoint.h"
#include "command_support.h"
#include "commands.h"

#include <cstdio>
#include <filesystem>

namespace dddg::cli {
namespace {

const std::vector<FlagSpec>& exportFlags()
{
    static const std::vector<FlagSpec> flags{
        {"checkpoint", "CKPT", "a run's checkpoint (required)"},
        {"out", "FILE", "where the compact model goes (required; not the input)"},
    };
    return flags;
}

} // namespace

int runExport(const Argv& argv)
{
    CliArgs args("export", exportFlags(), argv);
    if (args.helpRequested()) {
        std::printf("%s", CliArgs::usage("export", "--checkpoint CKPT --out FILE", exportFlags()).c_str());
        return 0;
    }
    refuseOverwritingInputs(args);
    const std::string in = args.required("checkpoint"), out = args.required("out");
    std::error_code ec;
    auto header = require(readCheckpointContainer(in));
    prepareOutput(out);
    if (methodOf(header.header) == "dddg") {
        require(loadCheckpoint(in)); // refuse a damaged file before copying it
        std::filesystem::copy_file(in, out, std::filesystem::copy_options::overwrite_existing, ec);
        if (ec) throw CliError("cannot write " + out + ": " + ec.message());
    } else {
        auto checkpoint = require(loadBaselineCheckpoint(in));
        require(saveBaselineCheckpoint(out, checkpoint, /*shipped=*/true));
    }
    std::fprintf(stderr, "wrote %s (%s, %.1f MB)\n", out.c_str(), methodOf(header.header).c_str(),
                 double(std::filesystem::file_size(out)) / 1e6);
    return 0;
}

} // namespace dddg::cli
