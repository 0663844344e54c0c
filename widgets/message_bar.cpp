#include "message_bar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace dddg {

MessageBar::MessageBar(QWidget* parent) : QFrame(parent), m_icon(new QLabel), m_text(new QLabel), m_hide(new QTimer(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* close = new QToolButton;
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setAutoRaise(true);
    close->setToolTip(tr("Dismiss"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(close);
    m_hide->setSingleShot(true);
    connect(m_hide, &QTimer::timeout, this, &QWidget::hide);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void MessageBar::showMessage(const QString& text, Level level)
{
    m_level = level;
    m_text->setText(text);
    const bool error = level == Level::Error;
    m_icon->setPixmap(style()->standardIcon(error ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation).pixmap(20, 20));
    QPalette pal = palette();
    pal.setColor(QPalette::Window, error ? QColor(253, 226, 226) : QColor(224, 238, 252));
    pal.setColor(QPalette::WindowText, QColor(30, 30, 30));
    setPalette(pal);
    show();
    if (error) m_hide->stop();
    else m_hide->start(6000);
}

QString MessageBar::text() const { return m_text->text(); }

} // namespace dddg
