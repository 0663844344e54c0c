#include "progress_bar.h"

#include <unistd.h>

#include <chrono>
#include <cstdio>

namespace dddg::cli {
namespace {
double now()
{
    using namespace std::chrono;
    return duration<double>(steady_clock::now().time_since_epoch()).count();
}
} // namespace

std::string formatDuration(double s)
{
    if (!(s >= 0) || s > 1e7) return "--";
    char buf[32];
    long total = long(s + 0.5);
    if (total >= 3600) std::snprintf(buf, sizeof buf, "%ldh%02ldm", total / 3600, (total / 60) % 60);
    else if (total >= 60) std::snprintf(buf, sizeof buf, "%ldm%02lds", total / 60, total % 60);
    else std::snprintf(buf, sizeof buf, "%lds", total);
    return buf;
}

ProgressBar::ProgressBar(std::string label, int64_t total, std::string unit, int64_t alreadyDone)
    : m_label(std::move(label)), m_unit(std::move(unit)), m_total(total > 0 ? total : 1),
      m_startDone(std::max<int64_t>(0, alreadyDone)), m_start(now()),
      m_tty(::isatty(STDERR_FILENO) != 0)
{
}

ProgressBar::~ProgressBar()
{
    if (!m_finished && m_tty) std::fprintf(stderr, "\n");
}

std::string ProgressBar::line(int64_t done, const std::string& detail) const
{
    double elapsed = now() - m_start;
    int64_t counted = done - m_startDone;
    double rate = elapsed > 1e-3 && counted > 0 ? double(counted) / elapsed : 0;
    double eta = rate > 0 ? double(m_total - done) / rate : -1;
    int percent = int(100.0 * double(done) / double(m_total));
    char head[160];
    if (m_tty) {
        const int width = 24;
        int filled = int(width * double(done) / double(m_total));
        std::string bar(size_t(filled), '#');
        bar += std::string(size_t(width - filled), '.');
        std::snprintf(head, sizeof head, "%s [%s] %3d%% %lld/%lld %.2f %s/s ETA %s", m_label.c_str(), bar.c_str(), percent,
                      (long long)done, (long long)m_total, rate, m_unit.c_str(), formatDuration(eta).c_str());
    } else {
        std::snprintf(head, sizeof head, "%s %3d%% %lld/%lld %.2f %s/s ETA %s", m_label.c_str(), percent, (long long)done,
                      (long long)m_total, rate, m_unit.c_str(), formatDuration(eta).c_str());
    }
    return std::string(head) + (detail.empty() ? "" : "  " + detail);
}

void ProgressBar::update(int64_t done, const std::string& detail)
{
    m_lastDone = done;
    double t = now();
    // Work that reports nothing done yet (a method tuning itself) does not count against the rate.
    if (done <= m_startDone) m_start = t;
    if (m_tty) {
        if (t - m_lastPrint < 0.1 && done < m_total) return;
        std::fprintf(stderr, "\r%s\033[K", line(done, detail).c_str());
    } else {
        // Plain lines: about every 10% or every 30 s, whichever comes first.
        int64_t stride = std::max<int64_t>(1, m_total / 10);
        if (done % stride != 0 && t - m_lastPrint < 30 && done < m_total) return;
        std::fprintf(stderr, "%s\n", line(done, detail).c_str());
    }
    std::fflush(stderr);
    m_lastPrint = t;
}

void ProgressBar::note(const std::string& text)
{
    // On a terminal, clear the bar's line first; the next update redraws the bar below.
    std::fprintf(stderr, m_tty ? "\r\033[K%s\n" : "%s\n", text.c_str());
    std::fflush(stderr);
    if (m_tty) m_lastPrint = 0;
}

void ProgressBar::finish(const std::string& detail)
{
    if (m_finished) return;
    m_finished = true;
    if (m_tty) std::fprintf(stderr, "\r%s\033[K\n", line(m_lastDone, detail).c_str());
    std::fflush(stderr);
}

} // namespace dddg::cli
