// TrainingView: what leaves and reopens the view — the page as PNG, every point of every run
// as CSV, and the session state (File → Open session follows the runs again).
#include "training_view.h"

#include "metric_chart.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QSaveFile>

namespace dddg {

// The tab's title keeps MainWindow's translation context, where it was first translated.
QString TrainingView::title() const { return QCoreApplication::translate("dddg::MainWindow", "Training"); }
QKeySequence TrainingView::shortcut() const { return QKeySequence(Qt::CTRL | Qt::Key_3); }
QString TrainingView::sessionName() const { return QStringLiteral("training"); }
QList<ExportKind> TrainingView::exports() const { return {ExportKind::ViewPng, ExportKind::TrainingCurves}; }

Status TrainingView::exportTo(ExportKind kind, const QString& path)
{
    if (kind == ExportKind::ViewPng) return saveViewPng(this, path);
    if (kind != ExportKind::TrainingCurves) return failure(tr("the training view cannot export that"));
    return exportCsv(path);
}

QJsonObject TrainingView::sessionState() const
{
    QJsonArray runs;
    for (const Run& run : m_runs) runs.append(QJsonObject{{"name", run.name}, {"dir", QDir(run.dir).absolutePath()}, {"live", run.live}});
    return {{"view", sessionName()}, {"runs", runs}, {"smoothing", smoothing()}, {"log_scale", m_log->isChecked()}};
}

void TrainingView::restoreSession(const QJsonObject& state)
{
    setSmoothing(state.value("smoothing").toDouble(smoothing()));
    setLogScale(state.value("log_scale").toBool(m_log->isChecked()));
    QStringList shown;
    for (const Run& run : std::as_const(m_runs)) shown << QDir(run.dir).absolutePath();
    // A run of the exporting window is followed now: its folder holds everything it wrote.
    for (const auto& item : state.value("runs").toArray()) {
        const QString dir = item.toObject().value("dir").toString();
        if (!dir.isEmpty() && !shown.contains(dir) && QDir(dir).exists()) followRun(dir);
    }
}

Status TrainingView::exportCsv(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) return failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    QStringList keys;
    for (const auto* c : m_charts) keys << c->key();
    QString text = QStringLiteral("run,dir,step,wall_s,") + keys.join(QLatin1Char(',')) + QLatin1Char('\n');
    for (const Run& run : m_runs) {
        for (const MetricPoint& p : run.points) {
            QStringList cells{QStringLiteral("\"%1\"").arg(QString(run.name).replace(QLatin1Char('"'), QLatin1String("\"\""))),
                              QStringLiteral("\"%1\"").arg(run.dir), QString::number(p.step), QString::number(p.wallSeconds, 'g', 10)};
            for (const QString& key : keys) cells << (p.values.contains(key) ? QString::number(p.values[key], 'g', 10) : QString());
            text += cells.join(QLatin1Char(',')) + QLatin1Char('\n');
        }
    }
    file.write(text.toUtf8());
    if (!file.commit()) return failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace dddg
