#include "compare_canvas.h"

#include <QContextMenuEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <algorithm>
#include <utility>
#include <cmath>

namespace dddg {

namespace {
constexpr double kCaption = 18, kGap = 8, kScaleBar = 32;

bool isReference(const CompareTile& t) { return t.name == QLatin1String("clean"); }
} // namespace

CompareCanvas::CompareCanvas(CompareViewState* state, QWidget* parent) : QWidget(parent), m_state(state)
{
    setMouseTracking(true);
    setMinimumSize(320, 240);
    setFocusPolicy(Qt::StrongFocus);
}

void CompareCanvas::setTiles(const QVector<CompareTile>& tiles)
{
    m_tiles = tiles;
    m_differenceScale = -1;
    update();
}

void CompareCanvas::setTile(const CompareTile& tile)
{
    m_differenceScale = -1;
    for (auto& t : m_tiles)
        if (t.name == tile.name) {
            t = tile;
            update();
            return;
        }
    m_tiles.push_back(tile);
    update();
}

const CompareTile* CompareCanvas::tile(const QString& name) const
{
    for (const auto& t : m_tiles)
        if (t.name == name) return &t;
    return nullptr;
}

void CompareCanvas::setSelected(const QString& name)
{
    m_selected = name;
    update();
}

void CompareCanvas::setFlickerPhase(bool reference)
{
    m_flickerReference = reference;
    update();
}

QSizeF CompareCanvas::imageSize() const
{
    for (const auto& t : m_tiles)
        if (!t.image.isNull()) return t.image.size();
    return {32, 32};
}

double CompareCanvas::differenceScale() const
{
    if (m_differenceScale < 0 || m_differenceChannel != m_state->channel) {
        m_differenceScale = largestDifference();
        m_differenceChannel = m_state->channel;
    }
    return m_differenceScale;
}

double CompareCanvas::largestDifference() const
{
    const CompareTile* clean = tile(QStringLiteral("clean"));
    if (!clean || clean->image.isNull()) return 255;
    // One scale for every tile, so that colours compare across methods.
    double largest = 1;
    auto plane = [this](const QImage& image) { return channelImage(image, m_state->channel).convertToFormat(QImage::Format_Grayscale8); };
    const QImage ref = plane(clean->image);
    for (const auto& t : m_tiles) {
        if (isReference(t) || t.image.isNull() || t.image.size() != ref.size()) continue;
        const QImage g = plane(t.image);
        for (int y = 0; y < g.height(); ++y)
            for (int x = 0; x < g.width(); ++x) largest = std::max(largest, double(std::abs(int(g.constScanLine(y)[x]) - int(ref.constScanLine(y)[x]))));
    }
    return largest;
}

QImage CompareCanvas::shownImage(const CompareTile& t, QString* label, double* mean) const
{
    QImage image = t.image;
    QString text;
    const int k = m_state->stateIndex(int(t.states.size()));
    if (k >= 0) {
        image = t.states[k];
        text = k < t.stateLabels.size() ? t.stateLabels[k] : QString::number(k);
    }
    const CompareTile* clean = tile(QStringLiteral("clean"));
    if (m_state->flicker && m_flickerReference && clean && !isReference(t)) {
        image = channelImage(clean->image, m_state->channel);
        text = tr("reference");
    } else if (m_state->difference && clean && !isReference(t) && !image.isNull()) {
        double m = 0;
        image = differenceMap(channelImage(image, m_state->channel), channelImage(clean->image, m_state->channel), differenceScale(), &m);
        if (mean) *mean = m;
    } else {
        image = channelImage(image, m_state->channel);
    }
    if (label) *label = text;
    return image;
}

double CompareCanvas::badgeHeight() const { return kBadgeLines * fontMetrics().lineSpacing() + 4; }

QString CompareCanvas::badgeOf(const CompareTile& t) const
{
    if (t.running) return tr("running…");
    const int k = m_state->stateIndex(int(t.states.size()));
    if (k < 0 || k >= t.stateBadges.size()) return t.badge;
    QStringList lines = t.badge.split(QLatin1Char('\n'));
    lines[0] = t.stateBadges[k];
    return lines.join(QLatin1Char('\n'));
}

QStringList CompareCanvas::badgeLines(const CompareTile& t, const QFontMetrics& metrics, int width, const QString& extra) const
{
    QStringList lines = badgeOf(t).split(QLatin1Char('\n'));
    if (!extra.isEmpty()) lines << extra;
    const QString separator = QStringLiteral(" · ");
    QStringList out;
    for (const QString& line : lines) {
        QString current;
        for (const QString& part : line.split(separator)) {
            const QString joined = current.isEmpty() ? part : current + separator + part;
            if (current.isEmpty() || metrics.horizontalAdvance(joined) <= width) current = joined;
            else out << std::exchange(current, part);
        }
        out << current;
    }
    for (auto& line : out) line = metrics.elidedText(line, Qt::ElideRight, width);
    return out.mid(0, kBadgeLines);
}

QVector<CompareCanvas::Cell> CompareCanvas::layoutCells(const QSizeF& whole) const
{
    const QSizeF area(whole.width(), whole.height() - (m_state->difference ? kScaleBar : 0)); // room for the colour scale
    const int n = int(m_tiles.size());
    QVector<Cell> cells;
    if (n == 0) return cells;
    // The column count that makes square tiles largest.
    int bestColumns = 1;
    double bestSide = 0;
    for (int c = 1; c <= n; ++c) {
        const int rows = (n + c - 1) / c;
        const double side = std::min((area.width() - kGap * (c + 1)) / c, (area.height() - kGap * (rows + 1)) / rows - kCaption - badgeHeight());
        if (side > bestSide) bestSide = side, bestColumns = c;
    }
    const double side = std::max(16.0, bestSide);
    for (int i = 0; i < n; ++i) {
        const int r = i / bestColumns, c = i % bestColumns;
        const double x = kGap + c * (side + kGap), y = kGap + r * (side + kCaption + badgeHeight() + kGap) + kCaption;
        cells.push_back({QRectF(x, y, side, side), i});
    }
    return cells;
}

QRectF CompareCanvas::wipeFrame() const
{
    const double side = std::max(16.0, std::min(width() - 2 * kGap, height() - 2 * kGap - kCaption - badgeHeight()));
    return QRectF((width() - side) / 2, kGap + kCaption, side, side);
}

int CompareCanvas::cellAt(const QPointF& pos, QPointF* inCell) const
{
    if (m_state->wipe) {
        const QRectF f = wipeFrame();
        if (!f.contains(pos)) return -1;
        if (inCell) *inCell = pos - f.topLeft();
        return 0;
    }
    for (const auto& cell : layoutCells(size()))
        if (cell.frame.contains(pos)) {
            if (inCell) *inCell = pos - cell.frame.topLeft();
            return cell.tile;
        }
    return -1;
}

void CompareCanvas::paintPicture(QPainter& painter, const QRectF& frame, const QImage& image, const CompareViewState& state) const
{
    painter.fillRect(frame, QColor(24, 24, 24));
    if (image.isNull()) return;
    painter.save();
    painter.setClipRect(frame, Qt::IntersectClip); // within the wipe's half, not over it
    const QSizeF img = image.size();
    const QPointF topLeft = frame.topLeft() + state.toTile(QPointF(0, 0), frame.size(), img);
    const double s = state.scale(frame.size(), img);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, s < 1); // sharp pixels when magnified
    painter.drawImage(QRectF(topLeft, img * s), image);
    if (m_maskPainting && !m_maskOverlay.isNull() && m_maskOverlay.size() == image.size()) // while drawing: results stay visible otherwise
        painter.drawImage(QRectF(topLeft, img * s), m_maskOverlay);
    painter.restore();
}

QString CompareCanvas::pixelText(const CompareTile& t) const
{
    if (m_hoverImage.x() < 0) return {};
    QImage image = shownImage(t);
    const int x = int(std::floor(m_hoverImage.x())), y = int(std::floor(m_hoverImage.y()));
    if (image.isNull() || x < 0 || y < 0 || x >= image.width() || y >= image.height()) return {};
    if (m_state->difference && !isReference(t)) {
        const CompareTile* clean = tile(QStringLiteral("clean"));
        QImage raw = t.image;
        if (const int k = m_state->stateIndex(int(t.states.size())); k >= 0) raw = t.states[k];
        if (clean && raw.size() == clean->image.size()) {
            const QImage a = channelImage(raw, m_state->channel), b = channelImage(clean->image, m_state->channel);
            return tr("(%1, %2) |Δ| %3").arg(x).arg(y).arg(std::abs(qGray(a.pixel(x, y)) - qGray(b.pixel(x, y))));
        }
    }
    const QRgb v = image.pixel(x, y);
    if (m_state->channel != ViewChannel::All) return tr("(%1, %2) %3 = %4").arg(x).arg(y).arg(channelName(m_state->channel)).arg(qGray(v));
    if (image.isGrayscale()) return tr("(%1, %2) = %3").arg(x).arg(y).arg(qGray(v));
    return tr("(%1, %2) = %3, %4, %5").arg(x).arg(y).arg(qRed(v)).arg(qGreen(v)).arg(qBlue(v)); // RGB
}

void CompareCanvas::paintGrid(QPainter& painter, const QVector<Cell>& cells, const CompareViewState& state, bool hover) const
{
    const QColor text = palette().color(QPalette::WindowText);
    for (const auto& cell : cells) {
        const CompareTile& t = m_tiles[cell.tile];
        QString stepLabel;
        double mean = -1;
        const QImage image = shownImage(t, &stepLabel, &mean);
        paintPicture(painter, cell.frame, image, state);
        if (t.name == m_selected) {
            painter.setPen(QPen(palette().color(QPalette::Highlight), 3));
            painter.drawRect(cell.frame.adjusted(-2, -2, 2, 2));
        }
        painter.setPen(text);
        QRectF caption(cell.frame.left(), cell.frame.top() - kCaption, cell.frame.width(), kCaption);
        QString title = t.caption + (stepLabel.isEmpty() ? QString() : QStringLiteral("  [%1]").arg(stepLabel));
        painter.drawText(caption, Qt::AlignLeft | Qt::AlignVCenter, painter.fontMetrics().elidedText(title, Qt::ElideRight, int(caption.width())));
        QRectF badge(cell.frame.left(), cell.frame.bottom() + 2, cell.frame.width(), badgeHeight() - 2);
        QString extra;
        if (mean >= 0) extra = tr("mean |Δ| %1 (scale 0–%2)").arg(mean, 0, 'f', 1).arg(differenceScale(), 0, 'f', 0);
        else if (hover) extra = pixelText(t);
        painter.drawText(badge, Qt::AlignLeft | Qt::AlignTop, badgeLines(t, painter.fontMetrics(), int(badge.width()), extra).join(QLatin1Char('\n')));
        if (t.running) painter.fillRect(cell.frame, QColor(0, 0, 0, 90));
    }
}

void CompareCanvas::paintWipe(QPainter& painter, const QRectF& frame) const
{
    const CompareTile* a = tile(m_state->wipeA);
    const CompareTile* b = tile(m_state->wipeB);
    const double split = frame.left() + m_state->wipePosition * frame.width();
    painter.save();
    painter.setClipRect(QRectF(frame.topLeft(), QPointF(split, frame.bottom())));
    paintPicture(painter, frame, a ? shownImage(*a) : QImage(), *m_state);
    painter.setClipRect(QRectF(QPointF(split, frame.top()), frame.bottomRight()));
    paintPicture(painter, frame, b ? shownImage(*b) : QImage(), *m_state);
    painter.restore();
    painter.setPen(QPen(QColor(255, 255, 255), 2));
    painter.drawLine(QPointF(split, frame.top()), QPointF(split, frame.bottom()));
    painter.setBrush(QColor(255, 255, 255));
    painter.drawEllipse(QPointF(split, frame.center().y()), 6, 6);
    painter.setPen(palette().color(QPalette::WindowText));
    QRectF caption(frame.left(), frame.top() - kCaption, frame.width(), kCaption);
    painter.drawText(caption, Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("◀ %1").arg(a ? a->caption : m_state->wipeA));
    painter.drawText(caption, Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("%1 ▶").arg(b ? b->caption : m_state->wipeB));
    // Each side's badge in its half of the width, with the numbers of the step shown.
    const int half = int(frame.width() / 2) - 4;
    QRectF badgeA(frame.left(), frame.bottom() + 2, half, badgeHeight()), badgeB(frame.right() - half, frame.bottom() + 2, half, badgeHeight());
    if (a) painter.drawText(badgeA, Qt::AlignLeft | Qt::AlignTop, badgeLines(*a, painter.fontMetrics(), half, pixelText(*a)).join(QLatin1Char('\n')));
    if (b) painter.drawText(badgeB, Qt::AlignRight | Qt::AlignTop, badgeLines(*b, painter.fontMetrics(), half, pixelText(*b)).join(QLatin1Char('\n')));
}

void CompareCanvas::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    if (m_tiles.isEmpty()) {
        painter.drawText(rect(), Qt::AlignCenter, tr("Choose an image and a degradation, tick methods and press Run (Ctrl+R)"));
        return;
    }
    if (m_state->wipe) paintWipe(painter, wipeFrame());
    else paintGrid(painter, layoutCells(size()), *m_state, true);
    if (m_state->difference) paintScaleBar(painter, QRectF(width() - 230, height() - 30, 220, 24));
}

void CompareCanvas::paintScaleBar(QPainter& painter, const QRectF& area) const
{
    // The difference ramp with its numbers: black is equal to the clean image, the top is the
    // largest |Δ| of any tile shown.
    const QRectF ramp(area.left() + 24, area.top(), area.width() - 60, 10);
    for (int x = 0; x < int(ramp.width()); ++x)
        painter.fillRect(QRectF(ramp.left() + x, ramp.top(), 1, ramp.height()), QColor(differenceColour(double(x) / (ramp.width() - 1))));
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawRect(ramp);
    painter.drawText(QRectF(area.left(), area.top() - 2, 22, 14), Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("0"));
    painter.drawText(QRectF(ramp.right() + 4, area.top() - 2, 40, 14), Qt::AlignLeft | Qt::AlignVCenter,
                     QString::number(differenceScale(), 'f', 0));
    painter.drawText(QRectF(ramp.left(), ramp.bottom() + 1, ramp.width(), 13), Qt::AlignCenter, tr("|tile − clean|, 0–255"));
}

QImage CompareCanvas::renderGrid(int side, const QString& header) const
{
    const int n = int(m_tiles.size());
    const int columns = std::max(1, std::min(n, 6)), rows = std::max(1, (n + columns - 1) / columns);
    const double top = header.isEmpty() ? 0 : kCaption + kGap;
    const double badge = badgeHeight();
    const QSizeF area(std::max(240.0, kGap + columns * (side + kGap)),
                      top + kGap + rows * (side + kCaption + badge + kGap) + (m_state->difference ? kScaleBar : 0));
    QImage out(area.toSize(), QImage::Format_RGB32);
    out.fill(palette().color(QPalette::Base));
    QPainter painter(&out);
    painter.setFont(font()); // the widget's font, whose metrics sized the badges
    if (!header.isEmpty()) {
        painter.setPen(palette().color(QPalette::WindowText));
        const QRectF line(kGap, kGap, area.width() - 2 * kGap, kCaption);
        painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, painter.fontMetrics().elidedText(header, Qt::ElideMiddle, int(line.width())));
    }
    QVector<Cell> cells;
    for (int i = 0; i < n; ++i) {
        const int r = i / columns, c = i % columns;
        cells.push_back({QRectF(kGap + c * (side + kGap), top + kGap + r * (side + kCaption + badge + kGap) + kCaption, side, side), i});
    }
    CompareViewState fitted = *m_state;
    fitted.fit(); // the export shows whole images
    fitted.wipe = false; // steps, difference and flicker stay as shown
    paintGrid(painter, cells, fitted, false);
    if (fitted.difference) paintScaleBar(painter, QRectF(area.width() - 230, area.height() - 30, 220, 24));
    return out;
}

void CompareCanvas::wheelEvent(QWheelEvent* event)
{
    QPointF inCell;
    const QPointF pos = event->position();
    const int cell = cellAt(pos, &inCell);
    const QSizeF frame = m_state->wipe ? wipeFrame().size() : (cell >= 0 ? layoutCells(size()).value(cell).frame.size() : QSizeF());
    if (cell < 0 || frame.isEmpty()) return event->ignore();
    const double factor = std::pow(1.0015, event->angleDelta().y());
    m_state->zoomAt(inCell, factor, frame, imageSize());
    update();
    emit viewChanged();
    event->accept();
}

void CompareCanvas::setMaskPainting(bool on)
{
    m_maskPainting = on;
    m_stroking = false;
    setCursor(on ? Qt::CrossCursor : Qt::ArrowCursor);
    update();
}

void CompareCanvas::setMaskOverlay(const QImage& mask)
{
    m_maskOverlay = QImage();
    if (!mask.isNull()) {
        m_maskOverlay = QImage(mask.size(), QImage::Format_ARGB32_Premultiplied);
        for (int y = 0; y < mask.height(); ++y) {
            const uchar* in = mask.constScanLine(y);
            auto* out = reinterpret_cast<QRgb*>(m_maskOverlay.scanLine(y));
            for (int x = 0; x < mask.width(); ++x) out[x] = in[x] >= 128 ? qPremultiply(qRgba(255, 40, 40, 120)) : 0;
        }
    }
    update();
}

QPointF CompareCanvas::toWidget(const QString& name, const QPointF& p) const
{
    for (const Cell& cell : layoutCells(size()))
        if (m_tiles[cell.tile].name == name) return cell.frame.topLeft() + m_state->toTile(p, cell.frame.size(), imageSize());
    return {-1, -1};
}

void CompareCanvas::mousePressEvent(QMouseEvent* event)
{
    m_lastMouse = event->position();
    if (event->button() != Qt::LeftButton) return;
    if (m_maskPainting && !m_state->wipe) {
        QPointF inCell;
        const int cell = cellAt(event->position(), &inCell);
        if (cell < 0) return;
        m_stroking = true;
        const QSizeF frame = layoutCells(size()).value(cell).frame.size();
        emit maskPainted(m_state->toImage(inCell, frame, imageSize()), true, event->modifiers() & Qt::ShiftModifier);
        return;
    }
    if (m_state->wipe) {
        const QRectF f = wipeFrame();
        const double split = f.left() + m_state->wipePosition * f.width();
        m_draggingDivider = std::abs(event->position().x() - split) < 10 && f.contains(event->position());
    }
    m_panning = !m_draggingDivider;
    const int cell = cellAt(event->position());
    if (cell >= 0 && !m_state->wipe) emit tileClicked(m_tiles[cell].name);
}

void CompareCanvas::mouseMoveEvent(QMouseEvent* event)
{
    const QPointF pos = event->position();
    if (m_draggingDivider) {
        const QRectF f = wipeFrame();
        m_state->wipePosition = std::clamp((pos.x() - f.left()) / f.width(), 0.0, 1.0);
        update();
        emit viewChanged();
        return;
    }
    QPointF inCell;
    const int cell = cellAt(pos, &inCell);
    const QSizeF frame = m_state->wipe ? wipeFrame().size() : (cell >= 0 ? layoutCells(size()).value(cell).frame.size() : QSizeF());
    if (m_stroking && (event->buttons() & Qt::LeftButton) && cell >= 0)
        emit maskPainted(m_state->toImage(inCell, frame, imageSize()), false, event->modifiers() & Qt::ShiftModifier);
    if (m_panning && (event->buttons() & Qt::LeftButton) && !frame.isEmpty()) {
        m_state->pan(pos - m_lastMouse, frame, imageSize());
        emit viewChanged();
    }
    m_lastMouse = pos;
    m_hoverImage = cell >= 0 && !frame.isEmpty() ? m_state->toImage(inCell, frame, imageSize()) : QPointF(-1, -1);
    update();
    if (cell >= 0 && !m_state->wipe) emit hoverChanged(pixelText(m_tiles[cell]));
}

void CompareCanvas::mouseReleaseEvent(QMouseEvent*)
{
    if (m_stroking) {
        m_stroking = false;
        emit maskStrokeEnded();
    }
    m_panning = false;
    m_draggingDivider = false;
}

void CompareCanvas::mouseDoubleClickEvent(QMouseEvent* event)
{
    const int cell = cellAt(event->position());
    if (cell >= 0 && !m_state->wipe) emit tileActivated(m_tiles[cell].name);
}

QRect CompareCanvas::visibleImageRect() const
{
    const QSizeF img = imageSize();
    QSizeF frame = wipeFrame().size();
    if (!m_state->wipe) {
        const auto cells = layoutCells(size());
        if (cells.isEmpty()) return {};
        frame = cells.front().frame.size();
    }
    const QPointF a = m_state->toImage(QPointF(0, 0), frame, img), b = m_state->toImage(QPointF(frame.width(), frame.height()), frame, img);
    const QRect whole(QPoint(0, 0), img.toSize());
    return QRect(QPoint(int(std::floor(a.x())), int(std::floor(a.y()))), QPoint(int(std::ceil(b.x())) - 1, int(std::ceil(b.y())) - 1)).intersected(whole);
}

QString CompareCanvas::tileAt(const QPointF& pos) const
{
    if (m_state->wipe) {
        const QRectF f = wipeFrame();
        if (!f.contains(pos)) return {};
        return pos.x() < f.left() + m_state->wipePosition * f.width() ? m_state->wipeA : m_state->wipeB;
    }
    const int cell = cellAt(pos);
    return cell >= 0 ? m_tiles[cell].name : QString();
}

void CompareCanvas::contextMenuEvent(QContextMenuEvent* event)
{
    const QString name = tileAt(event->pos());
    const CompareTile* t = tile(name);
    if (!t || t->image.isNull()) return event->ignore();
    emit tileMenuRequested(name, event->globalPos());
    event->accept();
}

void CompareCanvas::leaveEvent(QEvent*)
{
    m_hoverImage = {-1, -1};
    update();
}

} // namespace dddg
