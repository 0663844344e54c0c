// The Compare view with the degradations of SPEC §12, as a user meets them: the kind chosen in
// the panel's own combo box, the level box taking the fading schedule's 50 steps, the picture
// on screen carrying the hole or the 4×4 blocks, and the restorers' tiles changing exactly there.
#include "compare_canvas.h"
#include "compare_controls.h"
#include "compare_view.h"
#include "comparison_table_model.h"
#include "gui_test_registry.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QMouseEvent>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace dddg;

namespace {

const CompareResult* resultOf(const CompareView& view, const QString& method)
{
    for (const auto& r : view.table()->results())
        if (r.method == method) return &r;
    return nullptr;
}

QAction* actionNamed(QWidget* view, const QString& text)
{
    for (auto* action : view->findChildren<QAction*>())
        if (action->text() == text) return action;
    return nullptr;
}

void sendMouse(QWidget* widget, QEvent::Type type, const QPointF& at, Qt::MouseButtons held)
{
    QMouseEvent event(type, at, widget->mapToGlobal(at), type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton, held, Qt::NoModifier);
    QApplication::sendEvent(widget, &event);
}

QComboBox* kindBox(CompareControls* controls)
{
    for (auto* box : controls->findChildren<QComboBox*>())
        if (box->findData(QStringLiteral("inpaint")) >= 0) return box;
    return nullptr;
}

void runFirstTestImage(CompareView& view)
{
    QSignalSpy completed(&view, &CompareView::runCompleted);
    view.setDataset("mnist");
    view.chooseDatasetImage(0);
    QTRY_VERIFY_WITH_TIMEOUT(view.input().isValid(), test::kAsyncTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!view.controls()->methods().isEmpty(), test::kAsyncTimeoutMs);
    view.run();
    QTRY_VERIFY_WITH_TIMEOUT(completed.size() == 1, test::kAsyncTimeoutMs);
}

} // namespace

class CompareDegradationsTest : public QObject {
    Q_OBJECT
private slots:
    // Inpainting picked in the combo: 50 steps, the centre on screen is the fill grey, the
    // border untouched; OpenCV's inpainting fills the hole and beats the input there.
    void inpaintingShowsTheHoleAndFillsIt()
    {
        CompareView view;
        view.restoreSettings(QJsonObject{{"degradation", "noise"}, {"seed", 0}, {"batch", 0}, {"methods", QJsonArray{"inpaint-telea"}}});
        QComboBox* kind = kindBox(view.controls());
        QVERIFY(kind);
        kind->setCurrentIndex(kind->findData(QStringLiteral("inpaint")));
        QCOMPARE(view.controls()->setup().degradation, QStringLiteral("inpaint"));
        QCOMPARE(view.controls()->setup().level, 50);
        runFirstTestImage(view);
        const QImage clean = view.input().clean, degraded = view.input().degraded;
        QCOMPARE(qGray(degraded.pixel(16, 16)), 128); // 0 in [−1, 1]: the faded centre
        QCOMPARE(degraded.pixel(0, 0), clean.pixel(0, 0));
        const CompareResult* telea = resultOf(view, "inpaint-telea");
        QVERIFY(telea && telea->isOk());
        QVERIFY(telea->image.pixel(16, 16) != degraded.pixel(16, 16));
        QVERIFY2(telea->psnr > view.input().psnr, qPrintable(QString("%1 vs %2").arg(telea->psnr).arg(view.input().psnr)));
        // The level box took the schedule's range, and a session keeps the choice.
        const QJsonObject saved = view.settingsState();
        QCOMPARE(saved.value("degradation").toString(), QStringLiteral("inpaint"));
        CompareView reopened;
        reopened.restoreSettings(saved);
        QCOMPARE(reopened.controls()->setup().level, 50);
    }

    // Super-resolution ×4 with σ_y and 8-bit rounding: the input on screen is made of 4×4
    // blocks; bicubic smooths them; the settings survive a session.
    void superResolutionShowsBlocks()
    {
        CompareView view;
        view.restoreSettings(QJsonObject{{"degradation", "sr"}, {"factor", 4}, {"sigma_y", 12.75}, {"quantize", true}, {"seed", 0},
                                         {"batch", 0}, {"methods", QJsonArray{"bicubic"}}});
        QCOMPARE(view.controls()->setup().factor, 4);
        QCOMPARE(view.controls()->setup().sigmaY, 12.75);
        QVERIFY(view.controls()->setup().quantize);
        runFirstTestImage(view);
        const QImage degraded = view.input().degraded;
        for (int y = 0; y < 32; ++y)
            for (int x = 0; x < 32; ++x) QCOMPARE(degraded.pixel(x, y), degraded.pixel(x / 4 * 4, y / 4 * 4));
        const CompareResult* bicubic = resultOf(view, "bicubic");
        QVERIFY(bicubic && bicubic->isOk());
        int inside = 0;
        for (int y = 0; y < 32; ++y)
            for (int x = 0; x < 32; ++x) inside += bicubic->image.pixel(x, y) != bicubic->image.pixel(x / 4 * 4, y / 4 * 4);
        QVERIFY2(inside > 100, qPrintable(QString::number(inside)));
        QCOMPARE(view.settingsState().value("sigma_y").toDouble(), 12.75);
        // The exported table says what was scored.
        QCOMPARE(view.runContext().text(), QStringLiteral("mnist test #0 (7) · sr σy=12.75 8-bit ×4 · seed 0"));
    }

    // A mask drawn with the mouse on the input tile: the degradation becomes inpainting with
    // it, the pixels under the stroke turn to the fill grey and the others stay, a method
    // restores there, Ctrl+Z takes the stroke back, and the session carries the mask.
    void aMaskDrawnWithTheMouseIsInpainted()
    {
        CompareView view;
        view.resize(1400, 900);
        view.show();
        view.restoreSettings(QJsonObject{{"degradation", "noise"}, {"seed", 0}, {"batch", 0}, {"methods", QJsonArray{"inpaint-ns"}}});
        view.setDataset("mnist");
        view.chooseDatasetImage(0);
        QTRY_VERIFY_WITH_TIMEOUT(view.input().isValid(), test::kAsyncTimeoutMs);
        const QImage clean = view.input().clean;
        QAction* draw = actionNamed(&view, "Draw mask");
        QVERIFY(draw);
        draw->trigger();
        QVERIFY(view.canvas()->maskPainting());
        // One horizontal stroke along row 16 from x 8 to x 24 of the degraded tile.
        CompareCanvas* canvas = view.canvas();
        sendMouse(canvas, QEvent::MouseButtonPress, canvas->toWidget("input", {8.5, 16.5}), Qt::LeftButton);
        for (double x : {12.5, 16.5, 20.5, 24.5}) sendMouse(canvas, QEvent::MouseMove, canvas->toWidget("input", {x, 16.5}), Qt::LeftButton);
        sendMouse(canvas, QEvent::MouseButtonRelease, canvas->toWidget("input", {24.5, 16.5}), Qt::NoButton);
        QCOMPARE(view.controls()->setup().degradation, QStringLiteral("inpaint"));
        QVERIFY(!view.controls()->setup().mask.isNull());
        QTRY_VERIFY_WITH_TIMEOUT(qGray(view.input().degraded.pixel(16, 16)) == 128, test::kAsyncTimeoutMs);
        const QImage degraded = view.input().degraded;
        for (int x = 9; x <= 23; ++x) QCOMPARE(qGray(degraded.pixel(x, 16)), 128);
        for (const QPoint outside : {QPoint(4, 16), QPoint(16, 4), QPoint(16, 27), QPoint(28, 16)})
            QCOMPARE(degraded.pixel(outside), clean.pixel(outside));
        // The drawn mask is a binary operator: the method fills the stroke.
        QSignalSpy completed(&view, &CompareView::runCompleted);
        QTRY_VERIFY_WITH_TIMEOUT(!view.controls()->methods().isEmpty(), test::kAsyncTimeoutMs);
        view.run();
        QTRY_VERIFY_WITH_TIMEOUT(completed.size() == 1, test::kAsyncTimeoutMs);
        const CompareResult* filled = resultOf(view, "inpaint-ns");
        QVERIFY(filled && filled->isOk());
        QVERIFY(filled->image.pixel(16, 16) != degraded.pixel(16, 16));
        QCOMPARE(filled->image.pixel(4, 16), clean.pixel(4, 16));
        // The session carries it; Ctrl+Z (the view's undo) takes the stroke back.
        CompareView reopened;
        reopened.setDataset("mnist");
        reopened.restoreSession(view.sessionState());
        QTRY_VERIFY_WITH_TIMEOUT(reopened.input().isValid(), test::kAsyncTimeoutMs);
        QCOMPARE(reopened.controls()->setup().mask.convertToFormat(QImage::Format_Grayscale8),
                 view.controls()->setup().mask.convertToFormat(QImage::Format_Grayscale8));
        QTRY_VERIFY_WITH_TIMEOUT(reopened.input().degraded == degraded, test::kAsyncTimeoutMs); // the stroke, not the fading hole
        QAction* undo = actionNamed(&view, "Undo mask stroke");
        QVERIFY(undo);
        undo->trigger();
        QVERIFY(view.controls()->setup().mask.isNull());
    }
};

DDDG_GUI_TEST(CompareDegradationsTest);
#include "test_compare_degradations.moc"
