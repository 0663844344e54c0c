#pragma once
// The training monitor: start, pause, resume and stop a run of the Qt-free trainer on its
// own thread; follow any run directory (a `dddg train` in a terminal, a GPU server synced
// here); watch loss and FID (LeNet) curves of all runs overlaid, with de-biased smoothing,
// log scale, hover readout and CSV export; scrub the fixed-seed samples of every
// checkpoint; and hand the newest EMA weights to the explorer without stopping the run.
#include "explorer_view.h"
#include "training_types.h"

#include <QColor>
#include <QJsonObject>
#include <QMap>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QLayout;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSlider;
class QSpinBox;
class QTimer;

namespace dddg {

class MetricChart;
class RunFollower;
class StallMeter;
class TrainingRunForm;
class TrainingWorker;
class WorkerThread;

class TrainingView : public QWidget, public ExplorerView {
    Q_OBJECT
public:
    struct Run {
        int id = 0;
        QString name;
        QString dir;
        QColor color;
        bool live = false; ///< trained by this window (else followed)
        QVector<MetricPoint> points;
        QMap<qint64, QImage> film;
        QString latestCheckpoint;
        qint64 plannedCycles = 0;
        RunFollower* follower = nullptr;
    };

    explicit TrainingView(QWidget* parent = nullptr);
    ~TrainingView() override;

    TrainingWorker* worker() const { return m_worker; }
    /// The request the form describes (run folder chosen if left empty).
    TrainingRequest request() const;
    void setRequest(const TrainingRequest& request);
    /// Starts a run in this window; returns its run id.
    int startRun(const TrainingRequest& request);
    /// Follows a run directory; returns its run id.
    int followRun(const QString& dir);
    const QMap<int, Run>& runs() const { return m_runs; }
    MetricChart* chart(const QString& key) const;
    RunState state() const { return m_state; }
    StallMeter* stallMeter() const { return m_stall; }
    /// Writes every point of every run as CSV.
    Status exportCsv(const QString& path) const;
    void setSmoothing(double weight);
    double smoothing() const;
    /// The "New run" form's remembered choices (dataset, frame, length, cadences, …).
    QJsonObject formSettings() const;
    void restoreFormSettings(const QJsonObject& json);
    void setLogScale(bool on);

    // ExplorerView
    QWidget* page() override { return this; }
    QString title() const override;
    QKeySequence shortcut() const override;
    QString sessionName() const override;
    QList<ExportKind> exports() const override;
    Status exportTo(ExportKind kind, const QString& path) override;
    /// What an export needs to be reopened: the runs shown (followed again), smoothing, scale.
    QJsonObject sessionState() const override;
    void restoreSession(const QJsonObject& state) override;

public slots:
    void pauseOrResume();
    void stop();
    void openInExplorer();

signals:
    void openCheckpointRequested(const QString& path);
    void message(const QString& text, bool error);
    void stateChanged(dddg::RunState state);
    void filmFrameShown(int runId, qint64 step);

private:
    QLayout* buildStatusRow();
    void connectWorker();
    QWidget* buildSetup();
    QWidget* buildRunList();
    QWidget* buildCharts();
    MetricChart* addChart(const QString& key);
    static QString metricTitle(const QString& key);
    QWidget* buildFilmStrip();
    int addRun(const QString& name, const QString& dir, bool live);
    void appendPoints(int id, const QVector<MetricPoint>& points);
    void addFilmFrame(int id, const FilmFrame& frame);
    void refreshCharts();
    void refreshFilmStrip();
    void onState(RunState state, const QString& message);
    void onProgress(const TrainingProgress& progress);
    void updateButtons();
    int selectedRun() const;

    std::unique_ptr<WorkerThread> m_trainThread;
    std::unique_ptr<WorkerThread> m_followThread;
    TrainingWorker* m_worker = nullptr;
    QMap<int, Run> m_runs;
    QSet<int> m_dirty;
    int m_nextId = 1;
    int m_liveRun = -1;
    int m_liveProcesses = 1; ///< processes of the run this window started
    RunState m_state = RunState::Idle;
    QString m_fidStatus;
    QString m_metricName = QStringLiteral("FID"); // what the live run measures, once it has said

    TrainingRunForm* m_form = nullptr;
    QListWidget* m_runList = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_rate = nullptr;
    QLabel* m_fidLabel = nullptr;
    QLabel* m_stallLabel = nullptr;
    QVector<MetricChart*> m_charts;
    QGridLayout* m_chartGrid = nullptr;
    QSlider* m_smoothing = nullptr;
    QCheckBox* m_log = nullptr;
    QLabel* m_filmImage = nullptr;
    QSlider* m_filmSlider = nullptr;
    QLabel* m_filmLabel = nullptr;
    QTimer* m_refresh = nullptr;
    StallMeter* m_stall = nullptr;
};

} // namespace dddg
