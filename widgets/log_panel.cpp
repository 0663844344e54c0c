#include "log_panel.h"

#include <spdlog/sinks/base_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <QDateTime>
#include <QMetaObject>
#include <QPlainTextEdit>
#include <QCoreApplication>
#include <QVBoxLayout>

#include <atomic>
#include <mutex>

namespace dddg {

struct LogCollector::SinkTarget {
    std::atomic<LogCollector*> model{nullptr};
};

namespace {

class QueuedSink : public spdlog::sinks::base_sink<std::mutex> {
public:
    explicit QueuedSink(std::shared_ptr<LogCollector::SinkTarget> target) : m_target(std::move(target)) {}

protected:
    void sink_it_(const spdlog::details::log_msg& msg) override
    {
        spdlog::memory_buf_t formatted;
        formatter_->format(msg, formatted);
        QString line = QString::fromUtf8(formatted.data(), int(formatted.size())).trimmed();
        int level = int(msg.level);
        // Post to the application object (it outlives every model); the model is looked up
        // on the GUI thread, where it is destroyed.
        auto* app = QCoreApplication::instance();
        if (!app) return;
        QMetaObject::invokeMethod(
            app,
            [target = m_target, line, level] {
                if (auto* model = target->model.load()) model->append(line, level);
            },
            Qt::QueuedConnection);
    }
    void flush_() override {}

private:
    std::shared_ptr<LogCollector::SinkTarget> m_target;
};

constexpr int kMaxLines = 5000;

} // namespace

LogCollector::LogCollector(QObject* parent) : QObject(parent), m_target(std::make_shared<SinkTarget>()) { m_target->model = this; }

LogCollector::~LogCollector() { m_target->model = nullptr; }

std::shared_ptr<spdlog::sinks::sink> LogCollector::makeSink()
{
    auto sink = std::make_shared<QueuedSink>(m_target);
    sink->set_pattern("%H:%M:%S %^%l%$ [%n] %v");
    return sink;
}

void LogCollector::append(const QString& line, int level)
{
    m_lines << line;
    if (m_lines.size() > kMaxLines) m_lines.erase(m_lines.begin(), m_lines.begin() + kMaxLines / 5);
    emit lineAdded(line, level);
}

LogPanel::LogPanel(LogCollector* model, QWidget* parent) : QWidget(parent), m_text(new QPlainTextEdit)
{
    m_text->setReadOnly(true);
    m_text->setMaximumBlockCount(kMaxLines);
    m_text->setFont(QFont(QStringLiteral("monospace")));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    for (const auto& line : model->lines()) add(line, 2);
    connect(model, &LogCollector::lineAdded, this, &LogPanel::add);
}

void LogPanel::add(const QString& line, int level)
{
    if (level >= int(spdlog::level::err)) m_text->appendHtml(QStringLiteral("<span style='color:#b00020'>%1</span>").arg(line.toHtmlEscaped()));
    else if (level == int(spdlog::level::warn)) m_text->appendHtml(QStringLiteral("<span style='color:#a05a00'>%1</span>").arg(line.toHtmlEscaped()));
    else m_text->appendPlainText(line);
}

void installLogSink(LogCollector* model)
{
    auto gui = model->makeSink();
    auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
    console->set_level(spdlog::level::warn);
    for (const char* name : {"dddg", "core", "train", "ui"}) {
        auto logger = std::make_shared<spdlog::logger>(name, spdlog::sinks_init_list{gui, console});
        logger->set_level(spdlog::level::info);
        spdlog::drop(name);
        spdlog::register_logger(logger);
        if (std::string(name) == "dddg") spdlog::set_default_logger(logger);
    }
}

} // namespace dddg
