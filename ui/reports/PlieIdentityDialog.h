// The PLIE's name and code, asked before its consolidation is saved when they are not set: the
// national network adds up each PLIE once, and tells them apart by code (or by name).
#pragma once

#include "domain/PlieSettings.h"

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace parcours::ui {

class PlieIdentityDialog : public QDialog {
    Q_OBJECT

public:
    explicit PlieIdentityDialog(const PlieSettings& current, QWidget* parent = nullptr);

    // The name and code typed, trimmed.
    PlieSettings identity() const;

private:
    QLineEdit* m_name;
    QLineEdit* m_code;
    QPushButton* m_ok;
};

} // namespace parcours::ui
