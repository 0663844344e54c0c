#pragma once
// Value types that cross from the explorer engine's thread to the GUI: images, numbers and
// latent codes, never tensors (style guide habit 9). All are registered metatypes so they
// travel through queued signals.
#include "latent_code.h"

#include <QImage>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

namespace dddg {

/// What the GUI needs to know about the loaded model.
struct ModelInfo {
    QString source;       ///< file path, or ":/…" for the embedded model
    QString displayName;  ///< short name for title and status bar
    QString hash;         ///< content hash of the checkpoint file (labels exports)
    QString dataset;      ///< dataset it was trained on
    QString device;
    QString degradation;  ///< "blur" or "pool"
    int tMax = 0;
    int dz = 0;
    int numClasses = 0;
    int channels = 1;
    int imageSize = 32;
    qint64 step = 0;      ///< training cycles done
    qint64 encoderTuningSteps = 0; ///< steps of `dddg tune-encoder` (0: the encoder of GAN training)
    qint64 parameters = 0;
    QVector<double> sigmas;   ///< blur σ_t for t = 0..t_max (0 where no blur)
    QVector<float> scales;    ///< s_t, row-major [t_max][d_z]
    QStringList classNames;

    bool isValid() const { return tMax > 0; }
    float scale(int t, int i) const { return scales.value(t * dz + i); }
};

/// The images of a dataset split the GUI can pick references from.
struct DatasetInfo {
    QString name;
    int size = 0;
    int numClasses = 0;
    QStringList classNames;
    int channels = 1;   ///< the frame the images were loaded in
    int imageSize = 32;
    QStringList notes;  ///< what the load wants the user to know ("3 files skipped (first: …)")
};

/// A real image and its forward degradation reduce_info(x, t), t = 0..t_max.
struct ReferenceFrames {
    quint64 stamp = 0;
    QString source; ///< "fashion-mnist test #12" or a file path
    int label = -1;
    QImage image;
    QVector<QImage> forward; ///< t_max + 1 images
    bool isValid() const { return !image.isNull(); }
};

/// A rendered trajectory of a batch: x'_t for t = 0..t_max and x_norm_t for t = 1..t_max.
struct TrajectoryFrames {
    quint64 stamp = 0;
    int tMax = 0;
    int batch = 0;
    QVector<QImage> xPrime;      ///< [(t_max+1)·batch], index t·batch + b
    QVector<QImage> xNorm;       ///< [t_max·batch], index (t−1)·batch + b
    QVector<LatentCode> codes;   ///< one per row
    QVector<double> psnr, ssim;  ///< [(t_max+1)·batch] against the reference at t; empty without one
    int recomputedFrom = 0;      ///< first generator step that was computed (the rest came from cache)
    double computeMs = 0;        ///< time the engine spent on it

    bool isValid() const { return batch > 0 && xPrime.size() == (tMax + 1) * batch; }
    QImage statePrime(int t, int b) const { return xPrime.value(t * batch + b); }
    QImage stateNorm(int t, int b) const { return t >= 1 ? xNorm.value((t - 1) * batch + b) : QImage(); }
    double psnrAt(int t, int b) const { return psnr.value(t * batch + b, qQNaN()); }
    double ssimAt(int t, int b) const { return ssim.value(t * batch + b, qQNaN()); }
};

/// Encoder-only and refined inversions of the reference image.
struct InversionOutcome {
    quint64 stamp = 0;
    QString source;
    bool cancelled = false;
    int refineSteps = 0;
    TrajectoryFrames encoder; ///< batch 1, reconstruction from the encoder's latents
    TrajectoryFrames refined; ///< batch 1, after step-wise refinement (= encoder when 0 steps)
    double psnrEncoder = 0, ssimEncoder = 0, psnrRefined = 0, ssimRefined = 0;
    double elapsedMs = 0;
};

/// Dataset thumbnails for the picker.
struct ThumbnailPage {
    int start = 0;
    QVector<QImage> images;
    QVector<int> labels;
};

/// Asks for a timeline: `batch` samples from `seed` (or the given codes when not empty).
struct TimelineRequest {
    quint64 stamp = 0;
    quint64 seed = 0;
    int batch = 4;
    int classLabel = -1; ///< −1: classes drawn from the seed (conditional models)
    bool invertReference = false; ///< row 0 = the encoder's inversion of the real image
    QVector<LatentCode> codes;
};

/// Keep the current timeline up to x'_k, draw new latents for steps ≥ k from `seed`.
struct BranchRequest {
    quint64 stamp = 0;
    int k = 0;
    quint64 seed = 0;
};

/// Render one code (batch 1); reuses the cached trajectory before the first edited step.
struct CodeRequest {
    quint64 stamp = 0;
    LatentCode code;
};

} // namespace dddg

Q_DECLARE_METATYPE(dddg::ModelInfo)
Q_DECLARE_METATYPE(dddg::DatasetInfo)
Q_DECLARE_METATYPE(dddg::ReferenceFrames)
Q_DECLARE_METATYPE(dddg::TrajectoryFrames)
Q_DECLARE_METATYPE(dddg::InversionOutcome)
Q_DECLARE_METATYPE(dddg::ThumbnailPage)
Q_DECLARE_METATYPE(dddg::LatentCode)
