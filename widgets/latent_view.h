#pragma once
// Latents and inversion: invert a real image (encoder, or encoder + step-wise refinement
// with progress and cancel), pin codes to slots A and B, interpolate A → B (linear or
// spherical, whole code or only ticked steps), edit z_t in the ImGui inspector, undo/redo
// every edit, and watch the code's trajectory re-render as sliders move.
#include "explorer_types.h"
#include "explorer_view.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSlider;
class QSpinBox;

namespace dddg {

class ExplorerEngine;
class ImageTile;
class LatentDocument;
class LatentInspectorWidget;
class MetricStrip;
class SidePanel;
class TrajectoryGridView;

class LatentView : public QWidget, public ExplorerView {
    Q_OBJECT
public:
    explicit LatentView(ExplorerEngine* engine, QWidget* parent = nullptr);
    /// The controls' column at the left.
    SidePanel* leftPanel() const { return m_leftPanel; }

    LatentDocument* document() const { return m_doc; }
    TrajectoryGridView* grid() const { return m_grid; }
    /// The ImGui inspector; null where the display offers no OpenGL.
    LatentInspectorWidget* inspector() const { return m_inspector; }
    const TrajectoryFrames& frames() const { return m_frames; }

    /// Inverts the current real image; 0 refinement steps = encoder only.
    void invert(int refineSteps);
    void cancelInversion();
    int refineSteps() const;
    void setRefineSteps(int steps);
    /// Stores the current code (and its picture) in slot A or B.
    void pin(int slot);
    bool isInverting() const { return m_inverting; }
    /// Interpolation A → B at alpha in [0, 1] (a slider position).
    void setInterpolation(double alpha);
    void setInterpolationMode(InterpolationMode mode);
    /// Which steps take B's z_t when interpolating (empty = all).
    void setMixedSteps(const std::vector<bool>& steps);
    std::vector<bool> mixedSteps() const;
    /// Slider-move → repainted-trajectory times, in ms (most recent last).
    const QVector<double>& latencies() const { return m_latencies; }

    QImage stripImage(int cellSize = 96) const;
    QVector<QImage> videoFrames(int cellSize = 96) const;
    // ExplorerView
    QWidget* page() override { return this; }
    QString title() const override;
    QKeySequence shortcut() const override;
    QString sessionName() const override;
    QList<ExportKind> exports() const override;
    Status exportTo(ExportKind kind, const QString& path) override;
    /// What an export needs to be reopened: slots, interpolation, the code, the step shown.
    QJsonObject sessionState() const override;
    void restoreSession(const QJsonObject& state) override;

public slots:
    void setModel(const dddg::ModelInfo& info);
    void setReference(const dddg::ReferenceFrames& reference);
    /// Starts editing `code` (from the timeline, a file or a slot).
    void openCode(const dddg::LatentCode& code, const QString& origin);
    void randomCode();

signals:
    void showInTimeline(const QVector<dddg::LatentCode>& codes);
    void pickReferenceRequested();
    void openReferenceRequested();
    void referenceFileDropped(const QString& path);
    void framesShown(const dddg::TrajectoryFrames& frames);
    void inversionDone(const dddg::InversionOutcome& outcome);
    void statusMessage(const QString& text);

private:
    QWidget* buildTrajectoryArea();
    void connectEditors();
    void connectEngine();
    QWidget* buildImagePanel();
    QWidget* buildInversionPanel();
    QWidget* buildSlotsPanel();
    QWidget* buildInterpolationPanel();
    void onCodeChanged(const LatentCode& code);
    void onRendered(const TrajectoryFrames& frames);
    void onInversionFinished(const InversionOutcome& outcome);
    void applyInterpolation();
    void refreshSlots();
    /// Rebuilds the grid; `changedFrom` ≥ 0 repaints only the columns from that step on.
    void rebuildGrid(int changedFrom = -1);
    quint64 nextStamp() { return ++m_stamp; }

    ExplorerEngine* m_engine;
    SidePanel* m_leftPanel = nullptr;
    LatentDocument* m_doc;
    ModelInfo m_model;
    ReferenceFrames m_reference;
    TrajectoryFrames m_frames;
    QImage m_slotImages[2];
    quint64 m_stamp = 0, m_pendingRender = 0, m_pendingInversion = 0;
    bool m_inverting = false;
    QElapsedTimer m_sinceRequest;
    QVector<double> m_latencies;
    InterpolationMode m_mode = InterpolationMode::Linear;

    ImageTile* m_target = nullptr;
    QButtonGroup* m_modeGroup = nullptr;
    QSpinBox* m_refineSteps = nullptr;
    QPushButton* m_invert = nullptr;
    QPushButton* m_cancel = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_inversionResult = nullptr;
    ImageTile* m_slotTiles[2] = {nullptr, nullptr};
    QSlider* m_alpha = nullptr;
    QLabel* m_alphaLabel = nullptr;
    QComboBox* m_interpMode = nullptr;
    QVector<QCheckBox*> m_stepBoxes;
    QWidget* m_stepBoxRow = nullptr;
    QComboBox* m_class = nullptr;
    TrajectoryGridView* m_grid = nullptr;
    MetricStrip* m_metrics = nullptr;
    LatentInspectorWidget* m_inspector = nullptr;
};

} // namespace dddg
