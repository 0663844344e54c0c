// Drawing an inpainting mask on the Compare view's tiles (SPEC §12): M toggles the brush, a
// left drag paints the pixels to inpaint (Shift+drag erases), Ctrl+Z takes back a stroke, and
// each finished stroke makes the degradation "inpaint with this mask" — the worker degrades
// the input again and the methods restore it.
#include "compare_canvas.h"
#include "compare_controls.h"
#include "compare_view.h"

#include <QAction>
#include <QHBoxLayout>
#include <QPainter>

#include <algorithm>

namespace dddg {

void CompareView::addMaskActions(QHBoxLayout* row)
{
    m_drawMask = addToolButton(row, tr("Draw mask"), tr("M"),
                               tr("Paint the pixels to inpaint with the mouse (M); Shift+drag erases, Ctrl+Z undoes a stroke"), true);
    connect(m_drawMask, &QAction::toggled, this, [this](bool on) { m_canvas->setMaskPainting(on); });
    auto* clear = addToolButton(row, tr("Clear mask"), QString(), tr("Remove the drawn mask (Ctrl+Z brings it back)"));
    connect(clear, &QAction::triggered, this, [this] {
        if (!m_mask.isNull()) m_maskUndo.push_back(m_mask);
        showMask(QImage());
        applyMask(); // also a mask the controls hold without the view having drawn it
    });
    // Only while the Compare view has focus: other views have their own Ctrl+Z.
    auto* undo = new QAction(tr("Undo mask stroke"), this);
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(undo);
    connect(undo, &QAction::triggered, this, &CompareView::undoMaskStroke);
    connect(m_canvas, &CompareCanvas::maskPainted, this, &CompareView::paintMask);
    connect(m_canvas, &CompareCanvas::maskStrokeEnded, this, &CompareView::applyMask);
}

void CompareView::paintMask(const QPointF& imagePoint, bool start, bool erase)
{
    if (!m_input.isValid()) return;
    const QSize size = m_input.clean.size();
    if (start) {
        m_maskUndo.push_back(m_mask);
        if (m_mask.size() != size) {
            m_mask = QImage(size, QImage::Format_Grayscale8);
            m_mask.fill(0);
        }
        m_lastMaskPoint = imagePoint;
    }
    // A round brush an eighth of the shorter side wide (4 px at 32×32).
    const double width = std::max(1.0, std::min(size.width(), size.height()) / 8.0);
    QPainter painter(&m_mask);
    painter.setPen(QPen(erase ? Qt::black : Qt::white, width, Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(m_lastMaskPoint, imagePoint);
    painter.end();
    m_lastMaskPoint = imagePoint;
    m_canvas->setMaskOverlay(m_mask);
}

void CompareView::applyMask()
{
    // An all-black mask is no mask: the fading schedule applies again.
    bool any = false;
    for (int y = 0; y < m_mask.height() && !any; ++y) {
        const uchar* row = m_mask.constScanLine(y);
        any = std::any_of(row, row + m_mask.width(), [](uchar v) { return v >= 128; });
    }
    m_controls->setMask(any ? m_mask : QImage());
}

void CompareView::undoMaskStroke()
{
    if (m_maskUndo.isEmpty()) return;
    showMask(m_maskUndo.takeLast());
    applyMask();
}

void CompareView::showMask(const QImage& mask)
{
    m_mask = mask;
    m_canvas->setMaskOverlay(mask);
}

} // namespace dddg
