#include "worker_thread.h"

namespace dddg {

WorkerThread::WorkerThread(const QString& name) : m_thread(std::make_unique<QThread>())
{
    m_thread->setObjectName(name);
    m_thread->start();
}

WorkerThread::~WorkerThread()
{
    m_thread->requestInterruption();
    m_thread->quit();
    m_thread->wait();
}

} // namespace dddg
