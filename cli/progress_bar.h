#pragma once
// Progress on stderr: a redrawn bar with rate and ETA on a terminal, plain lines otherwise
// (so logs of runs on servers stay readable).
#include <cstdint>
#include <string>

namespace dddg::cli {

class ProgressBar {
public:
    /// `alreadyDone` counts work finished before this bar (a resumed run), so the rate
    /// and ETA are this session's.
    ProgressBar(std::string label, int64_t total, std::string unit = "it", int64_t alreadyDone = 0);
    ~ProgressBar();
    /// `done` of `total`; `detail` is appended (losses, say).
    void update(int64_t done, const std::string& detail = "");
    void finish(const std::string& detail = "");
    /// Prints a line of its own (a result, a warning) without mangling the bar.
    void note(const std::string& text);

private:
    std::string line(int64_t done, const std::string& detail) const;

    std::string m_label, m_unit;
    int64_t m_total;
    int64_t m_startDone;
    double m_start, m_lastPrint = 0;
    bool m_tty, m_finished = false;
    int64_t m_lastDone = 0;
};

/// "1h02m", "3m05s", "12s".
std::string formatDuration(double seconds);

} // namespace dddg::cli
