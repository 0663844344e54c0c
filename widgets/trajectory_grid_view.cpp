#include "trajectory_grid_view.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollArea>
#include <QToolTip>
#include <QWheelEvent>

namespace dddg {
namespace {
constexpr int kGap = 4;        // between cells
constexpr int kHeader = 34;    // column header height
constexpr int kGroupGap = 10;  // between the rows of different samples
} // namespace

TrajectoryGridView::TrajectoryGridView(QWidget* parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void TrajectoryGridView::setColumns(int count, const QStringList& headers)
{
    m_columns = count;
    m_headers = headers;
    m_cursor = std::clamp(m_cursor, 0, std::max(0, count - 1));
    updateGeometry();
    update();
}

void TrajectoryGridView::setRows(const QVector<Row>& rows)
{
    m_rows = rows;
    updateGeometry();
    update();
}

void TrajectoryGridView::replaceColumnsFrom(const QVector<Row>& rows, int fromColumn)
{
    bool sameLayout = rows.size() == m_rows.size();
    for (int r = 0; sameLayout && r < rows.size(); ++r)
        sameLayout = rows[r].label == m_rows[r].label && rows[r].sample == m_rows[r].sample;
    if (!sameLayout) {
        setRows(rows);
        repaint();
        return;
    }
    m_rows = rows;
    const int cell = cellSize();
    QRect dirty = cellRect(0, std::clamp(fromColumn, 0, m_columns - 1), cell)
                      .united(cellRect(m_rows.size() - 1, m_columns - 1, cell))
                      .adjusted(-kGap, -kGap, kGap, kGap);
    repaint(dirty);
}

void TrajectoryGridView::setCursor(int column)
{
    column = std::clamp(column, 0, std::max(0, m_columns - 1));
    if (column == m_cursor) return;
    m_cursor = column;
    update();
}

void TrajectoryGridView::setSelectedSample(int sample)
{
    m_selectedSample = sample;
    update();
}

void TrajectoryGridView::setBranchMarker(int column)
{
    m_branchMarker = column;
    update();
}

void TrajectoryGridView::setCellSize(int pixels)
{
    m_cell = std::clamp(pixels, 24, 256);
    m_autoFit = false;
    updateGeometry();
    update();
}

void TrajectoryGridView::setAutoFit(bool on)
{
    m_autoFit = on;
    updateGeometry();
    update();
}

int TrajectoryGridView::cellSize() const
{
    if (!m_autoFit || m_columns == 0 || m_rows.isEmpty()) return m_cell;
    // The largest cell that shows every row and column in the widget's current size.
    int groups = 0;
    for (int r = 0; r + 1 < m_rows.size(); ++r) groups += m_rows[r + 1].sample != m_rows[r].sample;
    int byWidth = (width() - labelWidth() - kGap) / m_columns - kGap;
    int byHeight = (height() - kHeader - kGap - groups * kGroupGap) / m_rows.size() - kGap;
    return std::clamp(std::min(byWidth, byHeight), 24, 256);
}

int TrajectoryGridView::labelWidth() const
{
    int widest = fontMetrics().horizontalAdvance(QStringLiteral("x_norm_t"));
    for (const Row& row : m_rows)
        for (const QString& line : row.label.split(QLatin1Char('\n'))) widest = std::max(widest, fontMetrics().horizontalAdvance(line));
    return widest + 16;
}

int TrajectoryGridView::rowTop(int row, int cell) const
{
    int y = kHeader;
    for (int r = 0; r < row; ++r) {
        y += cell + kGap;
        bool newGroup = r + 1 < m_rows.size() && m_rows[r + 1].sample != m_rows[r].sample;
        if (newGroup) y += kGroupGap;
    }
    return y;
}

QRect TrajectoryGridView::cellRect(int row, int column, int cell) const
{
    return QRect(labelWidth() + column * (cell + kGap), rowTop(row, cell), cell, cell);
}

QSize TrajectoryGridView::sizeFor(int cell) const
{
    return {labelWidth() + m_columns * (cell + kGap) + kGap, rowTop(m_rows.size(), cell) + kGap};
}

QSize TrajectoryGridView::sizeHint() const { return sizeFor(m_cell); }

QSize TrajectoryGridView::minimumSizeHint() const { return m_autoFit ? sizeFor(24) : sizeFor(m_cell); }

int TrajectoryGridView::columnAt(int x) const
{
    int rel = x - labelWidth();
    if (rel < 0) return -1;
    int c = rel / (cellSize() + kGap);
    return c < m_columns ? c : -1;
}

int TrajectoryGridView::rowAt(int y) const
{
    const int cell = cellSize();
    for (int r = 0; r < m_rows.size(); ++r) {
        int top = rowTop(r, cell);
        if (y >= top && y < top + cell) return r;
    }
    return -1;
}

void TrajectoryGridView::paintGrid(QPainter& painter, int cell, bool forExport) const
{
    const QPalette& pal = palette();
    painter.fillRect(QRect(QPoint(0, 0), QSize(labelWidth() + m_columns * (cell + kGap) + kGap, rowTop(m_rows.size(), cell) + kGap)),
                     pal.color(QPalette::Base));
    // Cursor column band behind the images.
    if (!forExport && m_columns > 0) {
        QRect band(labelWidth() + m_cursor * (cell + kGap) - kGap / 2, 0, cell + kGap, rowTop(m_rows.size(), cell));
        painter.fillRect(band, pal.color(QPalette::Highlight).lighter(170));
    }
    painter.setPen(pal.color(QPalette::Text));
    for (int c = 0; c < m_columns; ++c) {
        QRect head(labelWidth() + c * (cell + kGap), 2, cell, kHeader - 4);
        QFont f = painter.font();
        f.setBold(!forExport && c == m_cursor);
        painter.setFont(f);
        painter.drawText(head, Qt::AlignCenter | Qt::TextWordWrap, m_headers.value(c, QString::number(c)));
    }
    QFont plain = painter.font();
    plain.setBold(false);
    painter.setFont(plain);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false); // pixels stay pixels
    for (int r = 0; r < m_rows.size(); ++r) {
        const Row& row = m_rows[r];
        QRect labelRect(4, rowTop(r, cell), labelWidth() - 8, cell);
        bool selected = !forExport && row.sample >= 0 && row.sample == m_selectedSample;
        if (selected) painter.fillRect(labelRect.adjusted(-4, 0, 4, 0), pal.color(QPalette::AlternateBase));
        painter.setPen(row.kind == RowKind::Forward ? pal.color(QPalette::Link) : pal.color(QPalette::Text));
        painter.drawText(labelRect, Qt::AlignVCenter | Qt::AlignLeft, row.label);
        for (int c = 0; c < m_columns; ++c) {
            QRect rect = cellRect(r, c, cell);
            const QImage img = row.cells.value(c);
            if (img.isNull()) {
                painter.fillRect(rect, pal.color(QPalette::Window));
                continue;
            }
            painter.drawImage(rect, img);
        }
    }
    if (!forExport && m_branchMarker > 0 && m_branchMarker < m_columns) {
        int x = labelWidth() + m_branchMarker * (cell + kGap) - kGap / 2 - 1;
        painter.setPen(QPen(QColor(230, 120, 20), 2, Qt::DashLine));
        painter.drawLine(x, kHeader - 2, x, rowTop(m_rows.size(), cell));
    }
    if (!forExport && m_columns > 0 && !m_rows.isEmpty()) {
        painter.setPen(QPen(pal.color(QPalette::Highlight), 2));
        QRect top = cellRect(0, m_cursor, cell), bottom = cellRect(m_rows.size() - 1, m_cursor, cell);
        painter.drawRect(top.united(bottom).adjusted(-2, -2, 1, 1));
    }
}

void TrajectoryGridView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    paintGrid(painter, cellSize(), false);
}

QImage TrajectoryGridView::renderImage(int cellSize) const
{
    QSize size(labelWidth() + m_columns * (cellSize + kGap) + kGap, rowTop(m_rows.size(), cellSize) + kGap);
    QImage out(size, QImage::Format_RGB32);
    out.fill(palette().color(QPalette::Base));
    QPainter painter(&out);
    painter.setFont(font());
    paintGrid(painter, cellSize, true);
    return out;
}

void TrajectoryGridView::mousePressEvent(QMouseEvent* event)
{
    setFocus(Qt::MouseFocusReason);
    int c = columnAt(int(event->position().x())), r = rowAt(int(event->position().y()));
    if (c >= 0) emit cursorClicked(c);
    if (r >= 0 && m_rows[r].sample >= 0) emit sampleClicked(m_rows[r].sample);
}

void TrajectoryGridView::mouseDoubleClickEvent(QMouseEvent*) { emit fitRequested(); }

void TrajectoryGridView::wheelEvent(QWheelEvent* event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) return QWidget::wheelEvent(event);
    emit zoomRequested(event->angleDelta().y() > 0 ? 1 : -1);
    event->accept();
}

bool TrajectoryGridView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        int c = columnAt(help->pos().x()), r = rowAt(help->pos().y());
        if (c >= 0 && r >= 0 && !m_rows[r].tooltips.value(c).isEmpty())
            QToolTip::showText(help->globalPos(), m_rows[r].tooltips.value(c), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

QScrollArea* makeZoomableScrollArea(TrajectoryGridView* grid)
{
    auto* area = new QScrollArea;
    area->setWidget(grid);
    area->setWidgetResizable(true);
    area->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    area->setFocusProxy(grid);
    QObject::connect(grid, &TrajectoryGridView::zoomRequested, area, [grid, area](int delta) {
        grid->setCellSize(grid->cellSize() + 8 * delta);
        area->setWidgetResizable(false);
        grid->adjustSize();
    });
    QObject::connect(grid, &TrajectoryGridView::fitRequested, area, [grid, area] {
        grid->setAutoFit(true);
        area->setWidgetResizable(true);
    });
    return area;
}

} // namespace dddg
