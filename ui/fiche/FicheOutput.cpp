// The fiche parcours on paper or in a PDF: QTextDocument::print keeps the text as text (fonts embedded).
#include "ui/fiche/FicheOutput.h"

#include "store/ParticipantRepository.h"
#include "store/ReadTraces.h"
#include "ui/common/CoreConversions.h"
#include "ui/fiche/FicheDocument.h"

#include <QDir>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>
#include <QTextDocument>

namespace parcours::ui {

namespace {

QString documentTitle(Database& db, const Clock& clock, RowId participantId)
{
    const std::optional<Participant> person = ParticipantRepository(db, clock).find(participantId);
    if (!person)
        return {};
    return FicheOutput::tr("Fiche parcours – %1")
        .arg(toQString(person->lastName).toUpper() + QLatin1Char(' ') + toQString(person->firstName));
}

// The read trace of a fiche printed or saved; the detail names the file or the printer. A base
// opened read-only (`parcours-cli fiche`) records none.
void traceImpression(Database& db, const Clock& clock, RowId participantId, const QString& detail)
{
    readtraces::recordForIds(db, clock, {participantId}, ReadAction::Impression, detail.toStdString());
}

} // namespace

void FicheOutput::paint(QTextDocument& document, QPagedPaintDevice& device)
{
    // A document without a page size is laid out on the device's page with 2 cm margins and
    // numbered pages; the device's own margins are kept at zero so as not to add to them.
    document.print(&device);
}

QString FicheOutput::writePdf(Database& db, const Clock& clock, RowId participantId, const QString& path, Trace trace)
{
    const std::unique_ptr<QTextDocument> document = FicheDocument::build(db, clock, participantId);
    if (!document)
        return tr("There is no such participant.");
    QSaveFile file(path); // a temporary file beside `path`, renamed over it by commit()
    if (!file.open(QIODevice::WriteOnly))
        return tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Portrait);
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(documentTitle(db, clock, participantId));
        writer.setCreator(QStringLiteral("Parcours"));
        paint(*document, writer);
    } // the writer finishes the PDF when the painting ends
    if (!file.commit())
        return tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    if (trace == Trace::Impression)
        traceImpression(db, clock, participantId, QFileInfo(path).fileName());
    return {};
}

bool FicheOutput::print(Database& db, const Clock& clock, RowId participantId, QPrinter& printer)
{
    const std::unique_ptr<QTextDocument> document = FicheDocument::build(db, clock, participantId);
    if (!document)
        return false;
    printer.setDocName(documentTitle(db, clock, participantId));
    paint(*document, printer);
    traceImpression(db, clock, participantId,
                    printer.outputFileName().isEmpty() ? printer.printerName()
                                                       : QFileInfo(printer.outputFileName()).fileName());
    return true;
}

} // namespace parcours::ui
