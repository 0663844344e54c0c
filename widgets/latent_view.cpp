#include "latent_view.h"

#include "side_panel.h"

#include "explorer_engine.h"
#include "image_tile.h"
#include "imgui_canvas.h"
#include "latent_document.h"
#include "latent_inspector_widget.h"
#include "metric_strip.h"
#include "trajectory_grid_view.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QScrollArea>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <random>

namespace dddg {
LatentView::LatentView(ExplorerEngine* engine, QWidget* parent) : QWidget(parent), m_engine(engine), m_doc(new LatentDocument(this))
{
    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->addWidget(buildImagePanel());
    leftLayout->addWidget(buildInversionPanel());
    leftLayout->addWidget(buildSlotsPanel());
    leftLayout->addWidget(buildInterpolationPanel());
    leftLayout->addStretch(1);
    m_leftPanel = new SidePanel(left, 340);

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_leftPanel);
    layout->addWidget(buildTrajectoryArea(), 1);
    connectEditors();
    connectEngine();
}

QWidget* LatentView::buildTrajectoryArea()
{
    m_grid = new TrajectoryGridView;
    auto* gridScroll = makeZoomableScrollArea(m_grid);
    m_metrics = new MetricStrip;
    m_metrics->setPlaceholder(tr("PSNR/SSIM of each step against the real image appear once one is chosen."));
    m_metrics->setMaximumHeight(120);
    gridScroll->setMinimumHeight(2 * 64 + 3 * 72 + 40); // forward, x'_t and x_norm_t rows
    QWidget* inspectorArea = nullptr;
    if (ImGuiCanvas::openGLAvailable()) {
        m_inspector = new LatentInspectorWidget;
        inspectorArea = m_inspector;
    } else {
        auto* note = new QLabel(tr("The latent inspector needs OpenGL, which this display does not offer.\n"
                                   "Slots, interpolation, inversion and undo work as usual."));
        note->setAlignment(Qt::AlignCenter);
        note->setWordWrap(true);
        inspectorArea = note;
    }

    auto* top = new QWidget;
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(gridScroll, 1);
    topLayout->addWidget(m_metrics);
    auto* right = new QSplitter(Qt::Vertical);
    right->addWidget(top);
    right->addWidget(inspectorArea);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    right->setSizes({520, 380});
    return right;
}

// The document, the inspector, the grid and the metric strip follow one another.
void LatentView::connectEditors()
{
    connect(m_doc, &LatentDocument::codeChanged, this, &LatentView::onCodeChanged);
    connect(m_doc, &LatentDocument::slotsChanged, this, &LatentView::refreshSlots);
    if (m_inspector) {
        connect(m_inspector, &LatentInspectorWidget::codeEdited, this,
                [this](const LatentCode& code, const QString& what, int key) { m_doc->edit(code, what, key); });
        connect(m_inspector, &LatentInspectorWidget::dragFinished, m_doc, &LatentDocument::closeMerge);
        connect(m_inspector, &LatentInspectorWidget::stepChanged, m_grid, &TrajectoryGridView::setCursor);
    }
    connect(m_grid, &TrajectoryGridView::cursorClicked, this, [this](int t) {
        m_grid->setCursor(t);
        m_metrics->setCursor(t);
        if (m_inspector && t < m_model.tMax) m_inspector->setStep(t);
    });
    connect(m_metrics, &MetricStrip::stepClicked, m_grid, &TrajectoryGridView::cursorClicked);
}

void LatentView::connectEngine()
{
    connect(m_engine, &ExplorerEngine::codeRendered, this, &LatentView::onRendered);
    connect(m_engine, &ExplorerEngine::inversionProgress, this, [this](quint64 stamp, int done, int total) {
        if (stamp != m_pendingInversion) return;
        m_progress->setMaximum(total);
        m_progress->setValue(done);
    });
    connect(m_engine, &ExplorerEngine::inversionFinished, this, &LatentView::onInversionFinished);
    connect(m_engine, &ExplorerEngine::modelLoaded, this, &LatentView::setModel);
    connect(m_engine, &ExplorerEngine::referenceReady, this, &LatentView::setReference);
    connect(m_engine, &ExplorerEngine::failed, this, [this](const QString&, const QString&) {
        if (!m_inverting) return;
        m_inverting = false;
        m_invert->setEnabled(true);
        m_cancel->setEnabled(false);
        m_progress->setVisible(false);
    });
}

// (The panels on the left: latent_view_panels.cpp.)

// [SECTION] Model, reference and code
void LatentView::setModel(const ModelInfo& info)
{
    m_model = info;
    std::vector<float> scales(info.scales.begin(), info.scales.end());
    if (m_inspector) m_inspector->setScales(info.tMax, info.dz, scales);
    m_class->clear();
    if (info.numClasses > 0)
        for (int k = 0; k < info.classNames.size(); ++k) m_class->addItem(info.classNames[k], k);
    else
        m_class->addItem(tr("unconditional"), -1);
    m_class->setEnabled(info.numClasses > 0);
    qDeleteAll(m_stepBoxes);
    m_stepBoxes.clear();
    for (int t = 0; t < info.tMax; ++t) {
        auto* box = new QCheckBox(QStringLiteral("z%1").arg(t));
        box->setChecked(true);
        box->setToolTip(tr("Interpolate z_%1 (else keep slot A's)").arg(t));
        connect(box, &QCheckBox::toggled, this, [this] { applyInterpolation(); });
        m_stepBoxRow->layout()->addWidget(box);
        m_stepBoxes << box;
    }
    m_doc->undoStack()->clear();
    m_doc->setSlot(LatentDocument::SlotA, {});
    m_doc->setSlot(LatentDocument::SlotB, {});
    m_slotImages[0] = m_slotImages[1] = QImage();
    m_frames = {};
    randomCode();
    m_doc->undoStack()->clear(); // a new model starts a new history
}

void LatentView::setReference(const ReferenceFrames& reference)
{
    m_reference = reference;
    m_target->setImage(reference.image);
    m_target->setFootnote(reference.source);
    if (m_doc->code().isValid()) onCodeChanged(m_doc->code()); // per-step metrics against the new image
}

void LatentView::openCode(const LatentCode& code, const QString& origin)
{
    if (!code.isValid()) return;
    if (m_model.isValid() && (code.tMax != m_model.tMax || code.dz != m_model.dz)) {
        emit statusMessage(tr("That latent code does not fit this model (t_max %1, d_z %2)").arg(code.tMax).arg(code.dz));
        return;
    }
    m_doc->replace(code, origin);
}

void LatentView::randomCode()
{
    if (!m_model.isValid()) return;
    LatentCode code(m_model.tMax, m_model.dz);
    std::mt19937 rng(QRandomGenerator::global()->generate());
    std::normal_distribution<float> normal;
    for (float& v : code.z) v = normal(rng);
    code.label = m_model.numClasses > 0 ? std::max(0, m_class->currentData().toInt()) : -1;
    m_doc->replace(code, tr("Random code"));
}

void LatentView::onCodeChanged(const LatentCode& code)
{
    if (m_inspector) m_inspector->setCode(code, m_doc->baseCode());
    if (code.label >= 0) {
        QSignalBlocker block(m_class);
        m_class->setCurrentIndex(m_class->findData(code.label));
    }
    if (!m_model.isValid() || !code.isValid()) return;
    CodeRequest request;
    request.stamp = m_pendingRender = nextStamp();
    request.code = code;
    m_sinceRequest.start();
    m_engine->renderCode(request);
}

void LatentView::onRendered(const TrajectoryFrames& frames)
{
    if (frames.stamp != m_pendingRender) return; // a newer edit is being rendered
    const bool sameShape = m_frames.isValid() && m_frames.tMax == frames.tMax && frames.recomputedFrom > 0;
    m_frames = frames;
    rebuildGrid(sameShape ? frames.recomputedFrom : -1); // the latency below includes painting it
    double latency = double(m_sinceRequest.nsecsElapsed()) / 1e6;
    m_latencies << latency;
    if (m_latencies.size() > 2000) m_latencies.remove(0, 1000);
    if (m_inspector) m_inspector->setTimings(frames.computeMs, latency);
    emit framesShown(frames);
}

void LatentView::rebuildGrid(int changedFrom)
{
    const int T = m_frames.tMax;
    QStringList headers;
    for (int t = 0; t <= T; ++t) headers << QStringLiteral("t = %1").arg(t);
    m_grid->setColumns(T + 1, headers);
    QVector<TrajectoryGridView::Row> rows;
    if (m_reference.forward.size() == T + 1)
        rows << TrajectoryGridView::Row{tr("real x_t"), TrajectoryGridView::RowKind::Forward, -1, m_reference.forward, {}};
    TrajectoryGridView::Row state{tr("code x'_t"), TrajectoryGridView::RowKind::State, 0, {}, {}};
    TrajectoryGridView::Row norm{QStringLiteral("x_norm_t"), TrajectoryGridView::RowKind::Normalised, 0, {}, {}};
    QVector<double> psnr, ssim;
    for (int t = 0; t <= T; ++t) {
        state.cells << m_frames.statePrime(t, 0);
        norm.cells << m_frames.stateNorm(t, 0);
        psnr << m_frames.psnrAt(t, 0);
        ssim << m_frames.ssimAt(t, 0);
    }
    rows << state << norm;
    if (changedFrom >= 0) {
        m_grid->replaceColumnsFrom(rows, changedFrom); // x'_t for t ≤ changedFrom is unchanged
    } else {
        m_grid->setRows(rows);
        if (!m_grid->autoFit()) m_grid->adjustSize();
        m_grid->repaint();
    }
    if (m_frames.psnr.isEmpty()) m_metrics->clear();
    else m_metrics->setSeries(psnr, ssim);
}

// [SECTION] Inversion
void LatentView::invert(int refineSteps)
{
    m_pendingInversion = nextStamp();
    m_inverting = true;
    m_invert->setEnabled(false);
    m_cancel->setEnabled(refineSteps > 0);
    m_progress->setVisible(refineSteps > 0);
    m_progress->setRange(0, std::max(1, refineSteps * std::max(1, m_model.tMax)));
    m_progress->setValue(0);
    m_inversionResult->setText(tr("inverting…"));
    m_engine->invertReference(m_pendingInversion, refineSteps);
}

int LatentView::refineSteps() const { return m_refineSteps->value(); }

void LatentView::setRefineSteps(int steps) { m_refineSteps->setValue(steps); }

void LatentView::cancelInversion()
{
    if (m_inverting) m_engine->cancelInversion();
}

void LatentView::onInversionFinished(const InversionOutcome& outcome)
{
    if (outcome.stamp != m_pendingInversion) return;
    m_inverting = false;
    m_invert->setEnabled(true);
    m_cancel->setEnabled(false);
    m_progress->setVisible(false);
    QString text = tr("encoder: PSNR %1 dB, SSIM %2").arg(outcome.psnrEncoder, 0, 'f', 2).arg(outcome.ssimEncoder, 0, 'f', 3);
    if (outcome.refineSteps > 0)
        text += tr("\nrefined (%1 steps per t%2): PSNR %3 dB, SSIM %4")
                    .arg(outcome.refineSteps)
                    .arg(outcome.cancelled ? tr(", cancelled") : QString())
                    .arg(outcome.psnrRefined, 0, 'f', 2)
                    .arg(outcome.ssimRefined, 0, 'f', 3);
    text += tr("\n%1 s").arg(outcome.elapsedMs / 1000.0, 0, 'f', 2);
    m_inversionResult->setText(text);
    const auto& best = outcome.refineSteps > 0 && !outcome.cancelled ? outcome.refined : outcome.encoder;
    if (!best.codes.isEmpty()) m_doc->replace(best.codes.front(), tr("Invert %1").arg(outcome.source));
    emit inversionDone(outcome);
}

// [SECTION] Slots and interpolation
void LatentView::pin(int slot)
{
    if (slot < 0 || slot > 1 || !m_doc->code().isValid()) return;
    m_slotImages[slot] = m_frames.isValid() ? m_frames.statePrime(m_frames.tMax, 0) : QImage();
    m_doc->pin(LatentDocument::Slot(slot));
}

void LatentView::refreshSlots()
{
    for (int i = 0; i < 2; ++i) {
        bool filled = m_doc->slot(LatentDocument::Slot(i)).isValid();
        m_slotTiles[i]->setImage(filled ? m_slotImages[i] : QImage());
    }
}

void LatentView::setInterpolation(double alpha) { m_alpha->setValue(int(std::lround(std::clamp(alpha, 0.0, 1.0) * 100))); }

void LatentView::setInterpolationMode(InterpolationMode mode) { m_interpMode->setCurrentIndex(mode == InterpolationMode::Linear ? 0 : 1); }

void LatentView::setMixedSteps(const std::vector<bool>& steps)
{
    for (int t = 0; t < m_stepBoxes.size(); ++t) {
        QSignalBlocker block(m_stepBoxes[t]);
        m_stepBoxes[t]->setChecked(steps.empty() || (size_t(t) < steps.size() && steps[size_t(t)]));
    }
    applyInterpolation();
}

std::vector<bool> LatentView::mixedSteps() const
{
    std::vector<bool> steps;
    for (auto* box : m_stepBoxes) steps.push_back(box->isChecked());
    return steps;
}

void LatentView::applyInterpolation()
{
    const double alpha = m_alpha->value() / 100.0;
    m_alphaLabel->setText(QStringLiteral("α = %1").arg(alpha, 0, 'f', 2));
    const auto& a = m_doc->slot(LatentDocument::SlotA);
    const auto& b = m_doc->slot(LatentDocument::SlotB);
    if (!a.isValid() || !b.isValid() || !a.sameShape(b)) {
        emit statusMessage(tr("Pin codes to both slots A and B to interpolate"));
        return;
    }
    m_doc->edit(interpolate(a, b, alpha, m_mode, mixedSteps()), tr("Interpolate A → B"), LatentDocument::kInterpolationKey);
}

} // namespace dddg
