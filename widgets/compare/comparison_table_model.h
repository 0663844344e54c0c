#pragma once
// The comparison's numbers as a table: one row per method (the input floor first), PSNR,
// SSIM, NFE, time, images, model. The best value of each numeric column is marked (★, bold):
// highest PSNR and SSIM, fewest NFE, least time; the input row and rows without numbers
// never win. Sorting goes through Qt::UserRole (numbers, n/a rows last).
#include "comparison_types.h"

#include <QAbstractTableModel>

namespace dddg {

/// What a table's numbers were measured on: the CSV's last columns, the exported grid's header.
struct CompareRunContext {
    QString image;        ///< "fashion-mnist test #7 (Sneaker)", a file, or "test images 0…99"
    QString degradation;  ///< noise, blur, pool, sr or inpaint, with " σy=S" and " 8-bit" when the measurement has them
    QString level;        ///< σ on the 0–255 scale for noise, "×4" for sr, "drawn mask", else the level t
    quint64 seed = 0;
    /// "fashion-mnist test #7 (Sneaker) · noise σ=25 · seed 0"
    QString text() const;
};

class ComparisonTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Method, Psnr, Ssim, Nfe, Seconds, Images, Model, ColumnCount };
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int BestRole = Qt::UserRole + 1;

    explicit ComparisonTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void clear();
    /// Adds a method's row, or replaces the row of the same method.
    void setResult(const CompareResult& result);
    const QVector<CompareResult>& results() const { return m_rows; }
    int rowOf(const QString& method) const;
    /// The row holding the best value of `column`, or −1 (no method has numbers yet).
    int bestRow(Column column) const;
    /// method,psnr,ssim,psnr_std,ssim_std,nfe,wall_s,n,status,model — as results.csv orders
    /// them — then image,degradation,level,seed of `run`.
    QString toCsv(const CompareRunContext& run = {}) const;

private:
    QVector<CompareResult> m_rows;
};

} // namespace dddg
