// A read-only table of stored records (barriers, steps, contacts): one row per record, its id under Qt::UserRole.
#pragma once

#include "domain/RecordIdentity.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QPalette>
#include <QStringList>
#include <vector>

namespace parcours::ui {

class RecordListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    struct Row {
        RowId id = 0;
        QStringList cells;
        bool muted = false; // shown muted, yet readable: a lifted barrier, a closed step
    };

    explicit RecordListModel(QStringList headers, QObject* parent = nullptr);

    // The colour of a muted row on `palette`: lighter than the text, but with a contrast of at
    // least 4.5:1 against the background (WCAG AA), never the disabled light grey.
    static QColor mutedTextColor(const QPalette& palette);
    // WCAG's contrast ratio of two colours, from 1 (the same) to 21 (black on white).
    static double contrastRatio(const QColor& a, const QColor& b);

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
