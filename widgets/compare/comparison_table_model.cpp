#include "comparison_table_model.h"

#include <QFont>

#include <limits>

namespace dddg {

namespace {
bool competes(const CompareResult& r) { return r.isOk() && r.method != QLatin1String("input"); }

/// The value a column compares by, oriented so that larger is better.
double merit(const CompareResult& r, int column)
{
    switch (column) {
    case ComparisonTableModel::Psnr: return r.psnr;
    case ComparisonTableModel::Ssim: return r.ssim;
    case ComparisonTableModel::Nfe: return -double(r.nfe);
    case ComparisonTableModel::Seconds: return -r.seconds;
    default: return 0;
    }
}

bool ranked(int column)
{
    return column == ComparisonTableModel::Psnr || column == ComparisonTableModel::Ssim || column == ComparisonTableModel::Nfe ||
           column == ComparisonTableModel::Seconds;
}

QString csvField(QString text)
{
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n')))
        return QLatin1Char('"') + text.replace(QLatin1String("\""), QLatin1String("\"\"")) + QLatin1Char('"');
    return text;
}
} // namespace

ComparisonTableModel::ComparisonTableModel(QObject* parent) : QAbstractTableModel(parent) {}

int ComparisonTableModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int ComparisonTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ComparisonTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) return {};
    const CompareResult& r = m_rows[index.row()];
    const int column = index.column();
    const bool numbers = r.isOk();
    const bool best = ranked(column) && bestRow(Column(column)) == index.row();
    if (role == SortRole) {
        if (column == Method) return r.method;
        if (column == Model) return r.isOk() ? r.model : r.note;
        if (!numbers) return -std::numeric_limits<double>::infinity();
        if (column == Images) return r.n;
        return column == Nfe ? double(r.nfe) : column == Seconds ? r.seconds : merit(r, column);
    }
    if (role == BestRole) return best;
    if (role == Qt::FontRole && best) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::TextAlignmentRole && column != Method && column != Model) return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) return r.note.isEmpty() ? r.model : r.note;
    if (role != Qt::DisplayRole) return {};
    const QString star = best ? QStringLiteral("★ ") : QString();
    switch (column) {
    case Method: return r.method;
    case Psnr: return numbers ? star + QString::number(r.psnr, 'f', 2) : r.status;
    case Ssim: return numbers ? star + QString::number(r.ssim, 'f', 4) : QString();
    case Nfe: return numbers ? star + QString::number(r.nfe) : QString();
    case Seconds: return numbers ? star + QString::number(r.seconds, 'f', 2) : QString();
    case Images: return numbers ? QString::number(r.n) : QString();
    case Model: return !numbers ? r.note : r.note.isEmpty() ? r.model : QStringLiteral("⚠ %1 · %2").arg(r.note, r.model);
    default: return {};
    }
}

QVariant ComparisonTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case Method: return tr("Method");
    case Psnr: return tr("PSNR (dB)");
    case Ssim: return tr("SSIM");
    case Nfe: return tr("NFE");
    case Seconds: return tr("Time (s)");
    case Images: return tr("Images");
    case Model: return tr("Model / note");
    default: return {};
    }
}

void ComparisonTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void ComparisonTableModel::setResult(const CompareResult& result)
{
    const int row = rowOf(result.method);
    if (row >= 0) {
        m_rows[row] = result;
    } else {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
        m_rows.push_back(result);
        endInsertRows();
    }
    // A new value can move the best mark of any column.
    if (!m_rows.isEmpty()) emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int ComparisonTableModel::rowOf(const QString& method) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].method == method) return i;
    return -1;
}

int ComparisonTableModel::bestRow(Column column) const
{
    int best = -1;
    for (int i = 0; i < m_rows.size(); ++i)
        if (competes(m_rows[i]) && (best < 0 || merit(m_rows[i], column) > merit(m_rows[best], column))) best = i;
    return best;
}

QString CompareRunContext::text() const
{
    bool numbered = false;
    level.toInt(&numbered); // a level t; "×4" and "drawn mask" read as they are
    const QString damage = degradation == QLatin1String("noise") ? QStringLiteral("noise σ=%1").arg(level)
                           : numbered                           ? QStringLiteral("%1 t=%2").arg(degradation, level)
                                                                : QStringLiteral("%1 %2").arg(degradation, level);
    return QStringLiteral("%1 · %2 · seed %3").arg(image, damage).arg(seed);
}

QString ComparisonTableModel::toCsv(const CompareRunContext& run) const
{
    QString out = QStringLiteral("method,psnr,ssim,psnr_std,ssim_std,nfe,wall_s,n,status,model,image,degradation,level,seed\n");
    const QString context = csvField(run.image) + QLatin1Char(',') + csvField(run.degradation) + QLatin1Char(',') + csvField(run.level) +
                            QLatin1Char(',') + QString::number(run.seed);
    for (const auto& r : m_rows) {
        const bool ok = r.isOk();
        out += csvField(r.method) + QLatin1Char(',') + (ok ? QString::number(r.psnr, 'f', 4) : QString()) + QLatin1Char(',') +
               (ok ? QString::number(r.ssim, 'f', 5) : QString()) + QLatin1Char(',') + (ok ? QString::number(r.psnrStd, 'f', 4) : QString()) +
               QLatin1Char(',') + (ok ? QString::number(r.ssimStd, 'f', 5) : QString()) + QLatin1Char(',') + QString::number(r.nfe) +
               QLatin1Char(',') + QString::number(r.seconds, 'f', 3) + QLatin1Char(',') + QString::number(r.n) + QLatin1Char(',') +
               r.status + QLatin1Char(',') + csvField(ok ? r.model : r.note) + QLatin1Char(',') + context + QLatin1Char('\n');
    }
    return out;
}

} // namespace dddg
