#include "cli_args.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <sstream>

namespace dddg::cli {

CliArgs::CliArgs(const std::string& command, const std::vector<FlagSpec>& specs, const std::vector<std::string>& argv)
    : m_command(command)
{
    for (size_t i = 0; i < argv.size(); ++i) {
        const std::string& arg = argv[i];
        if (arg == "--help" || arg == "-h") {
            m_help = true;
            continue;
        }
        if (arg.rfind("--", 0) != 0) throw CliError("dddg " + command + ": unexpected argument '" + arg + "'");
        std::string name = arg.substr(2), value;
        bool inlineValue = false;
        if (auto eq = name.find('='); eq != std::string::npos) {
            value = name.substr(eq + 1);
            name = name.substr(0, eq);
            inlineValue = true;
        }
        const FlagSpec* spec = nullptr;
        for (const auto& s : specs)
            if (s.name == name) spec = &s;
        if (!spec) throw CliError("dddg " + command + ": unknown flag --" + name + " (see dddg " + command + " --help)");
        if (m_values.count(name)) throw CliError("dddg " + command + ": --" + name + " given twice");
        if (spec->valueName.empty()) {
            if (inlineValue) throw CliError("dddg " + command + ": --" + name + " takes no value");
            m_values[name] = "1";
            continue;
        }
        if (!inlineValue) {
            if (i + 1 >= argv.size()) throw CliError("dddg " + command + ": --" + name + " needs a value (" + spec->valueName + ")");
            value = argv[++i];
        }
        m_values[name] = value;
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
    std::ostringstream out;
    out << "usage: dddg " << command << " " << synopsis << "\n\n";
    for (const auto& s : specs) {
        std::string left = "  --" + s.name + (s.valueName.empty() ? "" : " " + s.valueName);
        out << left << std::string(left.size() < 28 ? 28 - left.size() : 1, ' ') << s.help << "\n";
    }
    out << "  --help                    show this help\n";
    return out.str();
}

} // namespace dddg::cli
