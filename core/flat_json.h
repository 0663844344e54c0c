#pragma once
// A flat JSON object (string keys → number, string, bool or null): checkpoint headers, configs
// and metrics lines are flat. Parsing and string escaping are nlohmann-json's (header-only, so
// the headless GPU build carries it as a folder of headers).
#include "result.h"

#include <map>
#include <string>
#include <variant>
#include <vector>

namespace dddg {

using JsonValue = std::variant<std::nullptr_t, bool, double, std::string>;

class FlatJson {
public:
    void set(const std::string& key, double value) { m_values[key] = value; }
    void set(const std::string& key, int value) { m_values[key] = double(value); }
    void set(const std::string& key, long value) { m_values[key] = double(value); }
    void set(const std::string& key, long long value) { m_values[key] = double(value); }
    void set(const std::string& key, bool value) { m_values[key] = value; }
    void set(const std::string& key, const std::string& value) { m_values[key] = value; }
    void set(const std::string& key, const char* value) { m_values[key] = std::string(value); }
    void setNull(const std::string& key) { m_values[key] = nullptr; }

    bool has(const std::string& key) const { return m_values.count(key) > 0; }
    double number(const std::string& key, double fallback) const;
    std::string string(const std::string& key, const std::string& fallback) const;
    bool boolean(const std::string& key, bool fallback) const;
    const std::map<std::string, JsonValue>& values() const { return m_values; }

    /// One line, keys in the order given first (then the rest alphabetically).
    std::string dump(const std::vector<std::string>& keyOrder = {}) const;
    static Result<FlatJson> parse(const std::string& text);

private:
    std::map<std::string, JsonValue> m_values;
};

} // namespace dddg
