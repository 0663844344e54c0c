#include "latency_probe.h"

#include "compare_controls.h"
#include "compare_view.h"
#include "latent_document.h"
#include "latent_inspector_widget.h"
#include "latent_view.h"
#include "main_window.h"
#include "stall_meter.h"
#include "training_view.h"

#include <QDir>
#include <QJsonObject>
#include <QTemporaryDir>

#include <QTabWidget>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace dddg {
namespace {
double percentile(QVector<double> v, double p)
{
    if (v.isEmpty()) return 0;
    std::sort(v.begin(), v.end());
    return v[std::min<qsizetype>(v.size() - 1, qsizetype(p * double(v.size() - 1) + 0.5))];
}
} // namespace

LatencyProbe::LatencyProbe(MainWindow* window, int moves, QObject* parent) : QObject(parent), m_window(window), m_moves(moves)
{
    // Exactly one measurement per move: frames shown for any other reason (the model or the
    // reference arriving) are not a move's answer, and the next move waits for this one's.
    connect(m_window->latents(), &LatentView::framesShown, this, [this](const TrajectoryFrames& frames) {
        if (m_moves == 0 || !m_awaiting || m_window->latents()->latencies().isEmpty()) return;
        m_awaiting = false;
        m_engineMs << frames.computeMs;
        if (m_lastStep >= m_fromStep.size()) m_fromStep.resize(m_lastStep + 1);
        m_fromStep[m_lastStep] << m_window->latents()->latencies().back();
        if (m_done >= m_moves) return report();
        QTimer::singleShot(0, this, &LatencyProbe::nextMove);
    });
}

void LatencyProbe::start() { QTimer::singleShot(100, this, &LatencyProbe::waitForModel); }

void LatencyProbe::measureTrainingStalls(int seconds)
{
    m_stallSeconds = seconds;
    auto* training = m_window->training();
    m_window->tabs()->setCurrentWidget(training);
    TrainingRequest request = training->request();
    request.outDir = QDir::temp().filePath(QStringLiteral("dddg-stall-probe"));
    QDir(request.outDir).removeRecursively();
    request.cycles = 1000000;
    request.checkpointEvery = 50;
    request.fidEvery = 100;
    request.logEvery = 1;
    training->startRun(request);
    QTimer::singleShot(5000, this, [this] { m_window->training()->stallMeter()->reset(); }); // past start-up
    QTimer::singleShot(5000 + seconds * 1000, this, &LatencyProbe::reportStalls);
}

void LatencyProbe::measureCompareStalls()
{
    auto* compare = m_window->compare();
    m_window->tabs()->setCurrentWidget(compare);
    m_compareMeter = new StallMeter(this);
    connect(compare, &CompareView::runCompleted, this, &LatencyProbe::reportCompareStalls);
    compare->restoreSettings(QJsonObject{{"degradation", "noise"}, {"sigma", 50}, {"seed", 0}, {"batch", 0}});
    // --image: the user's picture at its own size (SPEC §11 asks for no stall over 50 ms there too).
    if (!m_window->options().image.isEmpty()) compare->openImageFile(m_window->options().image);
    else compare->chooseDatasetImage(0);
    // Start once the input and the method list are shown; tick everything that applies.
    auto* poll = new QTimer(this);
    connect(poll, &QTimer::timeout, this, [this, poll, compare] {
        if (!compare->input().isValid() || compare->controls()->methods().isEmpty()) return;
        poll->stop();
        QStringList all;
        for (const auto& m : compare->controls()->methods())
            if (m.available) all << m.name;
        compare->controls()->setCheckedMethods(all);
        m_compareMeter->reset();
        m_compareClock.start();
        compare->run();
    });
    poll->start(50);
}

void LatencyProbe::reportCompareStalls(bool cancelled)
{
    const QVector<double>& late = m_compareMeter->lateness();
    int over50 = 0;
    for (double ms : late) over50 += ms > 50;
    std::printf("{\"bench\":\"ui_stall_while_comparing\",\"methods\":%d,\"seconds\":%.1f,\"ticks\":%d,\"median_ms\":%.2f,"
                "\"p99_ms\":%.2f,\"max_ms\":%.2f,\"ticks_over_50ms\":%d,\"cancelled\":%s}\n",
                int(m_window->compare()->controls()->checkedMethods().size()), double(m_compareClock.elapsed()) / 1000.0, int(late.size()),
                percentile(late, 0.5), percentile(late, 0.99), percentile(late, 1.0), over50, cancelled ? "true" : "false");
    std::fflush(stdout);
    QTimer::singleShot(200, this, [this] { emit finished(0); });
}

void LatencyProbe::reportStalls()
{
    auto* training = m_window->training();
    const QVector<double>& late = training->stallMeter()->lateness();
    qint64 cycles = 0;
    for (const auto& run : training->runs()) if (run.live && !run.points.isEmpty()) cycles = run.points.back().step;
    std::printf("{\"bench\":\"ui_stall_while_training\",\"seconds\":%d,\"ticks\":%d,\"median_ms\":%.2f,\"p99_ms\":%.2f,"
                "\"max_ms\":%.2f,\"cycles_trained\":%lld}\n",
                m_stallSeconds, int(late.size()), percentile(late, 0.5), percentile(late, 0.99), percentile(late, 1.0), (long long)cycles);
    std::fflush(stdout);
    training->stop();
    QTimer::singleShot(200, this, [this] { emit finished(0); });
}

void LatencyProbe::waitForModel()
{
    if (!m_window->model().isValid() || !m_window->latents()->frames().isValid()) {
        QTimer::singleShot(50, this, &LatencyProbe::waitForModel);
        return;
    }
    m_window->tabs()->setCurrentWidget(m_window->latents());
    QTimer::singleShot(300, this, &LatencyProbe::nextMove);
}

void LatencyProbe::nextMove()
{
    const ModelInfo& model = m_window->model();
    LatentCode code = m_window->latents()->document()->code();
    std::uniform_int_distribution<int> step(0, model.tMax - 1), dim(0, model.dz - 1);
    std::normal_distribution<float> delta(0.0f, 0.2f);
    m_lastStep = step(m_rng);
    code.at(m_lastStep, dim(m_rng)) += delta(m_rng);
    ++m_done;
    m_awaiting = true;
    // Through the inspector when there is one: the same path (and ImGui frame) as a drag.
    if (auto* inspector = m_window->latents()->inspector()) inspector->applyEdit(code, QStringLiteral("drag z"), LatentDocument::sliderKey(m_lastStep, 0));
    else m_window->latents()->document()->edit(code, QStringLiteral("drag z"), LatentDocument::sliderKey(m_lastStep, 0));
}

void LatencyProbe::report()
{
    QVector<double> all;
    QString perStep;
    for (int t = 0; t < m_window->model().tMax; ++t) {
        const QVector<double> at = m_fromStep.value(t);
        all += at;
        perStep += QStringLiteral("%1\"median_ms_edit_z%2\":%3").arg(t ? "," : "").arg(t).arg(percentile(at, 0.5), 0, 'f', 2);
    }
    const QByteArray json = QStringLiteral("{\"bench\":\"slider_to_frame\",\"moves\":%1,\"median_ms\":%2,\"p90_ms\":%3,\"p95_ms\":%4,"
                                           "\"max_ms\":%5,\"engine_median_ms\":%6,%7}")
                                .arg(all.size())
                                .arg(percentile(all, 0.5), 0, 'f', 2)
                                .arg(percentile(all, 0.9), 0, 'f', 2)
                                .arg(percentile(all, 0.95), 0, 'f', 2)
                                .arg(percentile(all, 1.0), 0, 'f', 2)
                                .arg(percentile(m_engineMs, 0.5), 0, 'f', 2)
                                .arg(perStep)
                                .toUtf8();
    std::printf("%s\n", json.constData());
    std::fflush(stdout);
    emit reported(json);
    emit finished(0);
}

} // namespace dddg
