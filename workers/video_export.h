#pragma once
// MP4 export of a sequence of frames (OpenCV videoio, codec mp4v).
#include "result.h"

#include <QImage>
#include <QVector>

#include <string>

namespace dddg {

/// Writes `frames` (all scaled to the first frame's size) as an MP4 at `fps` frames/s.
/// An Error when the build has no OpenCV, the frames are empty or the file can't be written.
Status writeVideo(const std::string& path, const QVector<QImage>& frames, int fps);

} // namespace dddg
