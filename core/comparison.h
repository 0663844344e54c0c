#pragma once
// One comparison run (design §9): the same clean images, one degradation, one seed, every
// chosen method through the registry; per-method PSNR/SSIM against the clean images. The
// `dddg compare` command and the comparison panel both run it.
#include "method_registry.h"
#include "own_size_restoration.h"
#include "restoration.h"

#include <functional>
#include <string>
#include <vector>

namespace dddg {

enum class RowStatus { Ok, NotApplicable, Skipped, Cancelled, Failed };

struct ComparisonRow {
    std::string method;          ///< "input" for the floor row
    RowStatus status = RowStatus::Ok;
    std::string note;            ///< why n/a, skipped or failed
    std::string model;           ///< the model file's label, or a tuned setting
    double psnr = 0, ssim = 0, psnrStd = 0, ssimStd = 0;
    int64_t nfe = 0;
    double wallSeconds = 0;
    int64_t n = 0;
    torch::Tensor restored;      ///< [n, C, H, W] clipped, CPU
    torch::Tensor psnrPerImage, ssimPerImage;
    std::vector<torch::Tensor> states;
    std::vector<std::string> stateLabels;
    double imagesPerSecond() const { return wallSeconds > 0 ? double(n) / wallSeconds : 0; }
};

struct ComparisonSettings {
    DegradationSpec spec;
    std::vector<std::string> methods; ///< registry names, in table order
    RestoreOptions restore;           ///< seed, states kept, DIP budget
    int64_t batch = 100;              ///< images per restore() call
    /// The models' frame. Images of another size or colour are restored one by one at their
    /// own size (own_size_restoration.h); size 0: the images are in the frame.
    ModelFrame frame{0, 0};
};

struct ComparisonCallbacks {
    std::function<void(const std::string& method)> onMethodStarted;
    std::function<void(const std::string& method, double fraction)> onProgress;
    std::function<void(const ComparisonRow& row)> onRow; ///< as each method finishes
    const std::atomic<bool>* cancel = nullptr;
};

/// Scores `restored` against `clean` into row fields (mean and std of PSNR and SSIM).
void scoreRow(ComparisonRow& row, const torch::Tensor& restored, const torch::Tensor& clean);

/// The input floor row, then one row per method. `degraded` is applyDegradation(clean, spec,
/// seed), made once by the caller; the methods come from `methods` (made once, kept between
/// runs); those missing a model are Skipped, those that do not apply NotApplicable.
std::vector<ComparisonRow> runComparison(const torch::Tensor& clean, const torch::Tensor& degraded, const ComparisonSettings& settings,
                                         MethodSet& methods, const ComparisonCallbacks& callbacks = {});

/// Why `method` cannot restore `spec` on a picture outside the models' frame ("" when it can):
/// a mask or pool grid belongs to the whole picture, so tiles and shrunk copies would each see
/// another. Checked before a run, so such a row is n/a, not a failure.
std::string ownSizeLimit(const std::string& method, const DegradationSpec& spec);
/// Whether images [B, C, H, W] are outside `frame` (restored at their own size).
bool isOwnSize(const torch::Tensor& images, const ModelFrame& frame);

/// results.csv: method,psnr,ssim,psnr_std,ssim_std,nfe,wall_s,images_per_s,n,degradation,level,model,
/// then the measurement's sigma_y, quantized (1/0) and mask file (empty for noise).
std::string comparisonCsv(const std::vector<ComparisonRow>& rows, const DegradationSpec& spec);
/// results.md: the settings, then the table best PSNR first (n/a and skipped rows last).
std::string comparisonMarkdown(const std::vector<ComparisonRow>& rows, const DegradationSpec& spec, const std::string& settingsText);

} // namespace dddg
