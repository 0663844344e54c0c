#pragma once
// How the comparison grid is looked at, apart from the pictures: the shared zoom and pan of
// every tile, the wipe between two tiles, the difference map, the A/B flicker against the
// reference, and the step shown of iterative methods. Plain values, so a session file can
// store them and tests can check them without a window.
#include <QImage>
#include <QJsonObject>
#include <QPointF>
#include <QSizeF>
#include <QString>

namespace dddg {

/// Which part of the colour every tile shows: all of it, one channel as grey, or luma.
enum class ViewChannel { All, Red, Green, Blue, Luma };

struct CompareViewState {
    double zoom = 0;              ///< screen pixels per image pixel; 0 = fit the tile
    QPointF centre{-1, -1};       ///< image point at the tiles' centre; (−1, −1) = the image's centre
    bool wipe = false;
    QString wipeA = QStringLiteral("clean"), wipeB = QStringLiteral("input");
    double wipePosition = 0.5;    ///< the divider, as a fraction of the width
    bool difference = false;      ///< |tile − clean| in false colour instead of the tile
    bool flicker = false;         ///< tiles alternate with the clean reference
    double step = 1.0;            ///< 0 … 1 through iterative methods' states; 1 = the result
    ViewChannel channel = ViewChannel::All;

    /// Screen pixels per image pixel in a tile of `tile` showing an image of `image`.
    double scale(const QSizeF& tile, const QSizeF& image) const;
    /// The image point under `pos` (tile coordinates, origin at the tile's top-left).
    QPointF toImage(const QPointF& pos, const QSizeF& tile, const QSizeF& image) const;
    /// The tile position of image point `p` (inverse of toImage).
    QPointF toTile(const QPointF& p, const QSizeF& tile, const QSizeF& image) const;
    /// Zooms by `factor`, keeping the image point under `pos` where it is.
    void zoomAt(const QPointF& pos, double factor, const QSizeF& tile, const QSizeF& image);
    /// Moves the picture by `delta` screen pixels.
    void pan(const QPointF& delta, const QSizeF& tile, const QSizeF& image);
    void fit();
    /// Exactly one screen pixel per image pixel, centred.
    void actualSize();
    void swapWipe();
    /// Which of `count` intermediate states the step shows; −1 for the final result.
    int stateIndex(int count) const;

    QJsonObject toJson() const;
    static CompareViewState fromJson(const QJsonObject& json);
};

/// The image as `channel` shows it: itself for All, else that channel (or Rec. 601 luma) as grey.
QImage channelImage(const QImage& image, ViewChannel channel);
/// "RGB", "R", "G", "B", "luma": the short name the toolbar and the session use.
QString channelName(ViewChannel channel);

/// |a − b| of two images of the same size, grey, in false colour (black → violet → orange →
/// yellow) with `fullScale` (0–255 units) at the top of the ramp. `mean` receives the mean
/// |a − b|. A null image when the sizes differ.
QImage differenceMap(const QImage& a, const QImage& b, double fullScale, double* mean = nullptr);

/// The colour of the ramp at `x` in [0, 1] (for the scale bar).
QRgb differenceColour(double x);

} // namespace dddg
