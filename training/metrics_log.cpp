#include "metrics_log.h"

#include <cstdio>
#include <fstream>

namespace dddg {

const std::vector<std::string>& metricsKeyOrder()
{
    static const std::vector<std::string> keys{"step", "epoch", "wall_s", "loss_d", "loss_g", "loss_enc", "r1", "fid_lenet", "swd", "world_size", "comm_s"};
    return keys;
}

Status appendMetricsLine(const std::string& path, const FlatJson& line)
{
    std::FILE* f = std::fopen(path.c_str(), "a");
    if (!f) return makeError("cannot append to metrics file " + path);
    std::string text = line.dump(metricsKeyOrder()) + "\n";
    bool ok = std::fwrite(text.data(), 1, text.size(), f) == text.size();
    ok = std::fclose(f) == 0 && ok;
    if (!ok) return makeError("failed while writing metrics file " + path);
    return {};
}

Status truncateMetricsAfter(const std::string& path, int64_t step)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) return {}; // nothing logged yet
    std::string kept, line;
    bool changed = false;
    while (std::getline(in, line)) {
        const bool complete = !in.eof(); // the last line without '\n' was cut mid-write
        auto parsed = FlatJson::parse(line);
        if (complete && parsed && parsed->number("step", -1) <= double(step)) kept += line + "\n";
        else changed = true;
    }
    in.close();
    if (!changed) return {};
    const std::string tmp = path + ".tmp";
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        out << kept;
        if (!out) return makeError("cannot rewrite metrics file " + path);
    }
    if (std::rename(tmp.c_str(), path.c_str()) != 0) return makeError("cannot move metrics file into place at " + path);
    return {};
}

std::vector<FlatJson> MetricsFollower::poll()
{
    std::vector<FlatJson> lines;
    std::ifstream in(m_path, std::ios::binary);
    if (!in) return lines;
    in.seekg(0, std::ios::end);
    auto size = uint64_t(in.tellg());
    if (size < m_offset) { // the file was replaced: start over
        m_offset = 0;
        m_partial.clear();
    }
    in.seekg(std::streamoff(m_offset));
    std::string chunk(size - m_offset, '\0');
    in.read(chunk.data(), std::streamsize(chunk.size()));
    chunk.resize(size_t(in.gcount()));
    m_offset += chunk.size();
    m_partial += chunk;
    size_t start = 0, end;
    while ((end = m_partial.find('\n', start)) != std::string::npos) {
        std::string line = m_partial.substr(start, end - start);
        start = end + 1;
        if (line.empty()) continue;
        auto parsed = FlatJson::parse(line);
        if (parsed) lines.push_back(*parsed);
        else ++m_skipped;
    }
    m_partial.erase(0, start);
    return lines;
}

} // namespace dddg
