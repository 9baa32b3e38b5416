// Importing an interchange folder into the open database: its progress, then what was imported or every error.
#include "ui/import/ImportDialog.h"

#include "store/Database.h"
#include "ui/common/BackgroundTask.h"
#include "ui/common/CoreConversions.h"
#include "ui/common/CountsText.h"
#include "ui/common/ProgressPanel.h"
#include "ui/import/ImportErrorModel.h"

#include <QClipboard>
#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QDir>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace parcours::ui {

ImportDialog::ImportDialog(std::filesystem::path databasePath, const Clock& clock, const QString& folder,
                           QWidget* parent, const DatabaseKey& key)
    : QDialog(parent),
      m_databasePath(std::move(databasePath)),
      m_databaseKey(key),
      m_clock(clock),
      m_folder(toPath(folder)),
      m_task(new BackgroundTask(this)),
      m_errorModel(new ImportErrorModel(this)),
      m_progress(new ProgressPanel(this)),
      m_outcome(new QLabel(this)),
      m_errorPage(new QWidget(this)),
      m_errorCount(new QLabel(m_errorPage)),
      m_errorTable(new QTableView(m_errorPage)),
      m_copy(new QPushButton(tr("&Copy the errors"), m_errorPage)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setWindowTitle(tr("Import a folder"));

    auto* folderLabel = new QLabel(tr("Folder: <b>%1</b>").arg(QDir::toNativeSeparators(folder).toHtmlEscaped()), this);
    folderLabel->setObjectName(QStringLiteral("importFolder"));
    folderLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    folderLabel->setWordWrap(true);

    m_outcome->setObjectName(QStringLiteral("importOutcome"));
    m_outcome->setTextFormat(Qt::RichText);
    m_outcome->setWordWrap(true);
    m_outcome->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_errorCount->setObjectName(QStringLiteral("importErrorCount"));
    m_errorCount->setWordWrap(true);
    QFont bold = m_errorCount->font();
    bold.setBold(true);
    m_errorCount->setFont(bold);
    auto* errorHint = new QLabel(tr("Correct these lines in the files, then import the folder again."), m_errorPage);
    errorHint->setWordWrap(true);
    m_errorTable->setObjectName(QStringLiteral("importErrors"));
    m_errorTable->setModel(m_errorModel);
    m_errorTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_errorTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_errorTable->setAlternatingRowColors(true);
    m_errorTable->setWordWrap(false);
    m_errorTable->verticalHeader()->hide();
    m_errorTable->verticalHeader()->setDefaultSectionSize(m_errorTable->fontMetrics().height() + 8);
    m_errorTable->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_errorTable->horizontalHeader()->setStretchLastSection(true);
    m_copy->setObjectName(QStringLiteral("copyErrors"));
    m_copy->setToolTip(tr("Copies every error, one a line, as file:line: column: message"));

    auto* errorLayout = new QVBoxLayout(m_errorPage);
    errorLayout->setContentsMargins(0, 0, 0, 0);
    errorLayout->addWidget(m_errorCount);
    errorLayout->addWidget(errorHint);
    errorLayout->addWidget(m_errorTable, 1);
    errorLayout->addWidget(m_copy, 0, Qt::AlignLeft);

    // One of progress, outcome and errors at a time; hidden ones take no room, so the dialog
    // fits what it shows.
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(folderLabel);
    layout->addSpacing(8);
    layout->addWidget(m_progress);
    layout->addWidget(m_outcome);
    layout->addWidget(m_errorPage, 1);
    layout->addWidget(m_buttons);
    showOnly(m_progress);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    connect(m_copy, &QPushButton::clicked, this, &ImportDialog::copyErrors);
    connect(m_task, &BackgroundTask::progressed, m_progress, &ProgressPanel::showProgress);
    connect(m_task, &BackgroundTask::finished, this, &ImportDialog::finish);
    setMinimumWidth(520);
    resize(560, sizeHint().height());
}

ImportDialog::~ImportDialog()
{
    m_task->wait(); // before m_result goes: the import's thread writes it
}

void ImportDialog::start()
{
    m_buttons->setEnabled(false);
    m_task->start([this, database = m_databasePath, key = m_databaseKey, folder = m_folder](const Progress& progress) {
        // A connection of its own: SQLite connections are not shared across threads, and in
        // WAL the window's connection keeps reading while this one writes.
        Database db(database, OpenMode::ExistingOnly, key);
        m_result = importFolder(db, m_clock, folder, progress);
    });
}

bool ImportDialog::isRunning() const
{
    return m_task->isRunning();
}

void ImportDialog::finish()
{
    m_ended = true;
    m_failure = m_task->failure();
    m_buttons->setEnabled(true);
    if (!m_failure.isEmpty())
        showFailure();
    else if (m_result.succeeded())
        showSummary();
    else
        showErrors();
    if (succeeded())
        emit imported();
}

void ImportDialog::showSummary()
{
    QString items;
    for (const QString& line : countLines(m_result.summary))
        items += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
    m_outcome->setText(
        tr("<p><b>The folder has been imported.</b></p><p>The database now also holds:</p><ul>%1</ul>").arg(items));
    showOnly(m_outcome);
    adjustSize();
}

void ImportDialog::showErrors()
{
    // Every error found is counted, the first ImportErrors::kKept are listed.
    const auto asInt = [](std::size_t n) { return static_cast<int>(std::min<std::size_t>(n, INT_MAX)); };
    const ImportErrors& errors = m_result.errors;
    m_errorModel->setErrors(errors);
    QString count =
        tr("%Ln error(s): nothing was imported, the database is unchanged.", nullptr, asInt(errors.total()));
    if (errors.unlisted() > 0)
        count += QLatin1Char(' ') + tr("Only the first %Ln are listed.", nullptr, asInt(errors.size()));
    m_errorCount->setText(count);
    m_errorTable->resizeColumnsToContents();
    auto* header = m_errorTable->horizontalHeader();
    for (int column = 0; column < header->count() - 1; ++column)
        header->resizeSection(column, header->sectionSize(column) + 16);
    showOnly(m_errorPage);
    resize(qMax(width(), 860), qMax(height(), 480));
    if (parentWidget()) // grown from its top-left corner: back over the middle of the window
        move(parentWidget()->window()->geometry().center() - rect().center());
}

void ImportDialog::showFailure()
{
    m_outcome->setText(tr("<p><b>The import could not be done.</b></p><p>%1</p>"
                          "<p>Nothing was imported: the database is unchanged.</p>")
                           .arg(m_failure.toHtmlEscaped()));
    showOnly(m_outcome);
    adjustSize();
}

void ImportDialog::showOnly(QWidget* page)
{
    for (QWidget* each : {static_cast<QWidget*>(m_progress), static_cast<QWidget*>(m_outcome), m_errorPage})
        each->setVisible(each == page);
}

void ImportDialog::copyErrors()
{
    QGuiApplication::clipboard()->setText(m_errorModel->text());
}

void ImportDialog::reject()
{
    if (!isRunning())
        QDialog::reject();
}

void ImportDialog::closeEvent(QCloseEvent* event)
{
    if (isRunning())
        event->ignore();
    else
        QDialog::closeEvent(event);
}

} // namespace parcours::ui
