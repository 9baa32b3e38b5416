// The errors of a refused import as a table: file, line, column, message.
#pragma once

#include "interchange/ImportError.h"

#include <QAbstractTableModel>

namespace parcours::ui {

class ImportErrorModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { File, Line, Field, Message, ColumnCount };

    explicit ImportErrorModel(QObject* parent = nullptr);

    void setErrors(ImportErrors errors);
    // Every error as `file:line: column: message`, one a line, as parcours-cli prints them.
    QString text() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ImportErrors m_errors;
};

} // namespace parcours::ui
