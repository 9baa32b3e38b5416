// Creating a participant and opening their pathway through core's createParticipant (one transaction), after warning of probable duplicates.
#include "ui/participant/NewParticipantDialog.h"

#include "store/DuplicateSearch.h"
#include "store/ReferentRepository.h"
#include "ui/backup/DamageNotice.h"
#include "ui/common/CoreConversions.h"
#include "ui/common/DomainLabels.h"
#include "ui/common/MessageBox.h"
#include "ui/common/StoreReads.h"
#include "ui/common/WaitCursor.h"
#include "ui/participant/FileLabels.h"
#include "ui/participant/FilePanel.h"
#include "usecases/ParticipantCases.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QSettings>
#include <QShortcut>
#include <QVBoxLayout>

namespace parcours::ui {

namespace {

// The référent.e of the last participant created, offered the next time.
const QString kLastReferentKey = QStringLiteral("newParticipant/lastReferent");

std::string trimmed(const QLineEdit* line)
{
    return line->text().trimmed().toStdString();
}

} // namespace

NewParticipantDialog::NewParticipantDialog(parcours::Database& db, const parcours::Clock& clock,
                                           const QString& referent, QWidget* parent)
    : QDialog(parent), m_db(db), m_clock(clock)
{
    setWindowTitle(tr("New participant"));

    m_lastName = new QLineEdit(this);
    m_firstName = new QLineEdit(this);
    // No default: a birth date and a sex are entered on purpose, never left as offered.
    m_birthDate = new QLineEdit(this);
    m_birthDate->setInputMask(QStringLiteral("00/00/0000;_"));
    m_birthDate->setToolTip(tr("Day, month and year: 14/09/1988"));
    m_sex = new QComboBox(this);
    fillCombo<Sex>(m_sex, &FileLabels::sex);
    m_sex->setPlaceholderText(tr("Choose…"));
    m_sex->setCurrentIndex(-1);
    m_postcode = new QLineEdit(this);
    m_postcode->setMaxLength(5);
    m_city = new QLineEdit(this);
    m_qpv = new QCheckBox(tr("Lives in a priority neighbourhood (QPV)"), this);
    m_phone = new QLineEdit(this);
    m_email = new QLineEdit(this);
    m_franceTravailId = new QLineEdit(this);

    m_referent = new QComboBox(this);
    m_referent->setEditable(true);
    for (const Referent& r : ReferentRepository(db, clock).all())
        m_referent->addItem(toQString(r.name), QVariant::fromValue(r.record.id));
    m_referent->setCurrentIndex(-1); // chosen on purpose, never the first of the list by default
    for (const QString& wanted : {referent, QSettings().value(kLastReferentKey).toString()}) {
        if (const int index = wanted.isEmpty() ? -1 : m_referent->findText(wanted); index >= 0) {
            m_referent->setCurrentIndex(index);
            break;
        }
    }
    m_entryDate = FilePanel::dateEdit(this);
    m_entryDate->setDate(toQDate(clock.today()));
    m_education = new QComboBox(this);
    fillCombo<EducationLevel>(m_education, &FileLabels::education);
    m_rsa = new QCheckBox(tr("Receives the RSA"), this);
    m_deld = new QCheckBox(tr("Long-term unemployed (DELD)"), this);
    m_rqth = new QCheckBox(tr("Recognised as disabled worker (RQTH)"), this);
    m_otherDifficulty = new QCheckBox(tr("Other difficulty"), this);

    auto* identity = new QGroupBox(tr("Identity"), this);
    auto* form = new QFormLayout(identity);
    form->addRow(tr("&Last name:"), m_lastName);
    m_errors.add(form, m_lastName, "last_name");
    form->addRow(tr("&First name:"), m_firstName);
    m_errors.add(form, m_firstName, "first_name");
    form->addRow(tr("&Birth date:"), m_birthDate);
    m_errors.add(form, m_birthDate, "birth_date");
    form->addRow(tr("Se&x:"), m_sex);
    m_errors.add(form, m_sex, "sex");
    form->addRow(tr("&Postcode:"), m_postcode);
    m_errors.add(form, m_postcode, "postcode");
    form->addRow(tr("&City:"), m_city);
    form->addRow(QString(), m_qpv);
    form->addRow(tr("P&hone:"), m_phone);
    form->addRow(tr("E-&mail:"), m_email);
    form->addRow(tr("France &Travail id:"), m_franceTravailId);

    auto* entry = new QGroupBox(tr("Entry into the PLIE"), this);
    auto* entryForm = new QFormLayout(entry);
    entryForm->addRow(tr("&Référent.e:"), m_referent);
    m_errors.add(entryForm, m_referent, "referent");
    entryForm->addRow(tr("&Entry date:"), m_entryDate);
    m_errors.add(entryForm, m_entryDate, "entry_date");
    entryForm->addRow(tr("E&ducation:"), m_education);
    entryForm->addRow(QString(), m_rsa);
    entryForm->addRow(QString(), m_deld);
    entryForm->addRow(QString(), m_rqth);
    entryForm->addRow(QString(), m_otherDifficulty);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewParticipantDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewParticipantDialog::reject);
    auto* save = new QShortcut(QKeySequence::Save, this);
    connect(save, &QShortcut::activated, this, &NewParticipantDialog::accept);

    // The form scrolls on a short screen (1366x768 at large fonts); « Créer » stays in view.
    auto* page = new QWidget;
    auto* columns = new QHBoxLayout(page);
    columns->setContentsMargins(0, 0, 0, 0);
    columns->addWidget(identity, 0, Qt::AlignTop);
    columns->addWidget(entry, 0, Qt::AlignTop);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_errors.general(this));
    layout->addWidget(buttons);
    const QRect room = screen() ? screen()->availableGeometry() : QRect(0, 0, 1366, 728);
    const QSize wanted = page->sizeHint() + QSize(scroll->verticalScrollBar()->sizeHint().width() + 24,
                                                   buttons->sizeHint().height() + 48);
    resize(wanted.boundedTo(room.size() - QSize(16, style()->pixelMetric(QStyle::PM_TitleBarHeight) + 16)));

    QWidget* order[] = {m_lastName, m_firstName, m_birthDate, m_sex, m_postcode, m_city, m_qpv, m_phone,
                        m_email, m_franceTravailId, m_referent, m_entryDate, m_education, m_rsa, m_deld,
                        m_rqth, m_otherDifficulty, buttons};
    for (std::size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);
    m_lastName->setFocus();
}

Participant NewParticipantDialog::participantFromForm() const
{
    Participant p;
    p.lastName = trimmed(m_lastName);
    p.firstName = trimmed(m_firstName);
    const QDate birth = QDate::fromString(m_birthDate->text(), QStringLiteral("dd/MM/yyyy"));
    if (birth.isValid())
        p.birthDate = toDate(birth);
    if (m_sex->currentIndex() >= 0)
        p.sex = static_cast<Sex>(m_sex->currentData().toInt());
    p.postcode = trimmed(m_postcode);
    p.city = trimmed(m_city);
    p.qpv = m_qpv->isChecked();
    p.phone = trimmed(m_phone);
    p.email = trimmed(m_email);
    p.franceTravailId = trimmed(m_franceTravailId);
    return p;
}

Violations NewParticipantDialog::missingChoices() const
{
    Violations missing;
    const QString typed = m_birthDate->text().remove(QLatin1Char('/')).trimmed();
    if (typed.isEmpty())
        missing.push_back({"birth_date", tr("Enter the birth date (dd/mm/yyyy).").toStdString()});
    else if (!QDate::fromString(m_birthDate->text(), QStringLiteral("dd/MM/yyyy")).isValid())
        missing.push_back({"birth_date", tr("The birth date « %1 » is not a date: enter it as dd/mm/yyyy.")
                                             .arg(m_birthDate->displayText())
                                             .toStdString()});
    if (m_sex->currentIndex() < 0)
        missing.push_back({"sex", tr("Choose the sex of the person.").toStdString()});
    return missing;
}

bool NewParticipantDialog::isFilled() const
{
    for (const QLineEdit* line : {m_lastName, m_firstName, m_postcode, m_city, m_phone, m_email, m_franceTravailId}) {
        if (!line->text().trimmed().isEmpty())
            return true;
    }
    for (const QCheckBox* box : {m_qpv, m_rsa, m_deld, m_rqth, m_otherDifficulty}) {
        if (box->isChecked())
            return true;
    }
    return !m_birthDate->text().remove(QLatin1Char('/')).trimmed().isEmpty() || m_sex->currentIndex() >= 0;
}

void NewParticipantDialog::reject()
{
    if (m_createdId == 0 && isFilled()
        && MessageBox::askToDiscard(this, tr("New participant"),
                                    tr("Throw away what you entered for this person? Nothing will be saved."))
               != QMessageBox::Discard)
        return; // the form stays as it was
    QDialog::reject();
}

bool NewParticipantDialog::confirmedDespiteDuplicates(const Participant& participant, const Pathway& pathway,
                                                      const std::string& referentName)
{
    std::vector<Participant> duplicates;
    const QString failure = readFailure([&] { duplicates = findProbableDuplicates(m_db, participant); });
    if (!failure.isEmpty()) { // a base that cannot be read: nothing created, the form kept
        m_errors.show({{std::string(), failure.toStdString()}});
        return false;
    }
    if (duplicates.empty())
        return true;
    QString who;
    for (const Participant& d : duplicates) {
        who += QStringLiteral("\n• %1 %2, %3").arg(toQString(d.lastName).toUpper(), toQString(d.firstName),
                                                   tr("born on %1").arg(dateText(d.birthDate)));
        if (!d.franceTravailId.empty())
            who += QStringLiteral(" (France Travail %1)").arg(toQString(d.franceTravailId));
    }
    const QString text =
        tr("This person is probably already followed:%1\n\nOpen a new pathway for %2 (who comes back), or create a new "
           "participant anyway?",
           "", static_cast<int>(duplicates.size()))
            .arg(who, toQString(duplicates.front().firstName) + QLatin1Char(' ')
                          + toQString(duplicates.front().lastName).toUpper());
    const auto answer = MessageBox::askAboutDuplicate(this, tr("Probable duplicate"), text);
    if (answer == QMessageBox::Open)
        openPathwayOf(duplicates.front(), pathway, referentName);
    return answer == QMessageBox::Yes;
}

// A new pathway, from the form's entry and situation, for the person already followed: the
// rules refuse one that overlaps their current pathway (the message under the form).
bool NewParticipantDialog::openPathwayOf(const Participant& existing, Pathway pathway, const std::string& referentName)
{
    try {
        const WaitCursor wait;
        pathway.participantId = existing.record.id;
        pathway.referentId = ReferentRepository(m_db, m_clock).findOrCreate(referentName).record.id;
        openPathway(m_db, m_clock, pathway);
    } catch (const RuleError& error) {
        m_errors.show(error.violations());
        return false;
    } catch (const std::exception& error) {
        m_errors.show({{std::string(), error.what()}});
        DamageNotice::reportIfDamaged(error);
        return false;
    }
    m_reopenedId = existing.record.id;
    QDialog::accept();
    return true;
}

bool NewParticipantDialog::create()
{
    m_errors.clear();
    Participant participant = participantFromForm();
    const std::string referentName = m_referent->currentText().trimmed().toStdString();
    if (referentName.empty()) {
        m_errors.show({{"referent", tr("Choose the référent.e who follows this person.").toStdString()}});
        return false;
    }
    // The rules first, so that a refused form never asks about duplicates.
    Violations violations = missingChoices();
    for (RuleViolation& v : checkParticipant(participant))
        violations.push_back(std::move(v));
    const bool birthDateMissing = !violations.empty() && violations.front().field == "birth_date";
    Pathway pathway;
    pathway.entryDate = toDate(m_entryDate->date());
    pathway.situation.education = static_cast<EducationLevel>(m_education->currentData().toInt());
    pathway.situation.rsa = m_rsa->isChecked();
    pathway.situation.deld = m_deld->isChecked();
    pathway.situation.rqth = m_rqth->isChecked();
    pathway.situation.otherDifficulty = m_otherDifficulty->isChecked();
    if (!birthDateMissing) { // the entry's rules count the age at entry
        for (RuleViolation& v : checkPathway(pathway, participant))
            violations.push_back(std::move(v));
    }
    if (!violations.empty()) {
        m_errors.show(violations);
        return false;
    }
    if (!confirmedDespiteDuplicates(participant, pathway, referentName))
        return false;
    try {
        const WaitCursor wait;
        createParticipant(m_db, m_clock, participant, pathway, referentName);
    } catch (const RuleError& error) {
        m_errors.show(error.violations());
        return false;
    } catch (const std::exception& error) { // the store itself refused: a busy, read-only or broken file
        m_errors.show({{std::string(), error.what()}});
        DamageNotice::reportIfDamaged(error);
        return false;
    }
    m_createdId = participant.record.id;
    QSettings().setValue(kLastReferentKey, m_referent->currentText().trimmed());
    return true;
}

void NewParticipantDialog::accept()
{
    if (create())
        QDialog::accept();
}

} // namespace parcours::ui
