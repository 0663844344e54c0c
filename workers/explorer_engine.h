#pragma once
// The explorer's engine: a QObject that lives on its own thread (EngineThread) and runs
// every tensor operation of the GUI — loading checkpoints and data, sampling timelines,
// branching, rendering edited codes, inverting images. Requests may be made from any
// thread; they are queued onto the engine's thread. Interactive requests (timelines,
// codes) are latest-wins: a request whose stamp is no longer the newest is skipped, and
// views drop results whose stamp is not current. Results leave as value types.
#include "explorer_types.h"

#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace dddg {

class ExplorerEngine : public QObject {
    Q_OBJECT
public:
    explicit ExplorerEngine(QObject* parent = nullptr);
    ~ExplorerEngine() override;

    void loadModel(const QString& source);
    void loadDataset(const QString& name, const QString& dataDir = {});
    void chooseDatasetReference(quint64 stamp, int index);
    void chooseFileReference(quint64 stamp, const QString& path);
    void chooseImageReference(quint64 stamp, const QImage& image, const QString& source);
    void requestThumbnails(int start, int count);
    void renderTimeline(const TimelineRequest& request);
    void branchTimeline(const BranchRequest& request);
    void renderCode(const CodeRequest& request);
    /// Inverts the reference image; `refineSteps` = 0 is the encoder alone.
    void invertReference(quint64 stamp, int refineSteps);
    void cancelInversion() { m_cancelInversion = true; }
    void saveCodes(const QString& path, const QVector<LatentCode>& codes);
    void loadCodes(const QString& path);
    /// Writes `frames` as an MP4 video (OpenCV), `fps` frames per second.
    void exportVideo(const QString& path, const QVector<QImage>& frames, int fps);

    /// The thread that ran the most recent piece of engine work (tests: never the GUI's).
    QThread* lastWorkThread() const { return m_lastWorkThread.load(); }

Q_SIGNALS:
    void modelLoaded(const dddg::ModelInfo& info);
    void datasetLoaded(const dddg::DatasetInfo& info);
    void referenceReady(const dddg::ReferenceFrames& reference);
    void thumbnailsReady(const dddg::ThumbnailPage& page);
    void timelineReady(const dddg::TrajectoryFrames& frames);
    void codeRendered(const dddg::TrajectoryFrames& frames);
    void inversionProgress(quint64 stamp, int done, int total);
    void inversionFinished(const dddg::InversionOutcome& outcome);
    void codesSaved(const QString& path);
    void codesLoaded(const QString& path, const QVector<dddg::LatentCode>& codes);
    void videoExported(const QString& path);
    /// An expected failure (bad file, no model yet): `what` names the action.
    void failed(const QString& what, const QString& message);

private:
    struct State;
    template <typename Job>
    void post(const QString& what, Job job);
    void emitReference(quint64 stamp);
    void doRenderTimeline(const TimelineRequest& request);
    void doBranch(const BranchRequest& request);
    void doRenderCode(const CodeRequest& request);
    void doInvert(quint64 stamp, int refineSteps);

    std::unique_ptr<State> m_state; // touched only on the engine's thread
    std::atomic<quint64> m_latestTimeline{0}; // newest full timeline render (branches build on it)
    std::atomic<quint64> m_latestCode{0};
    std::atomic<bool> m_cancelInversion{false};
    std::atomic<QThread*> m_lastWorkThread{nullptr};
};

/// Registers the value types for queued connections (call once before connecting).
void registerExplorerTypes();

} // namespace dddg
