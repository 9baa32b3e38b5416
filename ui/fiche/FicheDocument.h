// A participant.e's fiche parcours: their identity and every pathway, as a document laid out for A4.
#pragma once

#include "domain/Clock.h"
#include "domain/RecordIdentity.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QTextDocument;

namespace parcours {
class Database;
} // namespace parcours

namespace parcours::ui {

class FicheDocument {
    Q_DECLARE_TR_FUNCTIONS(FicheDocument)

public:
    // The fiche of `participantId` as HTML, read from the store (StoreError when it fails):
    // a title with the person's name, the PLIE and the day of printing (`clock`'s today),
    // the identity, then each pathway, newest first, with its situation at entry, steps,
    // freins, contacts, holds, hire and six-month follow-up, planned actions and exit.
    // Empty when there is no such participant.e.
    static QString html(parcours::Database& db, const parcours::Clock& clock, parcours::RowId participantId);

    // The same HTML in a document with the fiche's fonts; nullptr when there is no such participant.e.
    static std::unique_ptr<QTextDocument> build(parcours::Database& db, const parcours::Clock& clock,
                                                parcours::RowId participantId);

    // « Fiche parcours MARTIN Sophie.pdf »: the file name a save dialog suggests.
    static QString suggestedFileName(parcours::Database& db, const parcours::Clock& clock,
                                     parcours::RowId participantId);
};

} // namespace parcours::ui
