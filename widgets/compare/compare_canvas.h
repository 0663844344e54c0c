#pragma once
// The comparison grid: the clean image, the degraded input, then one tile per method, all
// sharing one zoom and pan (the wheel zooms at the cursor; pixels stay sharp when magnified).
// Hovering shows the pixel value at that point in every tile. In wipe mode two tiles share one
// large frame split by a divider that can be dragged. Difference mode shows |tile − clean| in
// false colour with its scale and mean; flicker alternates every tile with the reference.
#include "compare_view_state.h"

#include <QImage>
#include <QStringList>
#include <QVector>
#include <QWidget>

namespace dddg {

struct CompareTile {
    QString name;      ///< "clean", "input" or a method's name
    QString caption;   ///< shown above the picture
    QString badge;     ///< PSNR · SSIM · NFE · time, or the status
    QImage image;
    QVector<QImage> states;
    QStringList stateLabels;
    bool running = false;
    QStringList stateBadges;   ///< per state, what replaces the badge's first line while it is shown
};

class CompareCanvas : public QWidget {
    Q_OBJECT
public:
    explicit CompareCanvas(CompareViewState* state, QWidget* parent = nullptr);

    void setTiles(const QVector<CompareTile>& tiles);
    /// Adds the tile, or replaces the tile of the same name.
    void setTile(const CompareTile& tile);
    const QVector<CompareTile>& tiles() const { return m_tiles; }
    const CompareTile* tile(const QString& name) const;
    void setSelected(const QString& name);
    QString selected() const { return m_selected; }
    /// Flicker's phase: true shows the reference in place of every method's tile.
    void setFlickerPhase(bool reference);
    /// The picture a tile shows now: its step, the difference map or the reference.
    QImage shownImage(const CompareTile& tile, QString* label = nullptr, double* mean = nullptr) const;
    /// The badge of a tile as it is drawn `width` pixels wide with `metrics`: the numbers of
    /// the step shown, broken at " · " rather than cut, then `extra` (the hovered pixel), at
    /// most kBadgeLines lines.
    QStringList badgeLines(const CompareTile& tile, const QFontMetrics& metrics, int width, const QString& extra = {}) const;
    static constexpr int kBadgeLines = 4;
    /// The grid as a labelled image, `side` pixels per tile, independent of zoom, under a
    /// `header` line (what was compared: image, degradation, seed).
    QImage renderGrid(int side, const QString& header = {}) const;
    /// The full scale of difference maps (0–255 units): the largest |tile − clean| shown.
    double differenceScale() const;
    /// The one large frame of wipe mode, split by the divider.
    QRectF wipeFrame() const;
    /// The part of the image (its pixels) that the tiles show at the current zoom and pan.
    QRect visibleImageRect() const;
    /// The tile under `pos`: a grid cell, or the wipe's side of the divider; empty for none.
    QString tileAt(const QPointF& pos) const;
    QSize sizeHint() const override { return {900, 560}; }
    /// Mask painting (the view's "Draw mask"): while on, a left drag paints the mask instead
    /// of panning, Shift+drag erases.
    void setMaskPainting(bool on); // the mask overlay shows only while on
    bool maskPainting() const { return m_maskPainting; }
    /// The mask drawn so far (white = missing), shown in red over every tile; null for none.
    void setMaskOverlay(const QImage& mask);
    /// Where image point `p` of tile `name` lies on the widget; (−1, −1) when it is not in the grid.
    QPointF toWidget(const QString& name, const QPointF& p) const;

signals:
    void tileClicked(const QString& name);
    void tileActivated(const QString& name);
    void viewChanged();
    void hoverChanged(const QString& text);
    /// A right click on a tile: the view offers to save or copy its picture.
    void tileMenuRequested(const QString& name, const QPoint& globalPos);
    /// A brush position of a mask stroke in image pixels; `start` for a stroke's first one.
    void maskPainted(const QPointF& imagePoint, bool start, bool erase);
    void maskStrokeEnded();

protected:
    void paintEvent(QPaintEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    struct Cell {
        QRectF frame;   ///< the picture's area
        int tile = -1;  ///< index into m_tiles
    };
    QVector<Cell> layoutCells(const QSizeF& area) const;
    int cellAt(const QPointF& pos, QPointF* inCell = nullptr) const;
    QSizeF imageSize() const;
    void paintGrid(QPainter& painter, const QVector<Cell>& cells, const CompareViewState& state, bool hover) const;
    void paintWipe(QPainter& painter, const QRectF& frame) const;
    void paintScaleBar(QPainter& painter, const QRectF& area) const;
    void paintPicture(QPainter& painter, const QRectF& frame, const QImage& image, const CompareViewState& state) const;
    double badgeHeight() const;
    /// The tile's badge with the first line of the step shown.
    QString badgeOf(const CompareTile& tile) const;
    QString pixelText(const CompareTile& tile) const;
    double largestDifference() const;

    CompareViewState* m_state;
    QVector<CompareTile> m_tiles;
    QString m_selected;
    bool m_flickerReference = false;
    mutable double m_differenceScale = -1; ///< cache of largestDifference(); −1 after the tiles change
    mutable ViewChannel m_differenceChannel = ViewChannel::All; ///< the channel it was measured on
    QPointF m_hoverImage{-1, -1};
    QPointF m_lastMouse;
    bool m_panning = false, m_draggingDivider = false;
    bool m_maskPainting = false, m_stroking = false;
    QImage m_maskOverlay; ///< ARGB: translucent red where the mask is white
};

} // namespace dddg
