// TrainingView's CSV export: every point of every run, one row per metrics line.
#include "training_view.h"

#include "metric_chart.h"

#include <QSaveFile>

namespace dddg {

QString TrainingView::exportCsv(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) return tr("Cannot write %1: %2").arg(path, file.errorString());
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
    if (!file.commit()) return tr("Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace dddg
