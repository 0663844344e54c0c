#pragma once
// The comparison panel's worker: a QObject on its own thread that owns the dataset, the
// methods' context (models, tuning images, DIP fits) and runs core's runComparison. Requests
// may come from any thread and are queued onto the worker's; input previews are latest-wins.
// Cancel is an atomic flag the methods check at every network evaluation.
#include "comparison_types.h"

#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace dddg {

class ComparisonWorker : public QObject {
    Q_OBJECT
public:
    explicit ComparisonWorker(QObject* parent = nullptr);
    ~ComparisonWorker() override;

    /// Opens the test split of `name` and the methods' context for it (models found without flags).
    void openDataset(const QString& name, const QString& dataDir = {}, const QString& modelsDir = {});
    /// Builds the clean and degraded input of `setup` (kept: a run of the same setup reuses it),
    /// then lists the methods for its damage. After every run the list comes again with the
    /// measured times.
    void prepare(quint64 stamp, const CompareSetup& setup);
    void run(const CompareRunRequest& request);
    /// Stops the running comparison within one network evaluation (any thread).
    void cancel() { m_cancel = true; }

    QThread* lastWorkThread() const { return m_lastWorkThread.load(); }

Q_SIGNALS:
    /// `tMax`: the blur/pool operators' t_max for this dataset's models (levels 1 … tMax − 1).
    void datasetOpened(const QString& name, int size, int tMax);
    void inputReady(const dddg::CompareInput& input);
    void methodsListed(quint64 stamp, const QVector<dddg::CompareMethod>& methods);
    void methodStarted(quint64 stamp, const QString& method);
    void methodProgress(quint64 stamp, const QString& method, double fraction);
    void methodFinished(const dddg::CompareResult& result);
    void runFinished(quint64 stamp, bool cancelled);
    void failed(const QString& what, const QString& message);

private:
    struct State;
    template <typename Job>
    void post(const QString& what, Job job);
    void doPrepare(quint64 stamp, const CompareSetup& setup);
    void doRun(const CompareRunRequest& request);

    std::unique_ptr<State> m_state; // touched only on the worker's thread
    std::atomic<quint64> m_latestPrepare{0};
    std::atomic<bool> m_cancel{false};
    std::atomic<QThread*> m_lastWorkThread{nullptr};
};

/// Registers the comparison value types for queued connections (call once).
void registerComparisonTypes();

} // namespace dddg
