// The Compare view as a viewer of real images: the channel shown (pixels read from the screen),
// the histogram of the region on screen, a tile saved or copied from its context menu (read
// back), and a pasted picture carried by the session so that it reopens with it.
#include "channel_histogram.h"
#include "compare_canvas.h"
#include "compare_controls.h"
#include "compare_view.h"
#include "gui_test_registry.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dddg;

namespace {

/// Left half (200, 100, 50), right half (20, 40, 60): every statistic is known exactly.
QImage twoHalves(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x) image.setPixel(x, y, x < width / 2 ? qRgb(200, 100, 50) : qRgb(20, 40, 60));
    return image;
}

bool sameRgb(const QImage& a, const QImage& b)
{
    return a.size() == b.size() && a.convertToFormat(QImage::Format_RGB32) == b.convertToFormat(QImage::Format_RGB32);
}

/// Opens `image` as a pasted picture in `view` with median only, and runs the comparison.
void runOnPasted(CompareView& view, const QImage& image)
{
    QSignalSpy completed(&view, &CompareView::runCompleted);
    view.restoreSettings(QJsonObject{{"degradation", "noise"}, {"sigma", 25}, {"seed", 1}, {"batch", 0}, {"methods", QJsonArray{"median"}}});
    view.setDataset("fashion-mnist");
    view.usePastedImage(image, "halves");
    QTRY_VERIFY_WITH_TIMEOUT(view.input().isValid() && view.input().clean.size() == image.size(), test::kAsyncTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!view.controls()->methods().isEmpty(), test::kAsyncTimeoutMs);
    view.run();
    QTRY_VERIFY_WITH_TIMEOUT(completed.size() == 1, test::kAsyncTimeoutMs);
}

} // namespace

class CompareViewerTest : public QObject {
    Q_OBJECT
private slots:
    // The channel choice changes what is on screen, the histogram describes exactly the part
    // on screen, and a right click names the tile under the mouse.
    void channelsAndHistogramFollowTheScreen()
    {
        CompareView view;
        view.resize(1200, 800);
        view.show();
        runOnPasted(view, twoHalves(120, 80));
        CompareViewState& state = view.viewState();
        state.wipe = true;
        state.wipeA = "clean";
        state.wipeB = "input";
        state.wipePosition = 0.5;
        state.zoom = 0;
        auto leftQuarter = [&] {
            const QRectF f = view.canvas()->wipeFrame();
            return view.canvas()->grab().toImage().pixel(int(f.left() + 0.1 * f.width()), int(f.center().y()));
        };
        const std::pair<ViewChannel, QRgb> expected[] = {{ViewChannel::All, qRgb(200, 100, 50)}, {ViewChannel::Red, qRgb(200, 200, 200)},
                                                         {ViewChannel::Green, qRgb(100, 100, 100)}, {ViewChannel::Blue, qRgb(50, 50, 50)},
                                                         {ViewChannel::Luma, qRgb(124, 124, 124)}};
        for (const auto& [channel, colour] : expected) {
            state.channel = channel;
            view.refreshView();
            QCOMPARE(QColor(leftQuarter()), QColor(colour));
        }

        // Fitted, the whole clean image is on screen: both halves in the histogram.
        state.channel = ViewChannel::All;
        view.refreshView();
        QTRY_VERIFY_WITH_TIMEOUT(view.histogram()->stats().size() == 3 && view.histogram()->description().contains("RGB"), test::kAsyncTimeoutMs);
        auto stats = view.histogram()->stats();
        QCOMPARE(stats[0].name, QStringLiteral("R"));
        QCOMPARE(stats[0].mean, 110.0);
        QCOMPARE(stats[0].min, 20);
        QCOMPARE(stats[0].max, 200);
        QCOMPARE(stats[1].counts[100], qint64(60 * 80));
        QCOMPARE(stats[2].mean, 55.0);
        QVERIFY2(view.histogram()->description().contains("x 0–119, y 0–79"), qPrintable(view.histogram()->description()));

        // Zoomed into the left half, in green: one grey channel of the left half only.
        state.zoom = 8;
        state.centre = QPointF(10, 40);
        state.channel = ViewChannel::Green;
        view.refreshView();
        QTRY_VERIFY_WITH_TIMEOUT(view.histogram()->stats().size() == 1, test::kAsyncTimeoutMs);
        stats = view.histogram()->stats();
        QCOMPARE(stats[0].mean, 100.0);
        QCOMPARE(stats[0].min, 100);
        QCOMPARE(stats[0].max, 100);
        const QRect visible = view.canvas()->visibleImageRect();
        QCOMPARE(visible.left(), 0);
        QVERIFY(visible.right() < 60 && visible.width() > 10);
        QCOMPARE(stats[0].counts[100], qint64(visible.width()) * visible.height());

        // A right click asks for the menu of the tile on that side of the divider.
        QObject::disconnect(view.canvas(), &CompareCanvas::tileMenuRequested, &view, nullptr); // no modal menu in a test
        QSignalSpy menus(view.canvas(), &CompareCanvas::tileMenuRequested);
        const QRectF f = view.canvas()->wipeFrame();
        for (double fraction : {0.25, 0.75}) {
            const QPoint at(int(f.left() + fraction * f.width()), int(f.center().y()));
            QContextMenuEvent event(QContextMenuEvent::Mouse, at, view.canvas()->mapToGlobal(at));
            QApplication::sendEvent(view.canvas(), &event);
        }
        QCOMPARE(menus.size(), 2);
        QCOMPARE(menus[0][0].toString(), QStringLiteral("clean"));
        QCOMPARE(menus[1][0].toString(), QStringLiteral("input"));
    }

    // Save and Copy give the tile's picture as shown, at its full size; the input file is
    // never written over.
    void aTileIsSavedAndCopiedAsShown()
    {
        QTemporaryDir dir;
        CompareView view;
        runOnPasted(view, twoHalves(120, 80));
        const QString saved = dir.filePath("median.png");
        QVERIFY(view.saveTile("median", saved));
        QVERIFY(sameRgb(QImage(saved), view.canvas()->tile("median")->image));
        view.viewState().channel = ViewChannel::Red;
        view.refreshView();
        QVERIFY(view.saveTile("clean", saved));
        const QImage red(saved);
        QCOMPARE(red.size(), QSize(120, 80));
        QCOMPARE(qRed(red.pixel(5, 5)), 200);
        QCOMPARE(qGreen(red.pixel(5, 5)), 200); // the red channel as grey
        QVERIFY(view.copyTile("clean"));
        QVERIFY(sameRgb(QApplication::clipboard()->image(), red));
        QVERIFY(!view.saveTile("no-such-tile", saved));
        QVERIFY(!view.saveTile("clean", dir.filePath("clean.unknown-format")));

        // With a file as input, saving over it is refused and the file keeps its bytes.
        const QString input = dir.filePath("photo.png");
        QVERIFY(twoHalves(64, 48).save(input));
        QFile before(input);
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QByteArray bytes = before.readAll();
        before.close();
        view.openImageFile(input);
        QTRY_VERIFY_WITH_TIMEOUT(view.input().source == "photo.png", test::kAsyncTimeoutMs);
        const Status refused = view.saveTile("clean", input);
        QVERIFY(!refused);
        QVERIFY(sentenceOf(refused).contains("is the input image"));
        QFile after(input);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), bytes);
    }

    // A pasted picture has no file: the session carries it, and reopens with the same pixels.
    void aPastedImageReopensFromItsSession()
    {
        CompareView first;
        QImage pasted = twoHalves(50, 40);
        pasted.setPixel(3, 4, qRgb(1, 2, 3));
        runOnPasted(first, pasted);
        const QJsonObject session = QJsonDocument::fromJson(QJsonDocument(first.sessionState()).toJson()).object(); // as written to disk
        QVERIFY(session.contains("image_png"));

        CompareView second;
        QSignalSpy errors(&second, &CompareView::error);
        QSignalSpy completed(&second, &CompareView::runCompleted);
        second.setDataset("fashion-mnist");
        second.restoreSession(session);
        QTRY_VERIFY_WITH_TIMEOUT(second.input().isValid(), test::kAsyncTimeoutMs);
        QVERIFY(sameRgb(second.input().clean, first.input().clean));
        QCOMPARE(second.input().source, first.input().source);
        QTRY_VERIFY_WITH_TIMEOUT(completed.size() == 1, test::kAsyncTimeoutMs); // a reopened session runs again
        QCOMPARE(second.table()->rowCount(), first.table()->rowCount());
        QCOMPARE(errors.size(), 0);
    }
};

DDDG_GUI_TEST(CompareViewerTest);
#include "test_compare_viewer.moc"
