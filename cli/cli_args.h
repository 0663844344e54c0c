#pragma once
// Command-line flags of one `dddg` command: `--name value` and bare `--switch` flags, parsed
// and documented (--help) by CLI11; values are read typed and range-checked on demand.
#include <cstdint>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace dddg::cli {

/// Bad input from the user: printed as one line, exit code 2.
class CliError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct FlagSpec {
    std::string name;      ///< without the leading dashes
    std::string valueName; ///< empty for a switch
    std::string help;
};

class CliArgs {
public:
    /// Throws CliError for an unknown flag, a missing value or a repeated flag.
    CliArgs(const std::string& command, const std::vector<FlagSpec>& specs, const std::vector<std::string>& argv);

    bool helpRequested() const { return m_help; }
    bool has(const std::string& name) const { return m_values.count(name) > 0; }
    std::string text(const std::string& name, const std::string& fallback = "") const;
    /// The value, or CliError naming the flag when it is absent.
    std::string required(const std::string& name) const;
    int64_t integer(const std::string& name, int64_t fallback, int64_t min, int64_t max) const;
    double number(const std::string& name, double fallback, double min, double max) const;

    static std::string usage(const std::string& command, const std::string& synopsis, const std::vector<FlagSpec>& specs);

private:
    std::string m_command;
    std::map<std::string, std::string> m_values;
    bool m_help = false;
};

} // namespace dddg::cli
