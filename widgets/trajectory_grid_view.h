#pragma once
// A grid of images with one column per timestep t = 0..t_max and one row per series
// (forward degradation, x'_t and x_norm_t of each sample). A shared cursor column marks
// the current step; clicking a cell moves the cursor and selects its sample.
#include <QImage>
#include <QVector>
#include <QWidget>

class QScrollArea;

namespace dddg {

class TrajectoryGridView : public QWidget {
    Q_OBJECT
public:
    enum class RowKind { Forward, State, Normalised };
    struct Row {
        QString label;
        RowKind kind = RowKind::State;
        int sample = -1;          ///< which sample of the batch (−1: forward row)
        QVector<QImage> cells;    ///< one per column; a null image leaves the cell empty
        QStringList tooltips;     ///< optional, one per column
    };

    explicit TrajectoryGridView(QWidget* parent = nullptr);

    void setColumns(int count, const QStringList& headers);
    void setRows(const QVector<Row>& rows);
    /// Like setRows when only columns ≥ `fromColumn` changed and the layout did not:
    /// repaints just those columns, now (the interactive path).
    void replaceColumnsFrom(const QVector<Row>& rows, int fromColumn);
    int columnCount() const { return m_columns; }
    int rowCount() const { return m_rows.size(); }
    const Row& row(int r) const { return m_rows[r]; }

    int cursor() const { return m_cursor; }
    void setCursor(int column);
    int selectedSample() const { return m_selectedSample; }
    void setSelectedSample(int sample);
    /// Columns below `column` are drawn as "kept" (branching): a marker line at its left.
    void setBranchMarker(int column);

    /// Pixels per image: fitted to the widget's size until the user zooms.
    int cellSize() const;
    void setCellSize(int pixels);
    bool autoFit() const { return m_autoFit; }
    void setAutoFit(bool on);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    /// The whole grid rendered at `cellSize` pixels per image (for PNG export).
    QImage renderImage(int cellSize) const;

signals:
    void cursorClicked(int column);
    void sampleClicked(int sample);
    void zoomRequested(int delta);
    void fitRequested();

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    bool event(QEvent* event) override;

private:
    QRect cellRect(int row, int column, int cell) const;
    int columnAt(int x) const;
    int rowAt(int y) const;
    void paintGrid(QPainter& painter, int cell, bool forExport) const;
    int labelWidth() const;
    int rowTop(int row, int cell) const;
    QSize sizeFor(int cell) const;

    int m_columns = 0;
    QStringList m_headers;
    QVector<Row> m_rows;
    int m_cursor = 0;
    int m_selectedSample = 0;
    int m_branchMarker = -1;
    int m_cell = 72;
    bool m_autoFit = true;
};

/// Puts `grid` in a scroll area: fitted to it by default; Ctrl+wheel zooms (the area then
/// scrolls), a double click fits again.
QScrollArea* makeZoomableScrollArea(TrajectoryGridView* grid);

} // namespace dddg
