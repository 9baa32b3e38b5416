// One QDialog with a form per turn, built by FormDialog.
#include "ui/participant/PathwayTurnDialogs.h"

#include "domain/NafSections.h"
#include "ui/common/CoreConversions.h"
#include "ui/participant/FileLabels.h"
#include "ui/participant/FilePanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace parcours::ui {

namespace {

class FormDialog : public QDialog {
public:
    FormDialog(QWidget* parent, const QString& title) : QDialog(parent), m_form(new QFormLayout)
    {
        setWindowTitle(title);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        buttons->button(QDialogButtonBox::Ok)->setText(QDialog::tr("&Save"));
        buttons->button(QDialogButtonBox::Cancel)->setText(QDialog::tr("Cancel"));
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        auto* layout = new QVBoxLayout(this);
        layout->addLayout(m_form);
        layout->addWidget(buttons);
    }

    template <typename W>
    W* add(const QString& label, W* widget)
    {
        widget->setParent(this);
        m_form->addRow(label, widget);
        return widget;
    }

    QDateEdit* date(const QString& label, const Date& initial)
    {
        QDateEdit* edit = add(label, FilePanel::dateEdit(nullptr));
        edit->setDate(toQDate(initial));
        return edit;
    }

private:
    QFormLayout* m_form;
};

template <typename E>
E chosen(const QComboBox* combo)
{
    return static_cast<E>(combo->currentData().toInt());
}

} // namespace

std::optional<DatedText> askDatedText(QWidget* parent, const QString& title, const QString& dateLabel,
                                      const QString& textLabel, const Date& initial)
{
    FormDialog dialog(parent, title);
    QDateEdit* date = dialog.date(dateLabel, initial);
    QLineEdit* text = dialog.add(textLabel, new QLineEdit);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return DatedText{toDate(date->date()), text->text().trimmed()};
}

std::optional<Date> askDate(QWidget* parent, const QString& title, const QString& dateLabel, const Date& initial)
{
    FormDialog dialog(parent, title);
    QDateEdit* date = dialog.date(dateLabel, initial);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return toDate(date->date());
}

std::optional<Hire> askHire(QWidget* parent, const Date& initial)
{
    FormDialog dialog(parent, QDialog::tr("Hire"));
    QDateEdit* date = dialog.date(QDialog::tr("Hired &on:"), initial);
    auto* contract = dialog.add(QDialog::tr("&Contract:"), new QComboBox);
    fillCombo<ContractType>(contract, &FileLabels::contractType);
    auto* category = dialog.add(QDialog::tr("Employer &category:"), new QComboBox);
    fillCombo<EmployerCategory>(category, &FileLabels::employerCategory);
    auto* naf = dialog.add(QDialog::tr("&Sector (NAF):"), new QComboBox);
    for (char section = 'A'; section <= 'U'; ++section)
        naf->addItem(QString(QLatin1Char(section)) + QStringLiteral(" — ")
                         + toQString(std::string(nafSectionName(section))),
                     QString(QLatin1Char(section)));
    // Typed words find the section anywhere in its name: « santé », « commerce »…
    naf->setEditable(true);
    naf->setInsertPolicy(QComboBox::NoInsert);
    naf->completer()->setCompletionMode(QCompleter::PopupCompletion);
    naf->completer()->setFilterMode(Qt::MatchContains);
    naf->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    auto* employer = dialog.add(QDialog::tr("&Employer:"), new QLineEdit);
    auto* contact = dialog.add(QDialog::tr("Person to ca&ll:"), new QLineEdit);
    contact->setPlaceholderText(QDialog::tr("Name and phone, for the follow-up calls"));
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    Hire hire;
    hire.hireDate = toDate(date->date());
    hire.contract = chosen<ContractType>(contract);
    hire.employer = chosen<EmployerCategory>(category);
    const int index = naf->findText(naf->currentText());
    hire.nafSection = (index >= 0 ? naf->itemData(index) : naf->itemData(0)).toString().toLatin1().at(0);
    hire.employerName = employer->text().trimmed().toStdString();
    hire.employerContact = contact->text().trimmed().toStdString();
    return hire;
}

std::optional<ExitChoice> askExit(QWidget* parent, const Date& initial)
{
    FormDialog dialog(parent, QDialog::tr("Exit"));
    QDateEdit* date = dialog.date(QDialog::tr("Exit &on:"), initial);
    auto* reason = dialog.add(QDialog::tr("&Reason:"), new QComboBox);
    for (const ExitReason value : allValues<ExitReason>()) {
        if (value != ExitReason::EmploiDurable)
            reason->addItem(FileLabels::exitReason(value), static_cast<int>(value));
    }
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return ExitChoice{toDate(date->date()), chosen<ExitReason>(reason)};
}

std::optional<SituationAtEntry> askSituation(QWidget* parent, const SituationAtEntry& current)
{
    FormDialog dialog(parent, QDialog::tr("Situation at entry"));
    auto* education = dialog.add(QDialog::tr("&Education:"), new QComboBox);
    fillCombo<EducationLevel>(education, &FileLabels::education);
    education->setCurrentIndex(education->findData(static_cast<int>(current.education)));
    auto* rsa = dialog.add(QString(), new QCheckBox(QDialog::tr("&RSA")));
    rsa->setChecked(current.rsa);
    auto* deld = dialog.add(QString(), new QCheckBox(QDialog::tr("Long-term job seeker (&DELD)")));
    deld->setChecked(current.deld);
    auto* rqth = dialog.add(QString(), new QCheckBox(QDialog::tr("Recognised disabled worker (RQ&TH)")));
    rqth->setChecked(current.rqth);
    auto* other = dialog.add(QString(), new QCheckBox(QDialog::tr("&Other difficulty")));
    other->setChecked(current.otherDifficulty);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    SituationAtEntry situation;
    situation.education = chosen<EducationLevel>(education);
    situation.rsa = rsa->isChecked();
    situation.deld = deld->isChecked();
    situation.rqth = rqth->isChecked();
    situation.otherDifficulty = other->isChecked();
    return situation;
}

std::optional<PlannedAction> askPlannedAction(QWidget* parent, const Date& initial)
{
    FormDialog dialog(parent, QDialog::tr("Plan an action"));
    QDateEdit* date = dialog.date(QDialog::tr("&Date:"), initial);
    auto* kind = dialog.add(QDialog::tr("&Kind:"), new QComboBox);
    fillCombo<ActionKind>(kind, &FileLabels::actionKind);
    auto* note = dialog.add(QDialog::tr("&Note:"), new QPlainTextEdit);
    note->setTabChangesFocus(true);
    note->setFixedHeight(note->fontMetrics().lineSpacing() * 3 + 12);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    PlannedAction action;
    action.date = toDate(date->date());
    action.kind = chosen<ActionKind>(kind);
    action.note = note->toPlainText().trimmed().toStdString();
    return action;
}

} // namespace parcours::ui
