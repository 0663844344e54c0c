#include "cli_args.h"

#include <CLI/CLI.hpp>

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <memory>
#include <sstream>

namespace dddg::cli {

namespace {

/// CLI11's help, with our synopsis ("usage: dddg eval --checkpoint CKPT [flags]") as its
/// usage line instead of the generic "Usage: dddg eval [OPTIONS]".
class SynopsisFormatter : public CLI::Formatter {
public:
    explicit SynopsisFormatter(std::string synopsis) : m_synopsis(std::move(synopsis)) {}
    std::string make_usage(const CLI::App*, std::string) const override { return m_synopsis + "\n"; }

private:
    std::string m_synopsis;
};

/// The flags as CLI11 options; values land in `values` (switches as "1").
std::unique_ptr<CLI::App> makeApp(const std::string& command, const std::string& synopsis, const std::vector<FlagSpec>& specs,
                                  std::map<std::string, std::string>& values, std::map<std::string, bool>& switches)
{
    auto app = std::make_unique<CLI::App>("", "dddg " + command);
    app->allow_extras(true); // reported by us, as "unknown flag --x", not as CLI11's list
    auto formatter = std::make_shared<SynopsisFormatter>(synopsis);
    formatter->column_width(30);
    app->formatter(formatter);
    for (const auto& spec : specs) {
        if (spec.valueName.empty()) {
            app->add_flag("--" + spec.name, switches[spec.name], spec.help)->multi_option_policy(CLI::MultiOptionPolicy::Throw);
        } else {
            app->add_option("--" + spec.name, values[spec.name], spec.help)
                ->type_name(spec.valueName)
                ->multi_option_policy(CLI::MultiOptionPolicy::Throw);
        }
    }
    return app;
}

} // namespace

CliArgs::CliArgs(const std::string& command, const std::vector<FlagSpec>& specs, const std::vector<std::string>& argv)
    : m_command(command)
{
    std::map<std::string, std::string> values;
    std::map<std::string, bool> switches;
    auto app = makeApp(command, "", specs, values, switches);
    std::vector<std::string> reversed(argv.rbegin(), argv.rend()); // CLI11 consumes from the back
    try {
        app->parse(reversed);
    } catch (const CLI::CallForHelp&) {
        m_help = true;
        return;
    } catch (const CLI::ParseError& e) {
        throw CliError("dddg " + command + ": " + e.what());
    }
    for (const auto& extra : app->remaining()) {
        if (extra.rfind("--", 0) == 0)
            throw CliError("dddg " + command + ": unknown flag " + extra.substr(0, extra.find('=')) + " (see dddg " + command + " --help)");
        throw CliError("dddg " + command + ": unexpected argument '" + extra + "'");
    }
    for (const auto& spec : specs) {
        if (spec.valueName.empty()) {
            if (switches[spec.name]) m_values[spec.name] = "1"; // absent, or --switch=false: not set
        } else if (app->get_option("--" + spec.name)->count() > 0) {
            m_values[spec.name] = values[spec.name];
        }
    }
}

std::string CliArgs::text(const std::string& name, const std::string& fallback) const
{
    auto it = m_values.find(name);
    return it == m_values.end() ? fallback : it->second;
}

std::string CliArgs::required(const std::string& name) const
{
    auto it = m_values.find(name);
    if (it == m_values.end() || it->second.empty()) throw CliError("dddg " + m_command + ": --" + name + " is required");
    return it->second;
}

int64_t CliArgs::integer(const std::string& name, int64_t fallback, int64_t min, int64_t max) const
{
    if (!has(name)) return fallback;
    const std::string& s = m_values.at(name);
    char* end = nullptr;
    errno = 0;
    long long v = std::strtoll(s.c_str(), &end, 10);
    if (s.empty() || *end != '\0' || errno != 0)
        throw CliError("dddg " + m_command + ": --" + name + " expects an integer, got '" + s + "'");
    if (v < min || v > max)
        throw CliError("dddg " + m_command + ": --" + name + " must be in [" + std::to_string(min) + ", " +
                       std::to_string(max) + "], got " + s);
    return v;
}

double CliArgs::number(const std::string& name, double fallback, double min, double max) const
{
    if (!has(name)) return fallback;
    const std::string& s = m_values.at(name);
    char* end = nullptr;
    double v = std::strtod(s.c_str(), &end);
    if (s.empty() || *end != '\0' || !std::isfinite(v))
        throw CliError("dddg " + m_command + ": --" + name + " expects a number, got '" + s + "'");
    if (v < min || v > max) {
        std::ostringstream msg;
        msg << "dddg " << m_command << ": --" << name << " must be in [" << min << ", " << max << "], got " << s;
        throw CliError(msg.str());
    }
    return v;
}

std::string CliArgs::usage(const std::string& command, const std::string& synopsis, const std::vector<FlagSpec>& specs)
{
    std::map<std::string, std::string> values;
    std::map<std::string, bool> switches;
    return makeApp(command, "usage: dddg " + command + " " + synopsis, specs, values, switches)->help();
}

} // namespace dddg::cli
