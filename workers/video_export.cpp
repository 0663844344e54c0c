#include "video_export.h"

#ifdef DDDG_HAVE_OPENCV
#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>
#endif

#include <filesystem>

namespace dddg {

Status writeVideo(const std::string& path, const QVector<QImage>& frames, int fps)
{
#ifdef DDDG_HAVE_OPENCV
    if (frames.isEmpty() || frames.front().isNull()) return makeError("no frames to write to " + path);
    // Encoders want even sides; keep the first frame's size for all.
    const int w = frames.front().width() & ~1, h = frames.front().height() & ~1;
    cv::VideoWriter writer(path, cv::VideoWriter::fourcc('m', 'p', '4', 'v'), std::max(1, fps), cv::Size(w, h), true);
    if (!writer.isOpened()) return makeError("cannot write video " + path + " (no MP4 encoder, or the folder is not writable)");
    for (const QImage& frame : frames) {
        QImage rgb = frame.scaled(w, h, Qt::IgnoreAspectRatio, Qt::FastTransformation).convertToFormat(QImage::Format_RGB888);
        cv::Mat view(h, w, CV_8UC3, const_cast<uchar*>(rgb.constBits()), size_t(rgb.bytesPerLine()));
        cv::Mat bgr;
        cv::cvtColor(view, bgr, cv::COLOR_RGB2BGR);
        writer.write(bgr);
    }
    writer.release();
    std::error_code ec;
    if (std::filesystem::file_size(path, ec) == 0 || ec) return makeError("the video encoder wrote nothing to " + path);
    return {};
#else
    (void)frames;
    (void)fps;
    return makeError("this build has no video support (built without OpenCV); cannot write " + path);
#endif
}

} // namespace dddg
