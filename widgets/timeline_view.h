#pragma once
// The timeline: one shared cursor over t = 0..t_max. The top row is the forward
// degradation reduce_info(x, t) of a real image; below it, x'_t and x_norm_t of every
// sample of the reverse process, aligned with it. A focus panel shows the cursor's step
// large, a strip plots PSNR/SSIM per step, and "branch" keeps the trajectory up to the
// cursor and resamples the latents from there on.
#include "explorer_types.h"
#include "explorer_view.h"

#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QSlider;
class QSpinBox;
class QTimer;
class QToolButton;

namespace dddg {

class ExplorerEngine;
class ImageTile;
class MetricStrip;
class TrajectoryGridView;

class TimelineView : public QWidget, public ExplorerView {
    Q_OBJECT
public:
    explicit TimelineView(ExplorerEngine* engine, QWidget* parent = nullptr);

    int cursor() const { return m_cursor; }
    void setCursor(int t);
    int columnCount() const;
    const TrajectoryFrames& frames() const { return m_frames; }
    quint64 seed() const;
    void setSeed(quint64 seed);
    int batch() const;
    void setBatch(int batch);
    int classLabel() const;
    bool isPlaying() const;
    TrajectoryGridView* grid() const { return m_grid; }

    /// Samples a new batch with the current seed, batch size and class.
    void resample();
    /// Keeps the trajectory up to x'_k, draws new latents for steps ≥ k.
    void branchAt(int k, quint64 branchSeed);
    /// Shows the given codes (for example the latent view's) instead of seeded samples.
    void showCodes(const QVector<LatentCode>& codes);

    /// The grid as an image, for PNG export.
    QImage stripImage(int cellSize = 96) const;
    /// One frame per step: the grid with the cursor swept from t = 0 to t_max (for MP4).
    QVector<QImage> videoFrames(int cellSize = 96) const;
    // ExplorerView
    QWidget* page() override { return this; }
    QString title() const override;
    QKeySequence shortcut() const override;
    QString sessionName() const override;
    QList<ExportKind> exports() const override;
    Status exportTo(ExportKind kind, const QString& path) override;
    /// What an export needs to be reopened: seed, t, class, batch, branch, latents.
    QJsonObject sessionState() const override;
    void restoreSession(const QJsonObject& state) override;

public slots:
    void setModel(const dddg::ModelInfo& info);
    void setReference(const dddg::ReferenceFrames& reference);
    void newSeed();
    void togglePlay();
    void stepBy(int delta);

signals:
    void cursorChanged(int t);
    void framesShown(const dddg::TrajectoryFrames& frames);
    void sendToLatents(const dddg::LatentCode& code);
    void pickReferenceRequested();
    void openReferenceRequested();
    void statusMessage(const QString& text);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    /// The grid's scroll area would eat the arrow keys: the timeline takes them first.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool handleKey(QKeyEvent* event);
    void buildUi();
    QWidget* buildControls();
    QWidget* buildTransport();
    QWidget* buildFocusPanel();
    void onTimeline(const TrajectoryFrames& frames);
    void rebuildGrid();
    void updateFocus();
    void updateMetrics();
    void updateTransport();
    QString headerFor(int t) const;
    quint64 nextStamp() { return ++m_stamp; }

    ExplorerEngine* m_engine;
    ModelInfo m_model;
    ReferenceFrames m_reference;
    TrajectoryFrames m_frames;
    quint64 m_stamp = 0;
    quint64 m_pending = 0;
    int m_cursor = 0;
    int m_selected = 0;
    int m_branchedAt = -1;
    quint64 m_branchSeed = 0;
    QVector<LatentCode> m_shownCodes;

    QSpinBox* m_seed = nullptr;
    QSpinBox* m_batch = nullptr;
    QComboBox* m_class = nullptr;
    QCheckBox* m_invertRow = nullptr;
    QLabel* m_referenceLabel = nullptr;
    QPushButton* m_branch = nullptr;
    QToolButton* m_play = nullptr;
    QSlider* m_slider = nullptr;
    QLabel* m_stepLabel = nullptr;
    QLabel* m_timing = nullptr;
    QTimer* m_playTimer = nullptr;
    QScrollArea* m_scroll = nullptr;
    TrajectoryGridView* m_grid = nullptr;
    MetricStrip* m_metrics = nullptr;
    ImageTile* m_focusTarget = nullptr;
    ImageTile* m_focusState = nullptr;
    ImageTile* m_focusNorm = nullptr;
    ImageTile* m_focusDiff = nullptr;
};

} // namespace dddg
