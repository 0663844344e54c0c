// TimelineView: what leaves and reopens the view — its exports (strip images, video frames,
// codes) and the session state (File → Open session).
#include "timeline_view.h"

#include "latent_code_json.h"
#include "trajectory_exports.h"
#include "trajectory_grid_view.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QJsonArray>
#include <QPainter>
#include <QSlider>
#include <QSpinBox>

#include <algorithm>

namespace dddg {

quint64 TimelineView::seed() const { return quint64(m_seed->value()); }
void TimelineView::setSeed(quint64 seed) { m_seed->setValue(int(seed)); }
int TimelineView::batch() const { return m_batch->value(); }
void TimelineView::setBatch(int batch) { m_batch->setValue(batch); }
int TimelineView::classLabel() const { return m_class->currentData().toInt(); }

// The tab's title keeps MainWindow's translation context, where it was first translated.
QString TimelineView::title() const { return QCoreApplication::translate("dddg::MainWindow", "Timeline"); }
QKeySequence TimelineView::shortcut() const { return QKeySequence(Qt::CTRL | Qt::Key_1); }
QString TimelineView::sessionName() const { return QStringLiteral("timeline"); }
QList<ExportKind> TimelineView::exports() const { return trajectoryExportKinds(!m_frames.codes.isEmpty()); }

Status TimelineView::exportTo(ExportKind kind, const QString& path)
{
    return exportTrajectory(kind, path, {this, m_engine, [this] { return stripImage(); }, [this] { return videoFrames(); }, m_frames.codes});
}

QImage TimelineView::stripImage(int cellSize) const { return m_grid->renderImage(cellSize); }

QVector<QImage> TimelineView::videoFrames(int cellSize) const
{
    QVector<QImage> frames;
    const int saved = m_grid->cursor();
    auto* grid = const_cast<TrajectoryGridView*>(m_grid);
    for (int t = 0; t < columnCount(); ++t) {
        grid->setCursor(t);
        QImage frame = grid->renderImage(cellSize);
        // The export has no cursor band: mark the step with a bar under its column.
        QPainter p(&frame);
        p.fillRect(QRect(frame.width() * t / std::max(1, columnCount()), frame.height() - 6, frame.width() / std::max(1, columnCount()), 6),
                   QColor(230, 120, 20));
        frames << frame;
    }
    grid->setCursor(saved);
    return frames;
}

QJsonObject TimelineView::sessionState() const
{
    QJsonObject state{{"view", sessionName()},
                      {"invert_row", m_invertRow->isChecked()},
                      {"seed", double(seed())},
                      {"batch", batch()},
                      {"class", classLabel()},
                      {"t", m_cursor},
                      {"reference", m_reference.source}};
    if (m_branchedAt >= 0) {
        state["branch_k"] = m_branchedAt;
        state["branch_seed"] = double(m_branchSeed);
    }
    QJsonArray codes;
    for (const auto& code : m_frames.codes) codes.append(codeToJson(code));
    state["latents"] = codes;
    return state;
}

void TimelineView::restoreSession(const QJsonObject& state)
{
    {
        QSignalBlocker a(m_seed), b(m_batch), c(m_class), d(m_invertRow);
        m_invertRow->setChecked(state.value("invert_row").toBool(true));
        m_seed->setValue(int(state.value("seed").toDouble()));
        m_batch->setValue(state.value("batch").toInt(m_batch->value()));
        int index = m_class->findData(state.value("class").toInt(-1));
        if (index >= 0) m_class->setCurrentIndex(index);
    }
    QVector<LatentCode> codes;
    for (const auto& item : state.value("latents").toArray())
        if (auto code = codeFromJson(item.toObject()); code.isValid()) codes << code;
    if (!codes.isEmpty()) showCodes(codes);
    else resample();
    // At start-up the session comes before its frames: keep the step for rebuildGrid rather
    // than clamp it to the empty grid.
    const int t = state.value("t").toInt(m_cursor);
    if (t < columnCount()) return setCursor(t);
    m_cursor = t;
    QSignalBlocker block(m_slider);
    m_slider->setValue(t);
}

} // namespace dddg
