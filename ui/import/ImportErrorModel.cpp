// The errors of a refused import as a table: file, line, column, message.
#include "ui/import/ImportErrorModel.h"

#include "ui/common/CoreConversions.h"

namespace parcours::ui {

ImportErrorModel::ImportErrorModel(QObject* parent) : QAbstractTableModel(parent) {}

void ImportErrorModel::setErrors(ImportErrors errors)
{
    beginResetModel();
    m_errors = std::move(errors);
    endResetModel();
}

QString ImportErrorModel::text() const
{
    QString text;
    for (const ImportError& error : m_errors)
        text += toQString(error.text()) + u'\n';
    if (m_errors.unlisted() > 0)
        text += toQString(m_errors.unlistedText()) + u'\n';
    return text;
}

int ImportErrorModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_errors.size());
}

int ImportErrorModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportErrorModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportError& error = m_errors[static_cast<std::size_t>(index.row())];
    if (role == Qt::TextAlignmentRole && index.column() == Line)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role == Qt::ToolTipRole && index.column() == Message)
        return toQString(error.message); // a long message is cut by the column
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case File: return toQString(error.file);
    case Line: return error.line > 0 ? QVariant(error.line) : QVariant(); // 0: about the whole file
    case Field: return toQString(error.column);
    case Message: return toQString(error.message);
    default: return {};
    }
}

QVariant ImportErrorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case File: return tr("File");
    case Line: return tr("Line");
    case Field: return tr("Column");
    case Message: return tr("Problem");
    default: return {};
    }
}

} // namespace parcours::ui
