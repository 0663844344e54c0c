#include "trainer_state.h"

#include "file_container.h"

#include <torch/torch.h>

#include <chrono>
#include <sstream>

namespace dddg {
namespace {

double nowSeconds()
{
    using namespace std::chrono;
    return duration<double>(steady_clock::now().time_since_epoch()).count();
}

} // namespace

RunClock::RunClock() : m_start(nowSeconds()) {}

double RunClock::seconds() const { return m_before + nowSeconds() - m_start; }

void RunClock::resumeFrom(double earlierSeconds)
{
    m_before = earlierSeconds;
    m_start = nowSeconds();
}

std::string saveTrainerState(const NamedOptimizers& optimizers, const RunClock& clock)
{
    torch::serialize::OutputArchive archive;
    for (const auto& [name, optimizer] : optimizers) {
        torch::serialize::OutputArchive child;
        optimizer->save(child);
        archive.write(name, child);
    }
    archive.write("cpu_rng", at::detail::getDefaultCPUGenerator().get_state(), true);
    archive.write("wall_s", torch::tensor({clock.seconds()}, torch::kFloat64), true);
    return archiveBytes(archive);
}

Status restoreTrainerState(const std::string& bytes, const NamedOptimizers& optimizers, const torch::Device& device, RunClock& clock)
{
    if (bytes.empty()) return makeError("it holds no trainer state (exported for inference only)");
    try {
        torch::serialize::InputArchive archive;
        std::istringstream in(bytes);
        archive.load_from(in, device);
        for (const auto& [name, optimizer] : optimizers) {
            torch::serialize::InputArchive child;
            archive.read(name, child);
            optimizer->load(child);
        }
        torch::Tensor rng, wall;
        archive.read("cpu_rng", rng, true);
        archive.read("wall_s", wall, true);
        at::Generator generator = at::detail::getDefaultCPUGenerator();
        generator.set_state(rng.to(torch::kCPU));
        clock.resumeFrom(wall.item<double>());
    } catch (const std::exception& e) {
        return makeError("unreadable trainer state: " + exceptionText(e));
    }
    return {};
}

} // namespace dddg
