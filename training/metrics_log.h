#pragma once
// RUN_DIR/metrics.jsonl: one flat JSON object per line, append-only (design §5).
#include "flat_json.h"
#include "result.h"

#include <string>
#include <vector>

namespace dddg {

/// The field order of every line: step, epoch, wall_s, loss_d, loss_g, loss_enc, r1, fid_lenet.
const std::vector<std::string>& metricsKeyOrder();

/// Appends one line (opened, written, flushed and closed per call so a reader on another
/// machine or process always sees whole lines or a partial last line).
Status appendMetricsLine(const std::string& path, const FlatJson& line);

/// On resume: keeps the complete, valid lines up to `step` (the checkpoint's) and drops the
/// rest — steps logged after the checkpoint (they will be run again) and a partial last line.
Status truncateMetricsAfter(const std::string& path, int64_t step);

/// Incremental reader that tolerates a partial last line (it is read once complete).
class MetricsFollower {
public:
    explicit MetricsFollower(std::string path) : m_path(std::move(path)) {}
    /// New complete lines since the last call. Lines that are not valid JSON are skipped.
    std::vector<FlatJson> poll();
    int64_t skippedLines() const { return m_skipped; }

private:
    std::string m_path;
    uint64_t m_offset = 0;
    std::string m_partial;
    int64_t m_skipped = 0;
};

} // namespace dddg
