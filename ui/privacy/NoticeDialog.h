// The RGPD information notice: the PLIE's name, its contact and the template shown and edited,
// then the notice filled in for a participant.e (or blank) printed or saved as a PDF.
#pragma once

#include "domain/Clock.h"
#include "domain/InformationNotice.h"
#include "domain/RecordIdentity.h"

#include <QDialog>

#include <optional>

class QLineEdit;
class QPlainTextEdit;
class QPagedPaintDevice;

namespace parcours {
class Database;
} // namespace parcours

namespace parcours::ui {

class NoticeDialog : public QDialog {
    Q_OBJECT

public:
    // For `participantId`, the notice names the person and the day (their information date, or
    // today); without one, the notice leaves both to fill in by hand.
    NoticeDialog(Database& db, const Clock& clock, std::optional<RowId> participantId = std::nullopt,
                 QWidget* parent = nullptr);

    QLineEdit* plieNameField() const { return m_plieName; }
    QLineEdit* contactField() const { return m_contact; }
    QPlainTextEdit* templateField() const { return m_template; }

    // The notice as it would be printed now, from the fields as they are.
    QString filledText() const;
    // Saves the name, the contact and the template (core setInformationNotice, one undoable-free
    // change recorded as an operation); says why in a message box when refused. False then.
    bool save();
    // Writes the notice to `path` as an A4 PDF; "" when written, otherwise why not.
    QString writePdf(const QString& path) const;

private:
    void print();
    void saveAsPdf();
    void paint(QPagedPaintDevice& device) const;

    Database& m_db;
    const Clock& m_clock;
    NoticeFields m_fields; // the person and the day
    QLineEdit* m_plieName = nullptr;
    QLineEdit* m_contact = nullptr;
    QPlainTextEdit* m_template = nullptr;
};

} // namespace parcours::ui
