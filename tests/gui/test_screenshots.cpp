// `dddg-explorer --screenshot DIR` as the docs and a new user run it: one non-blank PNG
// per view, exit code 0; and a bad command line is refused with exit code 2.
#include "command_line.h"
#include "gui_test_registry.h"

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

class ScreenshotTest : public QObject {
    Q_OBJECT
private:
    static bool isTelling(const QImage& image, QString& why)
    {
        if (image.isNull()) return why = QStringLiteral("unreadable"), false;
        if (image.width() < 800 || image.height() < 600) return why = QStringLiteral("too small"), false;
        QSet<QRgb> colours;
        double sum = 0, sumSq = 0;
        int n = 0;
        for (int y = 0; y < image.height(); y += 3)
            for (int x = 0; x < image.width(); x += 3) {
                QRgb p = image.pixel(x, y);
                colours.insert(p);
                double g = qGray(p);
                sum += g;
                sumSq += g * g;
                ++n;
            }
        double sd = std::sqrt(std::max(0.0, sumSq / n - (sum / n) * (sum / n)));
        why = QStringLiteral("%1 colours, luminance sd %2").arg(colours.size()).arg(sd);
        return colours.size() > 64 && sd > 10;
    }

private slots:
    void writesOnePngPerView()
    {
        QTemporaryDir dir;
        QProcess explorer;
        explorer.setProcessChannelMode(QProcess::ForwardedChannels);
        explorer.start(QStringLiteral(DDDG_EXPLORER_BIN), {QStringLiteral("--screenshot"), dir.path()});
        QVERIFY(explorer.waitForFinished(480000));
        QCOMPARE(explorer.exitStatus(), QProcess::NormalExit);
        QCOMPARE(explorer.exitCode(), 0);
        const QStringList views{QStringLiteral("timeline.png"),     QStringLiteral("latents.png"),
                                QStringLiteral("training.png"),     QStringLiteral("compare.png"),
                                QStringLiteral("compare-wipe.png"), QStringLiteral("compare-difference.png"),
                                QStringLiteral("compare-steps.png")};
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name).size(), views.size());
        for (const QString& name : views) {
            QString why;
            QVERIFY2(isTelling(QImage(dir.filePath(name)), why), qPrintable(name + QStringLiteral(": ") + why));
        }
    }

    void badArgumentsAreRefused()
    {
        QProcess explorer;
        explorer.start(QStringLiteral(DDDG_EXPLORER_BIN), {QStringLiteral("--lang"), QStringLiteral("xx")});
        QVERIFY(explorer.waitForFinished(30000));
        QCOMPARE(explorer.exitCode(), 2);
        QVERIFY(explorer.readAllStandardError().contains("unknown language"));
    }

    // The real binary: QApplication takes "--session FILE" out of its arguments (X11 session
    // management), so it was silently ignored at start-up while the in-process test passed. A
    // session that cannot be read now stops the start with one line, which the app can only
    // do if it saw the flag.
    void sessionFlagReachesTheApp()
    {
        QTemporaryDir dir;
        for (const QStringList& args : {QStringList{QStringLiteral("--session"), dir.filePath(QStringLiteral("gone.png.session.json"))},
                                        QStringList{QStringLiteral("--session=") + dir.filePath(QStringLiteral("gone.png.session.json"))}}) {
            QProcess explorer;
            explorer.start(QStringLiteral(DDDG_EXPLORER_BIN), args);
            const bool finished = explorer.waitForFinished(30000);
            if (!finished) explorer.kill();
            QVERIFY2(finished, qPrintable(args.join(' ') + QStringLiteral(": the app started without the session")));
            QCOMPARE(explorer.exitCode(), 2);
            const QByteArray err = explorer.readAllStandardError();
            QVERIFY2(err.contains("cannot open") && err.contains("gone.png.session.json"), err.constData());
        }
        QVERIFY(dddg::sessionArgument({QStringLiteral("x"), QStringLiteral("--session"), QStringLiteral("a.json")}) == QStringLiteral("a.json"));
        QVERIFY(dddg::sessionArgument({QStringLiteral("x"), QStringLiteral("-session"), QStringLiteral("xsm-id")}).isEmpty()); // X11's own
        QVERIFY(dddg::sessionArgument({QStringLiteral("x"), QStringLiteral("--"), QStringLiteral("--session"), QStringLiteral("a")}).isEmpty());
    }
};

DDDG_GUI_TEST(ScreenshotTest);
#include "test_screenshots.moc"
