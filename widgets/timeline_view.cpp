#include "timeline_view.h"

#include "explorer_engine.h"
#include "image_tile.h"
#include "metric_strip.h"
#include "trajectory_grid_view.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScrollArea>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace dddg {

TimelineView::TimelineView(ExplorerEngine* engine, QWidget* parent) : QWidget(parent), m_engine(engine)
{
    buildUi();
    connect(m_engine, &ExplorerEngine::timelineReady, this, &TimelineView::onTimeline);
    connect(m_engine, &ExplorerEngine::modelLoaded, this, &TimelineView::setModel);
    connect(m_engine, &ExplorerEngine::referenceReady, this, &TimelineView::setReference);
}

// (The layout: timeline_view_layout.cpp.)

// [SECTION] Requests
void TimelineView::setModel(const ModelInfo& info)
{
    m_model = info;
    QSignalBlocker block(m_class);
    m_class->clear();
    if (info.numClasses > 0) {
        m_class->addItem(tr("random classes"), -1);
        for (int k = 0; k < info.classNames.size(); ++k) m_class->addItem(info.classNames[k], k);
    } else {
        m_class->addItem(tr("unconditional"), -1);
    }
    m_class->setEnabled(info.numClasses > 0);
    m_slider->setRange(0, info.tMax);
    m_cursor = info.tMax;
    m_slider->setValue(m_cursor);
    m_shownCodes.clear();
    m_reference.forward.clear(); // the engine re-sends the reference for the new model
    resample();
}

void TimelineView::setReference(const ReferenceFrames& reference)
{
    m_reference = reference;
    m_referenceLabel->setText(reference.source);
    m_referenceLabel->setToolTip(reference.source);
    // Metrics are computed by the engine against the reference: refresh the trajectory.
    if (m_shownCodes.isEmpty()) resample();
    else showCodes(m_shownCodes);
}

void TimelineView::resample()
{
    if (!m_model.isValid()) return;
    m_shownCodes.clear();
    m_branchedAt = -1;
    TimelineRequest request;
    request.stamp = m_pending = nextStamp();
    request.seed = quint64(m_seed->value());
    request.batch = m_batch->value();
    request.classLabel = m_class->currentData().toInt();
    request.invertReference = m_invertRow->isChecked();
    m_engine->renderTimeline(request);
}

void TimelineView::branchAt(int k, quint64 branchSeed)
{
    if (!m_frames.isValid()) return;
    k = std::clamp(k, 0, m_model.tMax);
    BranchRequest request;
    request.stamp = m_pending = nextStamp();
    request.k = k;
    request.seed = branchSeed;
    m_branchedAt = k;
    m_branchSeed = branchSeed;
    m_engine->branchTimeline(request);
    emit statusMessage(tr("Branched at t = %1 with seed %2: steps before t = %1 are reused").arg(k).arg(branchSeed));
}

void TimelineView::showCodes(const QVector<LatentCode>& codes)
{
    if (!m_model.isValid() || codes.isEmpty()) return;
    m_shownCodes = codes;
    TimelineRequest request;
    request.stamp = m_pending = nextStamp();
    request.codes = codes;
    request.classLabel = m_class->currentData().toInt();
    m_engine->renderTimeline(request);
}

void TimelineView::newSeed() { m_seed->setValue(int(QRandomGenerator::global()->bounded(1000000000u))); }

void TimelineView::onTimeline(const TrajectoryFrames& frames)
{
    if (frames.stamp != m_pending) return; // stale: a newer request is on its way
    m_frames = frames;
    if (m_branchedAt >= 0) m_shownCodes = frames.codes; // a branch is a code of its own now
    m_selected = std::min(m_selected, frames.batch - 1);
    rebuildGrid();
    updateFocus();
    updateMetrics();
    m_timing->setText(frames.recomputedFrom > 0
                          ? tr("%1 ms (steps %2–%3)").arg(frames.computeMs, 0, 'f', 1).arg(frames.recomputedFrom).arg(frames.tMax - 1)
                          : tr("%1 ms for %2 samples").arg(frames.computeMs, 0, 'f', 1).arg(frames.batch));
    emit framesShown(frames);
}

// [SECTION] Display
QString TimelineView::headerFor(int t) const
{
    if (t == 0) return tr("t = 0\nconstant");
    if (t == m_model.tMax) return tr("t = %1\nclean").arg(t);
    double sigma = m_model.sigmas.value(t);
    return sigma > 0 ? tr("t = %1\nσ = %2").arg(t).arg(sigma, 0, 'f', 1) : tr("t = %1").arg(t);
}

int TimelineView::columnCount() const { return m_grid->columnCount(); }

void TimelineView::rebuildGrid()
{
    const int T = m_frames.tMax;
    QStringList headers;
    for (int t = 0; t <= T; ++t) headers << headerFor(t);
    m_grid->setColumns(T + 1, headers);
    QVector<TrajectoryGridView::Row> rows;
    if (m_reference.forward.size() == T + 1) {
        TrajectoryGridView::Row forward{tr("real x_t"), TrajectoryGridView::RowKind::Forward, -1, m_reference.forward, {}};
        rows << forward;
    }
    for (int b = 0; b < m_frames.batch; ++b) {
        QString name = QStringLiteral("#%1").arg(b + 1);
        if (b == 0 && m_invertRow->isChecked() && m_shownCodes.isEmpty() && m_reference.isValid()) name += tr(" inverted");
        int label = m_frames.codes.value(b).label;
        if (label >= 0) name += QLatin1Char(' ') + m_model.classNames.value(label).left(10);
        TrajectoryGridView::Row state{name + QStringLiteral("\nx'_t"), TrajectoryGridView::RowKind::State, b, {}, {}};
        TrajectoryGridView::Row norm{QStringLiteral("x_norm_t"), TrajectoryGridView::RowKind::Normalised, b, {}, {}};
        for (int t = 0; t <= T; ++t) {
            state.cells << m_frames.statePrime(t, b);
            norm.cells << m_frames.stateNorm(t, b);
            QString tip = tr("sample %1, x'_%2").arg(b + 1).arg(t);
            if (!m_frames.psnr.isEmpty() && t > 0)
                tip += tr("\nPSNR %1 dB, SSIM %2 against reduce_info(x, %3)")
                           .arg(m_frames.psnrAt(t, b), 0, 'f', 2).arg(m_frames.ssimAt(t, b), 0, 'f', 3).arg(t);
            state.tooltips << tip;
            norm.tooltips << (t > 0 ? tr("sample %1, x_norm_%2 = x_net − reduce_info(x_net, %3) + x'_%3").arg(b + 1).arg(t).arg(t - 1)
                                    : QString());
        }
        rows << state << norm;
    }
    m_grid->setRows(rows);
    m_grid->setSelectedSample(m_selected);
    m_grid->setBranchMarker(m_branchedAt);
    m_grid->setCursor(m_cursor);
    if (!m_grid->autoFit()) m_grid->adjustSize();
    m_branch->setEnabled(m_frames.isValid());
}

void TimelineView::setCursor(int t)
{
    t = std::clamp(t, 0, std::max(0, columnCount() - 1));
    bool changed = t != m_cursor;
    m_cursor = t;
    m_grid->setCursor(t);
    {
        QSignalBlocker block(m_slider);
        m_slider->setValue(t);
    }
    updateFocus();
    m_metrics->setCursor(t);
    updateTransport();
    if (changed) emit cursorChanged(t);
}

void TimelineView::stepBy(int delta) { setCursor(m_cursor + delta); }

void TimelineView::togglePlay()
{
    if (m_playTimer->isActive()) m_playTimer->stop();
    else m_playTimer->start();
    m_play->setIcon(style()->standardIcon(m_playTimer->isActive() ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
}

bool TimelineView::isPlaying() const { return m_playTimer->isActive(); }

void TimelineView::updateTransport()
{
    QString what = m_cursor == 0 ? tr("constant image x_0") : m_cursor == m_model.tMax ? tr("clean end") : tr("σ = %1").arg(m_model.sigmas.value(m_cursor), 0, 'f', 1);
    m_stepLabel->setText(tr("t = %1 / %2 · %3").arg(m_cursor).arg(m_model.tMax).arg(what));
}

void TimelineView::updateFocus()
{
    const int t = m_cursor, b = m_selected;
    QImage target = m_reference.forward.value(t);
    QImage state = m_frames.isValid() ? m_frames.statePrime(t, b) : QImage();
    m_focusTarget->setImage(target);
    m_focusState->setImage(state);
    m_focusState->setCaption(tr("sample %1: x'_%2").arg(b + 1).arg(t));
    m_focusNorm->setImage(m_frames.isValid() ? m_frames.stateNorm(t, b) : QImage());
    m_focusNorm->setCaption(tr("x_norm_%1").arg(t));
    m_focusDiff->setImage(differenceHeatmap(state, target));
    bool metrics = !m_frames.psnr.isEmpty() && t > 0;
    m_focusState->setFootnote(metrics ? tr("PSNR %1 dB · SSIM %2").arg(m_frames.psnrAt(t, b), 0, 'f', 2).arg(m_frames.ssimAt(t, b), 0, 'f', 3)
                                      : QString());
    updateTransport();
}

void TimelineView::updateMetrics()
{
    if (m_frames.psnr.isEmpty()) {
        m_metrics->clear();
        return;
    }
    QVector<double> psnr, ssim;
    for (int t = 0; t <= m_frames.tMax; ++t) {
        psnr << m_frames.psnrAt(t, m_selected);
        ssim << m_frames.ssimAt(t, m_selected);
    }
    m_metrics->setSeries(psnr, ssim);
    m_metrics->setCursor(m_cursor);
}

void TimelineView::keyPressEvent(QKeyEvent* event)
{
    if (handleKey(event)) event->accept();
    else QWidget::keyPressEvent(event);
}

bool TimelineView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_grid && event->type() == QEvent::KeyPress) return handleKey(static_cast<QKeyEvent*>(event));
    return QWidget::eventFilter(watched, event);
}

bool TimelineView::handleKey(QKeyEvent* event)
{
    if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier)) return false;
    switch (event->key()) {
    case Qt::Key_Left: stepBy(-1); break;
    case Qt::Key_Right: stepBy(1); break;
    case Qt::Key_Home: setCursor(0); break;
    case Qt::Key_End: setCursor(columnCount() - 1); break;
    case Qt::Key_Space: togglePlay(); break;
    case Qt::Key_N: newSeed(); break;
    case Qt::Key_B: branchAt(m_cursor, QRandomGenerator::global()->bounded(1000000000u)); break;
    case Qt::Key_Up: m_selected = std::max(0, m_selected - 1); m_grid->setSelectedSample(m_selected); updateFocus(); updateMetrics(); break;
    case Qt::Key_Down: m_selected = std::min(std::max(0, m_frames.batch - 1), m_selected + 1); m_grid->setSelectedSample(m_selected); updateFocus(); updateMetrics(); break;
    default: return false;
    }
    return true;
}

} // namespace dddg
