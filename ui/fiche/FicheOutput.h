// The fiche parcours leaving the application: a PDF file with real text, or a printer.
#pragma once

#include "domain/Clock.h"
#include "domain/RecordIdentity.h"

#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;
class QPrinter;
class QTextDocument;

namespace parcours {
class Database;
} // namespace parcours

namespace parcours::ui {

class FicheOutput {
    Q_DECLARE_TR_FUNCTIONS(FicheOutput)

public:
    // Whether a fiche written records an « impression » read trace: not when it is part of the
    // person's copy, traced as a whole (« acces »).
    enum class Trace { Impression, None };

    // Writes the fiche of `participantId` to `path` as an A4 PDF whose text stays text, whole or
    // not at all (a temporary file in the same folder, renamed at the end). Returns "" when
    // written, otherwise what went wrong (an unknown participant.e, a folder that cannot be
    // written), and `path` is left as it was. Store errors are thrown (StoreError). A fiche
    // written, or printed by print(), is recorded as an « impression » read trace (ReadTraces.h)
    // naming the file or the printer; a base opened read-only records none.
    static QString writePdf(parcours::Database& db, const parcours::Clock& clock, parcours::RowId participantId,
                            const QString& path, Trace trace = Trace::Impression);

    // Prints the fiche on `printer` (set up by a print dialog, or a PDF printer). False when
    // there is no such participant.e.
    static bool print(parcours::Database& db, const parcours::Clock& clock, parcours::RowId participantId,
                      QPrinter& printer);

    // Lays `document` out on A4 pages of `device` and paints it, page numbers at the foot.
    static void paint(QTextDocument& document, QPagedPaintDevice& device);
};

// The function the command line and the file window call: FicheOutput::writePdf.
inline QString writeFichePdf(parcours::Database& db, const parcours::Clock& clock, parcours::RowId participantId,
                             const QString& path, FicheOutput::Trace trace = FicheOutput::Trace::Impression)
{
    return FicheOutput::writePdf(db, clock, participantId, path, trace);
}

} // namespace parcours::ui
