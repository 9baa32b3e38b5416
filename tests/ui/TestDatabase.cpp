// A temporary Parcours database for the ui tests, filled through the core's repositories on a pinned day.
#include "TestDatabase.h"

#include "store/ContactRepository.h"
#include "store/ParticipantRepository.h"
#include "store/PathwayRepository.h"
#include "store/PlieSettingsRepository.h"
#include "store/ReferentRepository.h"
#include "ui/common/CoreConversions.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>

#include <stdexcept>

namespace parcours::test {

Date pinnedToday()
{
    return Date(2026, 11, 27);
}

void isolateSettings()
{
    static QTemporaryDir folder;
    if (!folder.isValid())
        throw std::runtime_error("cannot create a temporary folder for the settings");
    QCoreApplication::setOrganizationName(QStringLiteral("ParcoursTests"));
    QCoreApplication::setApplicationName(QStringLiteral("ParcoursTests"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, folder.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, folder.path());
    QSettings().clear();
}

TestDatabase::TestDatabase() : m_clock(pinnedToday())
{
    if (!m_dir.isValid())
        throw std::runtime_error("cannot create a temporary folder");
    m_db = std::make_unique<Database>(ui::toPath(path()), OpenMode::CreateIfMissing);
}

QString TestDatabase::path() const
{
    return QDir(m_dir.path()).filePath(QStringLiteral("test.sqlite"));
}

std::unique_ptr<Database> TestDatabase::connect() const
{
    return std::make_unique<Database>(ui::toPath(path()), OpenMode::ExistingOnly);
}

RowId TestDatabase::addParticipant(const std::string& lastName, const std::string& firstName, const Date& birth)
{
    Participant participant;
    participant.lastName = lastName;
    participant.firstName = firstName;
    participant.birthDate = birth;
    participant.postcode = "69008";
    participant.city = "Lyon";
    ParticipantRepository(*m_db, m_clock).add(participant);
    return participant.record.id;
}

void TestDatabase::fillSmallCaseload()
{
    ReferentRepository referents(*m_db, m_clock);
    const RowId claire = referents.findOrCreate("Claire Dubois").record.id;
    const RowId marc = referents.findOrCreate("Marc Petit").record.id;
    PathwayRepository pathways(*m_db, m_clock);
    ContactRepository contacts(*m_db, m_clock);

    Pathway onHold;
    onHold.participantId = addParticipant("Benali", "Karim", Date(1999, 11, 28));
    onHold.referentId = claire;
    onHold.entryDate = Date(2025, 9, 1);
    onHold.holds.push_back(Hold{{}, Date(2026, 10, 1), std::nullopt, "santé"});
    pathways.add(onHold);

    Pathway inFollowUp;
    inFollowUp.participantId = addParticipant("Durand", "Lucie", Date(1970, 1, 5));
    inFollowUp.referentId = marc;
    inFollowUp.entryDate = Date(2024, 5, 13);
    Hire hire;
    hire.hireDate = Date(2026, 9, 1);
    hire.contract = ContractType::Cdi;
    hire.nafSection = 'Q';
    inFollowUp.currentHire = hire;
    pathways.add(inFollowUp);

    addParticipant("Leroy", "Anne", Date(1990, 6, 15));

    Pathway active;
    active.participantId = addParticipant("Martin", "Sophie", Date(1985, 3, 12));
    active.referentId = claire;
    active.entryDate = Date(2026, 2, 2);
    pathways.add(active);
    for (const Date& day : {Date(2026, 10, 15), Date(2026, 11, 20), Date(2026, 3, 2)}) {
        Contact contact;
        contact.pathwayId = active.record.id;
        contact.date = day;
        contacts.add(contact);
    }

    Pathway exited;
    exited.participantId = addParticipant("Petit", "Jean", Date(1962, 4, 30));
    exited.referentId = marc;
    exited.entryDate = Date(2023, 1, 10);
    exited.exit = PathwayExit{Date(2025, 6, 30), ExitReason::Abandon};
    pathways.add(exited);
}

void TestDatabase::setPlieName(const std::string& name)
{
    PlieSettingsRepository(*m_db).set(PlieSettings{name, "PLIE-069"});
}

} // namespace parcours::test
