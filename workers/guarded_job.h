#pragma once
// Runs one piece of worker-thread work so that no exception leaves it (Qt's rule for slots):
// a failure is logged and handed to `onFailure(what, message)` as one line.
#include "result.h"

#include <c10/util/Exception.h>
#include <spdlog/spdlog.h>

#include <QString>

#include <exception>

namespace dddg {

template <typename Job, typename OnFailure>
void runGuarded(const QString& what, Job& job, OnFailure onFailure)
{
    std::string message;
    try {
        job();
        return;
    } catch (const c10::Error& e) {
        message = firstLine(e.what_without_backtrace());
    } catch (const std::exception& e) {
        message = e.what();
    }
    spdlog::error("{}: {}", what.toStdString(), message);
    onFailure(what, QString::fromStdString(message));
}

} // namespace dddg
