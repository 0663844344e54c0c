#pragma once
// One image shown large with sharp pixels (nearest-neighbour), a caption above it and an
// optional line of text below it. Accepts dropped image files when drops are enabled.
#include <QImage>
#include <QWidget>

namespace dddg {

class ImageTile : public QWidget {
    Q_OBJECT
public:
    explicit ImageTile(const QString& caption = {}, QWidget* parent = nullptr);

    void setImage(const QImage& image);
    const QImage& image() const { return m_image; }
    void setCaption(const QString& caption);
    void setFootnote(const QString& text);
    void setPlaceholder(const QString& text);
    void setHighlighted(bool on);
    /// Lets the user drop an image file on the tile (emits fileDropped).
    void setAcceptsDrops(bool on);
    QSize sizeHint() const override { return {m_minSide + 8, m_minSide + 48}; }
    QSize minimumSizeHint() const override { return {64, 88}; }
    void setMinimumSide(int side);

signals:
    void clicked();
    void fileDropped(const QString& path);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    QImage m_image;
    QString m_caption, m_footnote, m_placeholder;
    bool m_highlighted = false;
    int m_minSide = 128;
};

/// |a − b| of two gray images as a heat map (black → red → yellow); null if sizes differ.
QImage differenceHeatmap(const QImage& a, const QImage& b);

} // namespace dddg
