// The rules' French messages shown in red under the field they name, and cleared on the next try.
#pragma once

#include "domain/Rules.h"

#include <QString>
#include <map>
#include <string>

class QFormLayout;
class QLabel;
class QWidget;

namespace parcours::ui {

class FieldErrors {
public:
    // A red label under `field` in `form` for the violations named `name` (interchange column).
    void add(QFormLayout* form, QWidget* field, const std::string& name);
    // One more label for violations no field takes (placed by the caller).
    QLabel* general(QWidget* parent);
    void show(const Violations& violations);
    void clear();
    // The text shown for `name` ("" when none), for tests.
    QString text(const std::string& name) const;
    QLabel* label(const std::string& name) const;

private:
    std::map<std::string, QLabel*> m_labels;
    QLabel* m_general = nullptr;
};

} // namespace parcours::ui
