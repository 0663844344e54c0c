// What the Compare view does with one tile's picture: save or copy it from its context menu,
// and describe the part on screen in the histogram.
#include "channel_histogram.h"
#include "compare_canvas.h"
#include "compare_controls.h"
#include "compare_view.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>

namespace dddg {

Status CompareView::saveTile(const QString& name, const QString& path) const
{
    const CompareTile* tile = m_canvas->tile(name);
    if (!tile || tile->image.isNull()) return failure(tr("the tile %1 has no picture to save").arg(name));
    const CompareSetup setup = m_controls->setup();
    if (setup.source == QLatin1String("file") && QFileInfo(path).absoluteFilePath() == QFileInfo(setup.path).absoluteFilePath())
        return failure(tr("%1 is the input image: choose another name").arg(path));
    if (!m_canvas->shownImage(*tile).save(path)) return failure(tr("cannot write %1 (use .png, .jpg, .bmp or .tif)").arg(path));
    return {};
}

bool CompareView::copyTile(const QString& name) const
{
    const CompareTile* tile = m_canvas->tile(name);
    if (!tile || tile->image.isNull()) return false;
    QApplication::clipboard()->setImage(m_canvas->shownImage(*tile));
    return true;
}

void CompareView::showTileMenu(const QString& name, const QPoint& globalPos)
{
    const CompareTile* tile = m_canvas->tile(name);
    if (!tile) return;
    QMenu menu(this);
    const QString caption = tile->caption;
    QAction* save = menu.addAction(tr("Save %1 as image…").arg(caption));
    QAction* copy = menu.addAction(tr("Copy %1").arg(caption));
    QAction* chosen = menu.exec(globalPos);
    if (chosen == copy) {
        copyTile(name);
        emit statusMessage(tr("%1 copied to the clipboard").arg(caption));
    } else if (chosen == save) {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save %1").arg(caption), name + QStringLiteral(".png"),
                                                          tr("Images (*.png *.jpg *.bmp *.tif)"));
        if (path.isEmpty()) return;
        if (const Status done = saveTile(name, path); !done) emit error(tr("Save image"), sentenceOf(done));
        else emit statusMessage(tr("Saved %1").arg(path));
    }
}

QImage CompareView::histogramRegion(QString* what) const
{
    const CompareTile* tile = m_canvas->tile(m_canvas->selected());
    if (!tile || tile->image.isNull()) tile = m_canvas->tile(QStringLiteral("clean"));
    if (!tile || tile->image.isNull()) return {};
    // The picture of the step shown, in the channel shown; never the difference map's colours.
    QImage image = tile->image;
    if (const int k = m_state.stateIndex(int(tile->states.size())); k >= 0) image = tile->states[k];
    const QRect visible = m_canvas->visibleImageRect().intersected(image.rect());
    if (visible.isEmpty()) return {};
    if (what)
        *what = tr("%1 · %2 · x %3–%4, y %5–%6")
                    .arg(tile->caption, channelName(m_state.channel))
                    .arg(visible.left())
                    .arg(visible.right())
                    .arg(visible.top())
                    .arg(visible.bottom());
    return channelImage(image.copy(visible), m_state.channel); // the part on screen only: a photo may be 16 MP
}

void CompareView::updateHistogram()
{
    QString what;
    const QImage region = histogramRegion(&what);
    m_histogram->setRegion(region, what);
}

} // namespace dddg
