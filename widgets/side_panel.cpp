#include "side_panel.h"

#include <QEvent>
#include <QScrollBar>

#include <algorithm>

namespace dddg {

SidePanel::SidePanel(QWidget* content, int preferredWidth, QWidget* parent) : QScrollArea(parent), m_preferred(preferredWidth)
{
    setWidget(content);
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    content->installEventFilter(this);
    fitContent();
}

bool SidePanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == widget() && event->type() == QEvent::LayoutRequest) fitContent();
    return QScrollArea::eventFilter(watched, event);
}

// The content's minimum width, with room for the vertical scroll bar beside it.
void SidePanel::fitContent()
{
    const int needed = widget()->minimumSizeHint().width() + verticalScrollBar()->sizeHint().width() + 2 * frameWidth();
    setMinimumWidth(std::max(m_preferred, needed));
    setMaximumWidth(std::max(m_preferred + 80, needed));
}

} // namespace dddg
