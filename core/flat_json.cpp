#include "flat_json.h"

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

/// Characters of the JSON number at `p`, or 0 when none starts there.
size_t jsonNumberLength(const char* p)
{
    const char* q = p;
    auto digits = [&q] {
        const char* start = q;
        while (*q >= '0' && *q <= '9') ++q;
        return q - start;
    };
    if (*q == '-') ++q;
    if (*q == '0') ++q;
    else if (digits() == 0) return 0;
    if (*q == '.') {
        ++q;
        if (digits() == 0) return 0;
    }
    if (*q == 'e' || *q == 'E') {
        ++q;
        if (*q == '+' || *q == '-') ++q;
        if (digits() == 0) return 0;
    }
    return size_t(q - p);
}


std::string quote(const std::string& s)
{
    std::string out = "\"";
    for (char c : s) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\t': out += "\\t"; break;
        case '\r': out += "\\r"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out += c;
            }
        }
    }
    return out + "\"";
}

std::string formatValue(const JsonValue& v)
{
    if (std::holds_alternative<std::nullptr_t>(v)) return "null";
    if (auto* b = std::get_if<bool>(&v)) return *b ? "true" : "false";
    if (auto* s = std::get_if<std::string>(&v)) return quote(*s);
    double d = std::get<double>(v);
    if (!std::isfinite(d)) return "null"; // JSON has no NaN/Inf
    if (d == std::floor(d) && std::fabs(d) < 1e15) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.0f", d);
        return buf;
    }
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.9g", d);
    return buf;
}

class Parser {
public:
    explicit Parser(const std::string& text) : m_text(text) {}

    Result<FlatJson> parseObject()
    {
        FlatJson out;
        skipSpace();
        if (!consume('{')) return fail("expected '{'");
        skipSpace();
        if (consume('}')) return finish(out);
        while (true) {
            skipSpace();
            std::string key;
            if (!parseString(key)) return fail("expected a quoted key");
            skipSpace();
            if (!consume(':')) return fail("expected ':'");
            skipSpace();
            if (!parseValue(out, key)) return fail("bad value for key '" + key + "'");
            skipSpace();
            if (consume(',')) continue;
            if (consume('}')) return finish(out);
            return fail("expected ',' or '}'");
        }
    }

private:
    Result<FlatJson> finish(FlatJson& out)
    {
        skipSpace();
        if (m_pos != m_text.size()) return fail("trailing characters");
        return out;
    }
    Error fail(const std::string& what) const
    {
        return makeError("malformed JSON at offset " + std::to_string(m_pos) + ": " + what);
    }
    void skipSpace()
    {
        while (m_pos < m_text.size() && std::isspace(static_cast<unsigned char>(m_text[m_pos]))) ++m_pos;
    }
    bool consume(char c)
    {
        if (m_pos < m_text.size() && m_text[m_pos] == c) {
            ++m_pos;
            return true;
        }
        return false;
    }
    bool consumeWord(const char* word)
    {
        std::string w(word);
        if (m_text.compare(m_pos, w.size(), w) == 0) {
            m_pos += w.size();
            return true;
        }
        return false;
    }
    bool parseString(std::string& out)
    {
        if (!consume('"')) return false;
        while (m_pos < m_text.size()) {
            char c = m_text[m_pos++];
            if (c == '"') return true;
            if (c != '\\') {
                out += c;
                continue;
            }
            if (m_pos >= m_text.size()) return false;
            char e = m_text[m_pos++];
            switch (e) {
            case 'n': out += '\n'; break;
            case 't': out += '\t'; break;
            case 'r': out += '\r'; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'u': {
                if (m_pos + 4 > m_text.size()) return false;
                unsigned code = std::stoul(m_text.substr(m_pos, 4), nullptr, 16);
                m_pos += 4;
                out += code < 0x80 ? char(code) : '?'; // configs are ASCII
                break;
            }
            default: out += e;
            }
        }
        return false;
    }
    bool parseValue(FlatJson& out, const std::string& key)
    {
        if (m_pos >= m_text.size()) return false;
        char c = m_text[m_pos];
        if (c == '"') {
            std::string s;
            if (!parseString(s)) return false;
            out.set(key, s);
            return true;
        }
        if (consumeWord("true")) return out.set(key, true), true;
        if (consumeWord("false")) return out.set(key, false), true;
        if (consumeWord("null")) return out.setNull(key), true;
        const char* begin = m_text.c_str() + m_pos;
        char* end = nullptr;
        // JSON's number grammar, -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)? (strtod alone would
        // also take "inf", "nan" and hex), and finite (1e999 cannot be written back as a number).
        const size_t length = jsonNumberLength(begin);
        if (length == 0) return false;
        double d = std::strtod(begin, &end);
        if (size_t(end - begin) != length || !std::isfinite(d)) return false;
        m_pos += size_t(end - begin);
        out.set(key, d);
        return true;
    }

    const std::string& m_text;
    size_t m_pos = 0;
};

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
        out << quote(key) << ':' << formatValue(value);
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

Result<FlatJson> FlatJson::parse(const std::string& text) { return Parser(text).parseObject(); }

} // namespace dddg
