#include "image_tile.h"

#include <QDragEnterEvent>
#include <QMimeData>
#include <QPainter>

namespace dddg {

ImageTile::ImageTile(const QString& caption, QWidget* parent) : QWidget(parent), m_caption(caption)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void ImageTile::setImage(const QImage& image)
{
    m_image = image;
    update();
}

void ImageTile::setCaption(const QString& caption)
{
    m_caption = caption;
    update();
}

void ImageTile::setFootnote(const QString& text)
{
    m_footnote = text;
    update();
}

void ImageTile::setPlaceholder(const QString& text)
{
    m_placeholder = text;
    update();
}

void ImageTile::setHighlighted(bool on)
{
    m_highlighted = on;
    update();
}

void ImageTile::setAcceptsDrops(bool on) { setAcceptDrops(on); }

void ImageTile::setMinimumSide(int side)
{
    m_minSide = side;
    updateGeometry();
}

void ImageTile::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    const int captionH = m_caption.isEmpty() ? 0 : fontMetrics().height() + 4;
    const int footH = m_footnote.isEmpty() ? 0 : fontMetrics().height() + 4;
    QRect area = rect().adjusted(2, captionH + 2, -2, -footH - 2);
    int side = std::max(0, std::min(area.width(), area.height()));
    QRect box(area.center().x() - side / 2, area.top(), side, side);
    p.setPen(palette().color(QPalette::Text));
    if (captionH) p.drawText(QRect(0, 0, width(), captionH), Qt::AlignCenter, m_caption);
    if (footH) p.drawText(QRect(0, height() - footH, width(), footH), Qt::AlignCenter, m_footnote);
    if (m_image.isNull()) {
        p.fillRect(box, palette().color(QPalette::AlternateBase));
        p.setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DashLine));
        p.drawRect(box.adjusted(0, 0, -1, -1));
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(box.adjusted(6, 6, -6, -6), Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
    } else {
        p.setRenderHint(QPainter::SmoothPixmapTransform, false);
        p.drawImage(box, m_image);
    }
    if (m_highlighted) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 3));
        p.drawRect(box.adjusted(-1, -1, 0, 0));
    }
}

void ImageTile::mousePressEvent(QMouseEvent*) { emit clicked(); }

void ImageTile::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls()) event->acceptProposedAction();
}

void ImageTile::dropEvent(QDropEvent* event)
{
    const auto urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.front().isLocalFile()) emit fileDropped(urls.front().toLocalFile());
}

QImage differenceHeatmap(const QImage& a, const QImage& b)
{
    if (a.isNull() || a.size() != b.size()) return {};
    QImage ga = a.convertToFormat(QImage::Format_Grayscale8), gb = b.convertToFormat(QImage::Format_Grayscale8);
    QImage out(a.size(), QImage::Format_RGB32);
    for (int y = 0; y < a.height(); ++y) {
        const uchar* ra = ga.constScanLine(y);
        const uchar* rb = gb.constScanLine(y);
        auto* ro = reinterpret_cast<QRgb*>(out.scanLine(y));
        for (int x = 0; x < a.width(); ++x) {
            int d = std::abs(int(ra[x]) - int(rb[x])); // 0..255; a 50% error already saturates red
            int red = std::min(255, d * 2), green = std::clamp((d - 128) * 2, 0, 255);
            ro[x] = qRgb(red, green, 0);
        }
    }
    return out;
}

} // namespace dddg
