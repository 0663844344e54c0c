#pragma once
// The log panel: every spdlog message (engine, training, UI) appears here. A spdlog sink
// forwards lines through a queued call to a long-lived LogCollector, never to a widget
// directly (a sink is not told when a widget dies).
#include <QObject>
#include <QStringList>
#include <QWidget>

#include <memory>

class QPlainTextEdit;

namespace spdlog::sinks {
class sink;
}

namespace dddg {

/// Collects log lines on the GUI thread (keeps the last few thousand).
class LogCollector : public QObject {
    Q_OBJECT
public:
    explicit LogCollector(QObject* parent = nullptr);
    ~LogCollector() override;
    struct SinkTarget; // what sinks post to; outlives the model, cleared when it dies
    const QStringList& lines() const { return m_lines; }
    /// A spdlog sink that feeds this model from any thread.
    std::shared_ptr<spdlog::sinks::sink> makeSink();

public slots:
    void append(const QString& line, int level);

signals:
    void lineAdded(const QString& line, int level);

private:
    QStringList m_lines;
    std::shared_ptr<SinkTarget> m_target;
};

class LogPanel : public QWidget {
    Q_OBJECT
public:
    explicit LogPanel(LogCollector* model, QWidget* parent = nullptr);

private:
    void add(const QString& line, int level);
    QPlainTextEdit* m_text;
};

/// Routes spdlog's default logger and the named loggers core/train/ui to `model` (and
/// keeps printing to stderr).
void installLogSink(LogCollector* model);

} // namespace dddg
