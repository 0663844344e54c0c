#pragma once
// Expected failures (bad files, bad input) travel as values; broken invariants throw.
#include <optional>
#include <string>
#include <utility>

namespace dddg {

/// Why an operation failed: one English sentence that names the file or the value. A
/// cancellation is an Error too, marked `cancelled`: the user stopped the work, so callers
/// stop quietly instead of reporting it (design §4a: cancel is a value, never an exception).
struct Error {
    std::string message;
    bool cancelled = false;
};

/// A value or an Error. GCC 12 has std::expected only for C++23, so we keep our own.
template <typename T>
class Result {
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    T& value() { return *m_value; }
    const T& value() const { return *m_value; }
    T& operator*() { return *m_value; }
    T* operator->() { return &*m_value; }
    const Error& error() const { return m_error; }
    /// Stopped by the user (not a failure).
    bool cancelled() const { return !ok() && m_error.cancelled; }

private:
    std::optional<T> m_value;
    Error m_error;
};

/// Result of an operation that yields nothing but may fail.
struct Status {
    Status() = default;
    Status(Error error) : m_error(std::move(error)), m_failed(true) {}
    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }
    /// Stopped by the user (not a failure).
    bool cancelled() const { return m_failed && m_error.cancelled; }

private:
    Error m_error;
    bool m_failed = false;
};

inline Error makeError(std::string message) { return Error{std::move(message)}; }
/// The value every cancellable operation returns when its cancel flag or callback stopped it.
inline Error cancelledError(std::string what = "cancelled") { return Error{std::move(what), true}; }

/// The first line of a library message (LibTorch appends frames and notes on later lines).
inline std::string firstLine(const std::string& text)
{
    auto end = text.find('\n');
    return end == std::string::npos ? text : text.substr(0, end);
}

} // namespace dddg
