#include "compare_view_state.h"

#include <QColor>

#include <algorithm>
#include <cmath>

namespace dddg {

namespace {
QPointF centreOf(const CompareViewState& s, const QSizeF& image)
{
    return s.centre.x() < 0 ? QPointF(image.width() / 2, image.height() / 2) : s.centre;
}
} // namespace

double CompareViewState::scale(const QSizeF& tile, const QSizeF& image) const
{
    if (zoom > 0) return zoom;
    if (image.isEmpty()) return 1;
    return std::min(tile.width() / image.width(), tile.height() / image.height());
}

QPointF CompareViewState::toImage(const QPointF& pos, const QSizeF& tile, const QSizeF& image) const
{
    const double s = scale(tile, image);
    const QPointF c = centreOf(*this, image);
    return c + (pos - QPointF(tile.width() / 2, tile.height() / 2)) / s;
}

QPointF CompareViewState::toTile(const QPointF& p, const QSizeF& tile, const QSizeF& image) const
{
    const double s = scale(tile, image);
    return QPointF(tile.width() / 2, tile.height() / 2) + (p - centreOf(*this, image)) * s;
}

void CompareViewState::zoomAt(const QPointF& pos, double factor, const QSizeF& tile, const QSizeF& image)
{
    const QPointF anchor = toImage(pos, tile, image);
    const double next = std::clamp(scale(tile, image) * factor, 0.25, 256.0);
    zoom = next;
    // Keep `anchor` under `pos`: centre = anchor − (pos − tile centre) / scale.
    centre = anchor - (pos - QPointF(tile.width() / 2, tile.height() / 2)) / next;
}

void CompareViewState::pan(const QPointF& delta, const QSizeF& tile, const QSizeF& image)
{
    const double s = scale(tile, image);
    if (zoom <= 0) zoom = s; // a panned picture is no longer "fit"
    centre = centreOf(*this, image) - delta / s;
}

void CompareViewState::fit()
{
    zoom = 0;
    centre = {-1, -1};
}

void CompareViewState::actualSize()
{
    zoom = 1;
    centre = {-1, -1};
}

void CompareViewState::swapWipe() { std::swap(wipeA, wipeB); }

int CompareViewState::stateIndex(int count) const
{
    if (count <= 0 || step >= 1.0) return -1;
    return std::clamp(int(std::lround(std::max(0.0, step) * double(count - 1))), 0, count - 1);
}

QJsonObject CompareViewState::toJson() const
{
    return QJsonObject{{"zoom", zoom},
                       {"centre_x", centre.x()},
                       {"centre_y", centre.y()},
                       {"wipe", wipe},
                       {"wipe_a", wipeA},
                       {"wipe_b", wipeB},
                       {"wipe_position", wipePosition},
                       {"difference", difference},
                       {"flicker", flicker},
                       {"step", step},
                       {"channel", channelName(channel)}};
}

CompareViewState CompareViewState::fromJson(const QJsonObject& json)
{
    CompareViewState s;
    s.zoom = std::clamp(json.value("zoom").toDouble(0), 0.0, 256.0);
    s.centre = QPointF(json.value("centre_x").toDouble(-1), json.value("centre_y").toDouble(-1));
    s.wipe = json.value("wipe").toBool(false);
    s.wipeA = json.value("wipe_a").toString(s.wipeA);
    s.wipeB = json.value("wipe_b").toString(s.wipeB);
    s.wipePosition = std::clamp(json.value("wipe_position").toDouble(0.5), 0.0, 1.0);
    s.difference = json.value("difference").toBool(false);
    s.flicker = json.value("flicker").toBool(false);
    s.step = std::clamp(json.value("step").toDouble(1.0), 0.0, 1.0);
    for (ViewChannel c : {ViewChannel::All, ViewChannel::Red, ViewChannel::Green, ViewChannel::Blue, ViewChannel::Luma})
        if (json.value("channel").toString() == channelName(c)) s.channel = c;
    return s;
}

QString channelName(ViewChannel channel)
{
    switch (channel) {
    case ViewChannel::Red: return QStringLiteral("R");
    case ViewChannel::Green: return QStringLiteral("G");
    case ViewChannel::Blue: return QStringLiteral("B");
    case ViewChannel::Luma: return QStringLiteral("luma");
    case ViewChannel::All: break;
    }
    return QStringLiteral("RGB");
}

QImage channelImage(const QImage& image, ViewChannel channel)
{
    if (channel == ViewChannel::All || image.isNull()) return image;
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    QImage out(image.size(), QImage::Format_Grayscale8);
    for (int y = 0; y < rgb.height(); ++y) {
        const auto* in = reinterpret_cast<const QRgb*>(rgb.constScanLine(y));
        uchar* o = out.scanLine(y);
        for (int x = 0; x < rgb.width(); ++x) {
            const QRgb v = in[x];
            switch (channel) {
            case ViewChannel::Red: o[x] = uchar(qRed(v)); break;
            case ViewChannel::Green: o[x] = uchar(qGreen(v)); break;
            case ViewChannel::Blue: o[x] = uchar(qBlue(v)); break;
            default: o[x] = uchar(std::lround(0.299 * qRed(v) + 0.587 * qGreen(v) + 0.114 * qBlue(v))); // Rec. 601
            }
        }
    }
    return out;
}

QRgb differenceColour(double x)
{
    // Four stops of a perceptually ordered ramp: 0 black, 1/3 violet, 2/3 orange, 1 pale yellow.
    static const double stops[4][3] = {{0, 0, 0}, {120, 28, 160}, {240, 110, 30}, {252, 250, 160}};
    x = std::clamp(x, 0.0, 1.0) * 3.0;
    const int i = std::min(2, int(x));
    const double f = x - i;
    auto mix = [&](int c) { return int(std::lround(stops[i][c] + f * (stops[i + 1][c] - stops[i][c]))); };
    return qRgb(mix(0), mix(1), mix(2));
}

QImage differenceMap(const QImage& a, const QImage& b, double fullScale, double* mean)
{
    if (a.isNull() || a.size() != b.size()) return {};
    const QImage ga = a.convertToFormat(QImage::Format_Grayscale8), gb = b.convertToFormat(QImage::Format_Grayscale8);
    QImage out(a.size(), QImage::Format_RGB32);
    double sum = 0;
    const double scale = fullScale > 0 ? fullScale : 255.0;
    for (int y = 0; y < a.height(); ++y) {
        const uchar* pa = ga.constScanLine(y);
        const uchar* pb = gb.constScanLine(y);
        auto* po = reinterpret_cast<QRgb*>(out.scanLine(y));
        for (int x = 0; x < a.width(); ++x) {
            const int d = std::abs(int(pa[x]) - int(pb[x]));
            sum += d;
            po[x] = differenceColour(double(d) / scale);
        }
    }
    if (mean) *mean = sum / double(std::max(1, a.width() * a.height()));
    return out;
}

} // namespace dddg
