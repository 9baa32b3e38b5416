// The words of the participant file for the domain's coded values, and the subtypes each step type offers.
#pragma once

#include "domain/Codes.h"

#include <QCoreApplication>
#include <QString>
#include <vector>

class QComboBox;

namespace parcours::ui {

class FileLabels {
    Q_DECLARE_TR_FUNCTIONS(FileLabels)

public:
    static QString sex(Sex value);
    static QString education(EducationLevel value);
    static QString stepType(StepType value);
    static QString stepSubtype(StepSubtype value);
    static QString barrierCategory(BarrierCategory value);
    static QString barrierStatus(BarrierStatus value);
    static QString contactMode(ContactMode value);
    static QString exitReason(ExitReason value);
    static QString contractType(ContractType value);
    static QString employerCategory(EmployerCategory value);
    static QString actionKind(ActionKind value);
};

// The subtypes a step of `type` may have: the IAE ones, the formation ones, or none.
std::vector<StepSubtype> subtypesOf(StepType type);

// Fills `combo` with every value of E, labelled by `label`, the enumerator as item data.
template <typename E>
void fillCombo(QComboBox* combo, QString (*label)(E));

} // namespace parcours::ui

#include <QComboBox>

template <typename E>
void parcours::ui::fillCombo(QComboBox* combo, QString (*label)(E))
{
    combo->clear();
    for (const E value : allValues<E>())
        combo->addItem(label(value), static_cast<int>(value));
}
