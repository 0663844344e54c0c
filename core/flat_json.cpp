#include "flat_json.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <set>
#include <sstream>

namespace dddg {

double FlatJson::number(const std::string& key, double fallback) const
{
    auto it = m_values.find(key);
    if (it == m_values.end()) return fallback;
    if (auto* d = std::get_if<double>(&it->second)) return *d;
    if (auto* b = std::get_if<bool>(&it->second)) return *b ? 1.0 : 0.0;
    return fallback;
}

std::string FlatJson::string(const std::string& key, const std::string& fallback) const
{
    auto it = m_values.find(key);
    if (it == m_values.end()) return fallback;
    if (auto* s = std::get_if<std::string>(&it->second)) return *s;
    return fallback;
}

bool FlatJson::boolean(const std::string& key, bool fallback) const
{
    auto it = m_values.find(key);
    if (it == m_values.end()) return fallback;
    if (auto* b = std::get_if<bool>(&it->second)) return *b;
    if (auto* d = std::get_if<double>(&it->second)) return *d != 0.0;
    return fallback;
}

namespace {

/// A value as JSON text: nlohmann-json escapes strings; numbers keep the compact form of our
/// files (integers without a fraction, otherwise 9 significant digits, enough for a float).
std::string formatValue(const JsonValue& v)
{
    if (std::holds_alternative<std::nullptr_t>(v)) return "null";
    if (auto* b = std::get_if<bool>(&v)) return *b ? "true" : "false";
    if (auto* s = std::get_if<std::string>(&v)) return nlohmann::json(*s).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    double d = std::get<double>(v);
    if (!std::isfinite(d)) return "null"; // JSON has no NaN/Inf
    char buf[32];
    if (d == std::floor(d) && std::fabs(d) < 1e15) std::snprintf(buf, sizeof buf, "%.0f", d);
    else std::snprintf(buf, sizeof buf, "%.9g", d);
    return buf;
}

} // namespace

std::string FlatJson::dump(const std::vector<std::string>& keyOrder) const
{
    std::ostringstream out;
    out << '{';
    bool first = true;
    std::set<std::string> written;
    auto emit = [&](const std::string& key, const JsonValue& value) {
        if (!first) out << ',';
        first = false;
        out << formatValue(key) << ':' << formatValue(value);
        written.insert(key);
    };
    for (const auto& key : keyOrder) {
        auto it = m_values.find(key);
        if (it != m_values.end()) emit(key, it->second);
    }
    for (const auto& [key, value] : m_values)
        if (!written.count(key)) emit(key, value);
    out << '}';
    return out.str();
}

Result<FlatJson> FlatJson::parse(const std::string& text)
{
    // nlohmann-json parses (without exceptions); we then require one flat object whose numbers
    // are finite — 1e999 would come back as inf and could not be written again as a number.
    const auto doc = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (doc.is_discarded()) return makeError("malformed JSON");
    if (!doc.is_object()) return makeError("malformed JSON: expected one object");
    FlatJson out;
    for (const auto& [key, value] : doc.items()) {
        if (value.is_null()) out.setNull(key);
        else if (value.is_boolean()) out.set(key, value.get<bool>());
        else if (value.is_string()) out.set(key, value.get<std::string>());
        else if (value.is_number()) {
            const double d = value.get<double>();
            if (!std::isfinite(d)) return makeError("malformed JSON: the number of key '" + key + "' is out of range");
            out.set(key, d);
        } else {
            return makeError("malformed JSON: key '" + key + "' holds an array or object (flat objects only)");
        }
    }
    return out;
}

} // namespace dddg
