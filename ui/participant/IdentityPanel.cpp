// The participant's identity and contact details, and the situation at entry of their current pathway.
#include "ui/participant/IdentityPanel.h"

#include "store/ParticipantRepository.h"
#include "store/ReferentRepository.h"
#include "ui/common/CoreConversions.h"
#include "ui/common/DomainLabels.h"
#include "ui/participant/FileLabels.h"
#include "ui/privacy/NoticeDialog.h"
#include "usecases/ParticipantCases.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace parcours::ui {

IdentityPanel::IdentityPanel(const FileContext& context, RowId participantId, QWidget* parent)
    : FilePanel(context, participantId, parent)
{
    m_lastName = new QLineEdit(this);
    m_firstName = new QLineEdit(this);
    m_birthDate = dateEdit(this);
    m_sex = new QComboBox(this);
    fillCombo<Sex>(m_sex, &FileLabels::sex);
    m_postcode = new QLineEdit(this);
    m_postcode->setMaxLength(5);
    m_city = new QLineEdit(this);
    m_qpv = new QCheckBox(tr("Lives in a priority neighbourhood (QPV)"), this);
    m_phone = new QLineEdit(this);
    m_email = new QLineEdit(this);
    m_franceTravailId = new QLineEdit(this);
    m_informationDate = dateEdit(this);
    m_informationDate->setMinimumDate(QDate(2000, 1, 1));
    m_informationDate->setSpecialValueText(tr("not given"));
    auto* notice = new QPushButton(tr("Print the notice…"), this);
    notice->setObjectName(QStringLiteral("printNotice"));
    auto* save = new QPushButton(tr("Save identity"), this);

    auto* identity = new QGroupBox(tr("Identity and contact details"), this);
    auto* form = new QFormLayout(identity);
    form->addRow(tr("Last name:"), m_lastName);
    m_errors.add(form, m_lastName, "last_name");
    form->addRow(tr("First name:"), m_firstName);
    m_errors.add(form, m_firstName, "first_name");
    form->addRow(tr("Birth date:"), m_birthDate);
    m_errors.add(form, m_birthDate, "birth_date");
    form->addRow(tr("Sex:"), m_sex);
    form->addRow(tr("Postcode:"), m_postcode);
    m_errors.add(form, m_postcode, "postcode");
    form->addRow(tr("City:"), m_city);
    form->addRow(QString(), m_qpv);
    form->addRow(tr("Phone:"), m_phone);
    form->addRow(tr("E-mail:"), m_email);
    form->addRow(tr("France Travail id:"), m_franceTravailId);
    auto* information = new QHBoxLayout;
    information->addWidget(m_informationDate, 1);
    information->addWidget(notice);
    form->addRow(tr("RGPD information given on:"), information);
    m_errors.add(form, m_informationDate, "information_date");
    form->addRow(m_errors.general(identity));
    form->addRow(QString(), save);

    auto* situation = new QGroupBox(tr("Situation at entry"), this);
    m_situation = new QLabel(situation);
    m_situation->setWordWrap(true);
    m_situation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    (new QVBoxLayout(situation))->addWidget(m_situation);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(identity);
    layout->addWidget(situation);
    layout->addStretch();

    const auto edited = [this] { markUnsaved(); };
    for (QLineEdit* line : {m_lastName, m_firstName, m_postcode, m_city, m_phone, m_email, m_franceTravailId}) {
        connect(line, &QLineEdit::textEdited, this, edited);
        connect(line, &QLineEdit::returnPressed, this, [this] { saveEdits(); });
    }
    connect(m_birthDate, &QDateEdit::dateChanged, this, edited);
    connect(m_sex, &QComboBox::currentIndexChanged, this, edited);
    connect(m_qpv, &QCheckBox::toggled, this, edited);
    connect(m_informationDate, &QDateEdit::dateChanged, this, edited);
    connect(notice, &QPushButton::clicked, this, [this] {
        NoticeDialog dialog(m_context.db, m_context.clock, m_participantId, this);
        dialog.exec();
    });
    connect(save, &QPushButton::clicked, this, [this] { saveEdits(); });
}

void IdentityPanel::refresh()
{
    // Every read before anything changes on screen: a store that fails leaves the panel as it was.
    std::optional<Participant> participant = ParticipantRepository(m_context.db, m_context.clock).find(m_participantId);
    QString referent;
    if (m_pathway) {
        if (const auto r = ReferentRepository(m_context.db, m_context.clock).find(m_pathway->referentId))
            referent = toQString(r->name);
    }
    m_participant = std::move(participant);
    if (!hasUnsavedEdits())
        showParticipant();
    if (!m_pathway) {
        m_situation->setText(tr("No pathway yet."));
        return;
    }
    const SituationAtEntry& s = m_pathway->situation;
    const QString yes = tr("yes");
    const QString no = tr("no");
    m_situation->setText(tr("Entry on %1, followed by %2.\nEducation: %3\nRSA: %4 · long-term unemployed (DELD): %5 · "
                            "RQTH: %6 · other difficulty: %7")
                             .arg(dateText(m_pathway->entryDate), referent, FileLabels::education(s.education),
                                  s.rsa ? yes : no, s.deld ? yes : no, s.rqth ? yes : no,
                                  s.otherDifficulty ? yes : no));
}

void IdentityPanel::showParticipant()
{
    if (!m_participant)
        return;
    const Participant& p = *m_participant;
    filling([&] {
        m_lastName->setText(toQString(p.lastName));
        m_firstName->setText(toQString(p.firstName));
        m_birthDate->setDate(toQDate(p.birthDate));
        m_sex->setCurrentIndex(static_cast<int>(p.sex));
        m_postcode->setText(toQString(p.postcode));
        m_city->setText(toQString(p.city));
        m_qpv->setChecked(p.qpv);
        m_phone->setText(toQString(p.phone));
        m_email->setText(toQString(p.email));
        m_franceTravailId->setText(toQString(p.franceTravailId));
        m_informationDate->setDate(p.informationDate ? toQDate(*p.informationDate) : m_informationDate->minimumDate());
    });
}

bool IdentityPanel::saveEdits()
{
    if (!m_participant)
        return true;
    Participant after = *m_participant;
    after.lastName = m_lastName->text().trimmed().toStdString();
    after.firstName = m_firstName->text().trimmed().toStdString();
    after.birthDate = toDate(m_birthDate->date());
    after.sex = static_cast<Sex>(m_sex->currentData().toInt());
    after.postcode = m_postcode->text().trimmed().toStdString();
    after.city = m_city->text().trimmed().toStdString();
    after.qpv = m_qpv->isChecked();
    after.phone = m_phone->text().trimmed().toStdString();
    after.email = m_email->text().trimmed().toStdString();
    after.franceTravailId = m_franceTravailId->text().trimmed().toStdString();
    if (m_informationDate->date() == m_informationDate->minimumDate())
        after.informationDate.reset();
    else
        after.informationDate = toDate(m_informationDate->date());
    return writeAndPush(tr("Edit identity"), [&] { return editIdentity(m_context.db, m_context.clock, after); });
}

void IdentityPanel::cancelEdit()
{
    markSaved();
    showParticipant();
}

} // namespace parcours::ui
