#include "run_follower.h"

#include "checkpoint.h"
#include "film_strip.h"
#include "metrics_log.h"

#include <ATen/ATen.h>

#include <QDir>
#include <QFileInfo>

namespace dddg {

MetricPoint toMetricPoint(const FlatJson& line)
{
    MetricPoint point;
    point.step = qint64(line.number("step", 0));
    point.wallSeconds = line.number("wall_s", 0);
    for (const auto& [key, value] : line.values())
        if (key != "step" && key != "wall_s" && std::holds_alternative<double>(value))
            point.values.insert(QString::fromStdString(key), std::get<double>(value));
    return point;
}

RunFollower::RunFollower(const QString& runDir, int pollMs, QObject* parent)
    : QObject(parent),
      m_dir(runDir),
      m_timer(new QTimer(this)),
      m_metrics(std::make_unique<MetricsFollower>(QDir(runDir).filePath(QStringLiteral("metrics.jsonl")).toStdString()))
{
    m_timer->setInterval(pollMs);
    connect(m_timer, &QTimer::timeout, this, &RunFollower::poll);
}

RunFollower::~RunFollower() = default;

void RunFollower::start()
{
    if (!QFileInfo(m_dir).isDir()) {
        Q_EMIT failed(tr("%1 is not a folder").arg(m_dir));
        return;
    }
    poll();
    m_timer->start();
}

void RunFollower::poll()
{
    QVector<MetricPoint> points;
    for (const FlatJson& line : m_metrics->poll()) points << toMetricPoint(line);
    if (!points.isEmpty()) Q_EMIT metricsAppended(points);
    if (!m_reportedMissing && !QFileInfo::exists(QDir(m_dir).filePath(QStringLiteral("metrics.jsonl")))) {
        m_reportedMissing = true;
        Q_EMIT failed(tr("%1 has no metrics.jsonl yet; waiting for it").arg(m_dir));
    }
    pollCheckpoint();
}

void RunFollower::pollCheckpoint()
{
    QFileInfo info(QDir(m_dir).filePath(QStringLiteral("latest.ckpt")));
    if (!info.exists()) return;
    if (info.lastModified() == m_checkpointTime && info.size() == m_checkpointSize) return;
    m_checkpointTime = info.lastModified();
    m_checkpointSize = info.size();
    at::set_num_threads(1); // a background chore: leave the cores to training and the UI
    auto loaded = loadCheckpoint(info.absoluteFilePath().toStdString());
    if (!loaded) {
        Q_EMIT failed(QString::fromStdString(loaded.error().message));
        return;
    }
    const double steps = loaded->config.number("steps", 0);
    Q_EMIT checkpointSeen(info.absoluteFilePath(), loaded->step, qint64(steps));
    try {
        Q_EMIT filmFrame({loaded->step, renderFilmFrame(*loaded->model)});
    } catch (const std::exception& e) {
        Q_EMIT failed(QString::fromStdString(e.what()));
    }
}

} // namespace dddg
