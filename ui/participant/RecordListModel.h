// A read-only table of stored records (barriers, steps, contacts): one row per record, its id under Qt::UserRole.
#pragma once

#include "domain/RecordIdentity.h"

#include <QAbstractTableModel>
#include <QStringList>
#include <vector>

namespace parcours::ui {

class RecordListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    struct Row {
        RowId id = 0;
        QStringList cells;
        bool muted = false; // shown greyed: a lifted barrier, a closed step
    };

    explicit RecordListModel(QStringList headers, QObject* parent = nullptr);

    void setRows(std::vector<Row> rows);
    RowId idAt(int row) const;
    int rowOf(RowId id) const; // -1 when absent

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    std::vector<Row> m_rows;
};

} // namespace parcours::ui
