#pragma once
// A QThread owned like a value: the destructor asks the thread's event loop to quit and
// waits for it, and objects adopted onto it are deleted on that thread.
#include <QObject>
#include <QThread>

#include <memory>

namespace dddg {

class WorkerThread {
public:
    explicit WorkerThread(const QString& name);
    ~WorkerThread();
    WorkerThread(const WorkerThread&) = delete;
    WorkerThread& operator=(const WorkerThread&) = delete;

    /// Moves `worker` (which must have no parent) onto the thread; it is deleted there
    /// when the thread finishes. Returns it for convenience.
    template <typename T>
    T* adopt(T* worker)
    {
        worker->moveToThread(m_thread.get());
        QObject::connect(m_thread.get(), &QThread::finished, worker, &QObject::deleteLater);
        return worker;
    }
    QThread* thread() const { return m_thread.get(); }

private:
    std::unique_ptr<QThread> m_thread;
};

} // namespace dddg
