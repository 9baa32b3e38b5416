// The errors of a refused import (those kept) as a table: file, line, column, message.
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
    // The errors kept as `file:line: column: message`, one a line, then how many others there
    // are, as parcours-cli prints them.
    QString text() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ImportErrors m_errors;
};

} // namespace parcours::ui
