#pragma once
// `dddg-explorer --screenshot DIR`: opens each view in turn with the default model and
// data, brings it into a telling state (a sampled timeline with a real image; an inverted
// and interpolated code), saves one PNG per view into DIR and quits. Used by tests and
// for the docs' pictures.
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <vector>

namespace dddg {

class MainWindow;

class ScreenshotRunner : public QObject {
    Q_OBJECT
public:
    ScreenshotRunner(MainWindow* window, const QString& dir, QObject* parent = nullptr);
    void start();
    /// Files written so far.
    const QStringList& written() const { return m_written; }

signals:
    void finished(int exitCode);

private:
    struct Step {
        QString what;
        std::function<void()> action;
        std::function<bool()> ready;
    };
    void addSteps();
    void addTimelineSteps();
    void addLatentSteps();
    void addTrainingSteps();
    void addCompareSteps();
    void runNext();
    void poll();
    void capture(const QString& name);
    void fail(const QString& why);

    MainWindow* m_window;
    QString m_dir;
    std::vector<Step> m_steps;
    size_t m_next = 0;
    QTimer m_poll;
    QTimer m_deadline;
    QStringList m_written;
    int m_shownCount = 0;
    int m_invertedCount = 0;
    int m_referenceCount = 0;
    int m_liveRun = -1;
    int m_comparedCount = 0;
};

} // namespace dddg
