// The notice's dialog: the PLIE's settings through the core's use case, the text laid out by
// QTextDocument as the fiche is (FicheOutput::paint).
#include "ui/privacy/NoticeDialog.h"

#include "store/ParticipantRepository.h"
#include "store/PlieSettingsRepository.h"
#include "ui/common/CoreConversions.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/MessageBox.h"
#include "ui/common/StoreReads.h"
#include "ui/fiche/FicheOutput.h"
#include "usecases/PlieCases.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QTextDocument>
#include <QVBoxLayout>

namespace parcours::ui {

NoticeDialog::NoticeDialog(Database& db, const Clock& clock, std::optional<RowId> participantId, QWidget* parent)
    : QDialog(parent), m_db(db), m_clock(clock)
{
    setWindowTitle(tr("RGPD information notice"));
    PlieSettings settings;
    const QString failure = readFailure([&] {
        settings = PlieSettingsRepository(db, clock).get();
        if (participantId) {
            if (const auto person = ParticipantRepository(db, clock).find(*participantId)) {
                m_fields.participantName =
                    person->firstName + " " + toQString(person->lastName).toUpper().toStdString();
                m_fields.date = person->informationDate.value_or(clock.today());
            }
        }
    });
    m_plieName = new QLineEdit(toQString(settings.name), this);
    m_contact = new QLineEdit(toQString(settings.contact), this);
    m_contact->setPlaceholderText(tr("Address, e-mail or phone for questions about one's data"));
    m_template = new QPlainTextEdit(this);
    m_template->setPlainText(
        toQString(settings.informationNotice.empty() ? defaultInformationNotice() : settings.informationNotice));
    m_template->setMinimumSize(560, 360);

    auto* form = new QFormLayout;
    form->addRow(tr("PLIE's name:"), m_plieName);
    form->addRow(tr("Contact:"), m_contact);
    auto* help = new QLabel(tr("The notice's text. {plie}, {contact}, {personne} and {date} are replaced when it "
                               "is printed."),
                            this);
    help->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* saveButton = buttons->addButton(tr("Save"), QDialogButtonBox::ApplyRole);
    QPushButton* builtIn = buttons->addButton(tr("Built-in text"), QDialogButtonBox::ResetRole);
    QPushButton* pdf = buttons->addButton(tr("Save as PDF…"), QDialogButtonBox::ActionRole);
    QPushButton* printButton = buttons->addButton(tr("Print…"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(saveButton, &QPushButton::clicked, this, [this] { save(); });
    connect(builtIn, &QPushButton::clicked, this,
            [this] { m_template->setPlainText(toQString(defaultInformationNotice())); });
    connect(pdf, &QPushButton::clicked, this, [this] { saveAsPdf(); });
    connect(printButton, &QPushButton::clicked, this, [this] { print(); });

    auto* layout = new QVBoxLayout(this);
    if (!failure.isEmpty())
        layout->addWidget(new QLabel(tr("The settings could not be read: %1").arg(failure), this));
    layout->addLayout(form);
    layout->addWidget(help);
    layout->addWidget(m_template, 1);
    layout->addWidget(buttons);
}

QString NoticeDialog::filledText() const
{
    NoticeFields fields = m_fields;
    fields.plieName = m_plieName->text().trimmed().toStdString();
    fields.contact = m_contact->text().trimmed().toStdString();
    return toQString(fillInformationNotice(m_template->toPlainText().toStdString(), fields));
}

bool NoticeDialog::save()
{
    try {
        setInformationNotice(m_db, m_clock, m_plieName->text().toStdString(), m_contact->text().toStdString(),
                             m_template->toPlainText().toStdString());
        return true;
    } catch (const std::exception& error) {
        MessageBox::warning(this, tr("Notice not saved"), QString::fromUtf8(error.what()));
        return false;
    }
}

void NoticeDialog::paint(QPagedPaintDevice& device) const
{
    QTextDocument document;
    document.setPlainText(filledText());
    FicheOutput::paint(document, device);
}

QString NoticeDialog::writePdf(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(windowTitle());
        writer.setCreator(QStringLiteral("Parcours"));
        paint(writer);
    }
    if (!file.commit())
        return tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

void NoticeDialog::saveAsPdf()
{
    QString path = FileDialogs::saveFile(this, tr("Save the notice as PDF"),
                                         QDir::home().filePath(tr("information-notice") + QStringLiteral(".pdf")),
                                         tr("PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    const QString error = writePdf(path);
    if (!error.isEmpty())
        MessageBox::warning(this, tr("Notice not written"), error);
}

void NoticeDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the notice"));
    if (dialog.exec() == QDialog::Accepted)
        paint(printer);
}

} // namespace parcours::ui
