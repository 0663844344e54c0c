#pragma once
// `dddg-explorer --measure-latency N`: moves a latent slider N times the way a user drags
// one (the z_t of the largest-s_t dimensions, steps chosen at random) and measures the time
// from each move to the repainted trajectory, then prints one JSON line and quits.
#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QVector>

#include <random>

namespace dddg {

class MainWindow;
class StallMeter;

class LatencyProbe : public QObject {
    Q_OBJECT
public:
    LatencyProbe(MainWindow* window, int moves, QObject* parent = nullptr);
    /// Instead: train in the window for `seconds` and report the GUI thread's stalls.
    void measureTrainingStalls(int seconds);
    /// Instead: run every applicable method in the Compare view and report the GUI thread's stalls.
    void measureCompareStalls();
    void start();

signals:
    /// The one JSON line it prints, just before finished.
    void reported(const QByteArray& json);
    void finished(int exitCode);

private:
    void waitForModel();
    void nextMove();
    void report();
    void reportStalls();
    int m_stallSeconds = 0;
    void reportCompareStalls(bool cancelled);
    StallMeter* m_compareMeter = nullptr;
    QElapsedTimer m_compareClock;

    MainWindow* m_window;
    int m_moves;
    int m_done = 0;             ///< moves made
    bool m_awaiting = false;    ///< a move is made and its frames are not shown yet
    QVector<QVector<double>> m_fromStep; ///< per step t edited: ms from the move to its frames
    QVector<double> m_engineMs;
    int m_lastStep = 0;
    std::mt19937 m_rng{7};
};

} // namespace dddg
