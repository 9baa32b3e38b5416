// A temporary Parcours database for the ui tests, filled through the core's repositories on a pinned day.
#pragma once

#include "domain/Clock.h"
#include "domain/RecordIdentity.h"
#include "store/Database.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <string>

namespace parcours::test {

// The day every ui test takes as "today": Friday 27 November 2026.
Date pinnedToday();

// Points QSettings at a temporary folder for the rest of the process, and empties it: a test
// never reads nor writes the user's own settings. Call it in initTestCase() (and in init() to start afresh).
void isolateSettings();

class TestDatabase {
public:
    TestDatabase(); // an empty database in a fresh temporary folder

    Database& db() { return *m_db; }
    // Another connection to the same file, for a window that owns its database.
    std::unique_ptr<Database> connect() const;
    // Closes db(): the file is then only the window's, as a restore needs it.
    void release() { m_db.reset(); }
    FixedClock& clock() { return m_clock; }
    QString path() const;

    // Five participants, by last name:
    //   Benali Karim, born 1999-11-28 (26, 27 tomorrow), Claire Dubois, on hold since 2026-10-01, no contact;
    //   Durand Lucie, born 1970-01-05 (56), Marc Petit, hired 2026-09-01 on a CDI: in follow-up;
    //   Leroy Anne, born 1990-06-15 (36), no pathway;
    //   Martin Sophie, born 1985-03-12 (41), Claire Dubois, entry 2026-02-02, contacts up to 2026-11-20;
    //   Petit Jean, born 1962-04-30 (64), Marc Petit, entry 2023-01-10, exited 2025-06-30 (drop-out).
    void fillSmallCaseload();
    void setPlieName(const std::string& name);

private:
    RowId addParticipant(const std::string& lastName, const std::string& firstName, const Date& birth);

    QTemporaryDir m_dir;
    FixedClock m_clock;
    std::unique_ptr<Database> m_db;
};

} // namespace parcours::test
