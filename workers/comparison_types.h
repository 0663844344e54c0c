#pragma once
// Value types between the comparison panel and its worker (queued signals): what the user
// chose, the degraded input, the methods on offer, and one result per method.
#include <QImage>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

namespace dddg {

/// The input and its damage. `source` is "dataset" (test image `index`), "file" (`path`) or
/// "image" (a pasted or dropped picture in `image`, called `imageName`).
struct CompareSetup {
    QString dataset = QStringLiteral("fashion-mnist");
    QString dataDir;
    QString source = QStringLiteral("dataset");
    int index = 0;
    QString path;
    QImage image;
    QString imageName;
    bool ownSize = true; ///< a file or pasted picture at its own size and colour (else brought to the frame)
    QString degradation = QStringLiteral("noise"); ///< noise, blur, pool, sr or inpaint
    double sigma = 25;
    int level = 3;           ///< blur/pool: t of reduce_info; inpaint: the fading step
    int factor = 4;          ///< sr: ×2, ×4 or ×8
    double sigmaY = 0;       ///< the operators' measurement noise (0–255 scale)
    bool quantize = false;   ///< the measurement rounded to 8 bits
    QImage mask;             ///< inpaint: a mask drawn in the view (grey, white = missing); null = the fading schedule
    quint64 seed = 0;
};

struct CompareInput {
    quint64 stamp = 0;
    QImage clean, degraded;
    double psnr = 0, ssim = 0; ///< of the degraded input: the floor every method must beat
    QString source;            ///< "fashion-mnist test #7 (Sneaker)", a file name, …
    QString note;              ///< how a user's image was brought to the model frame
    bool isValid() const { return !clean.isNull(); }
};

/// One registered method as the checklist shows it.
struct CompareMethod {
    QString name, summary, family;
    int nfe = 0;
    double estimateSeconds = 0; ///< per image; measured in this session once it has run
    double firstUseSeconds = 0; ///< once, before its first image (tuning, loading); 0 once measured
    bool measured = false;      ///< the estimate comes from a run, not from the NFE
    bool available = false;
    QString reason;             ///< why not: does not apply, or which command trains its model
    bool iterative = false;     ///< has intermediate states to scrub
};

struct CompareRunRequest {
    quint64 stamp = 0;
    CompareSetup setup;
    QStringList methods;
    int batch = 0;          ///< 0: the chosen image; N: test images 0 … N−1 (as `dddg compare --n N`)
    int dipIterations = 0;  ///< 0 = DIP's default budget
    int keepStates = 24;
};

/// One row of a comparison: a method's numbers, its picture and its intermediate states.
struct CompareResult {
    quint64 stamp = 0;
    QString method;
    QString status = QStringLiteral("ok"); ///< ok, n/a, skipped, cancelled, failed
    QString note, model;
    double psnr = 0, ssim = 0;             ///< mean over the run's images
    double psnrStd = 0, ssimStd = 0;
    double tilePsnr = 0, tileSsim = 0;     ///< of the image shown (the first one of a batch)
    int nfe = 0, n = 0;
    double seconds = 0;
    QImage image;
    QImage reference;                      ///< the input row only: the clean image shown
    QVector<QImage> states;
    QStringList stateLabels;
    QVector<double> statePsnr, stateSsim;  ///< of each state against the clean image shown
    bool isOk() const { return status == QLatin1String("ok"); }
};

} // namespace dddg

Q_DECLARE_METATYPE(dddg::CompareSetup)
Q_DECLARE_METATYPE(dddg::CompareInput)
Q_DECLARE_METATYPE(dddg::CompareMethod)
Q_DECLARE_METATYPE(dddg::CompareResult)
Q_DECLARE_METATYPE(dddg::CompareRunRequest)
