#pragma once
// ExplorerEngine's insides, shared by its source files (explorer_engine.cpp, _inversion.cpp,
// _files.cpp): the tensor-valued state owned by the engine's thread, and the job runner.
// Only those files include this header: it brings LibTorch.
#include "dataset.h"
#include "explorer_engine.h"
#include "guarded_job.h"
#include "trajectory.h"

#include <ATen/ATen.h>

#include <QElapsedTimer>
#include <QThread>

namespace dddg {

// Everything tensor-valued, owned by the engine's thread.
struct ExplorerEngine::State {
    std::shared_ptr<DddgModel> model;
    ModelInfo info;
    Dataset data;                        // test split of the chosen dataset
    torch::Tensor reference;             // [1, C, H, W] or undefined
    QString referenceSource;
    int referenceLabel = -1;
    std::vector<torch::Tensor> forward;  // reduce_info(reference, t), t = 0..t_max
    Trajectory timeline;
    TrajectoryFrames timelineFrames;
    bool hasTimeline = false;
    Trajectory codeTrajectory;           // cache of the last rendered code …
    TrajectoryFrames codeFrames;         // … and its pictures
    LatentCode cachedCode;

    DddgModel& requireModel() const
    {
        if (!model) throw std::runtime_error("no model is loaded (File ▸ Open checkpoint)");
        return *model;
    }
    bool conditional() const { return model && model->config().numClasses > 0; }
    /// The reference image's class: its label, or the class the encoder reconstructs best.
    int64_t referenceClass() const;
};

inline double elapsedMs(const QElapsedTimer& timer) { return double(timer.nsecsElapsed()) / 1e6; }

// Runs `job` on the engine's thread; no exception leaves it (Qt's rule for slots).
template <typename Job>
void ExplorerEngine::post(const QString& what, Job job)
{
    QMetaObject::invokeMethod(
        this,
        [this, what, job = std::move(job)]() mutable {
            m_lastWorkThread = QThread::currentThread();
            // Batches here are tiny: one intra-op thread beats fanning out (this thread only).
            if (at::get_num_threads() != 1) at::set_num_threads(1);
            runGuarded(what, job, [this](const QString& w, const QString& m) { Q_EMIT failed(w, m); });
        },
        Qt::QueuedConnection);
}

} // namespace dddg
