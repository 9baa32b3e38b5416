// The yearly consolidation from the application: its year and profile, the file's values in a tree, saving it.
#include "ui/reports/ConsolidationDialog.h"

#include "consolidation/ReportXlsx.h"
#include "sheets/SheetFiles.h"
#include "store/Database.h"
#include "ui/common/BackgroundTask.h"
#include "ui/common/CoreConversions.h"
#include "ui/common/MessageBox.h"
#include "ui/common/ProgressPanel.h"
#include "ui/reports/PlieIdentityDialog.h"
#include "ui/reports/ReportFiles.h"
#include "usecases/PlieCases.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFont>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <stdexcept>

namespace parcours::ui {

namespace {

constexpr const char* kNoteColumnHeader = "Remarque";

QString fromUtf8(const std::string& text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

// One sheet of the workbook as a read-only table, as the spreadsheet will show it: numbers to the
// right, a row whose value is empty for a reason (hidden, or nothing to divide by) in grey italics.
QTableWidget* sheetTable(const Sheet& sheet, QWidget* parent)
{
    auto* table = new QTableWidget(static_cast<int>(sheet.rows.size()), static_cast<int>(sheet.header.size()), parent);
    table->setObjectName(fromUtf8(sheet.title));
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    QStringList header;
    for (const std::string& title : sheet.header)
        header << fromUtf8(title);
    table->setHorizontalHeaderLabels(header);
    const auto noteColumn = header.indexOf(QString::fromUtf8(kNoteColumnHeader));
    for (std::size_t r = 0; r < sheet.rows.size(); ++r) {
        const std::vector<Cell>& row = sheet.rows[r];
        const bool noted = noteColumn >= 0 && static_cast<std::size_t>(noteColumn) < row.size()
                           && !cellText(row[static_cast<std::size_t>(noteColumn)]).empty();
        for (std::size_t c = 0; c < row.size(); ++c) {
            auto* item = new QTableWidgetItem(fromUtf8(cellText(row[c])));
            item->setToolTip(item->text()); // a long label is elided in its column
            if (std::holds_alternative<Number>(row[c]))
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (noted) {
                QFont italic = item->font();
                italic.setItalic(true);
                item->setFont(italic);
                item->setForeground(QColor(0x70, 0x70, 0x70));
            }
            table->setItem(static_cast<int>(r), static_cast<int>(c), item);
        }
    }
    // The label takes what the values, notes and keys leave, elided when long (the NAF sections'
    // are), so that the values and why they are hidden stay in sight without scrolling.
    table->setTextElideMode(Qt::ElideRight);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setStretchLastSection(false);
    const auto keyColumn = header.indexOf(QStringLiteral("Clé"));
    if (keyColumn > 0) { // the file's key, for those who read the JSON: narrow, widened at will
        table->horizontalHeader()->setSectionResizeMode(static_cast<int>(keyColumn), QHeaderView::Interactive);
        table->setColumnWidth(static_cast<int>(keyColumn),
                              table->fontMetrics().horizontalAdvance(QLatin1Char('m')) * 14);
    }
    return table;
}

} // namespace

ConsolidationDialog::ConsolidationDialog(Database& db, const Clock& clock, QWidget* parent)
    : QDialog(parent),
      m_db(db),
      m_databasePath(db.path()),
      m_databaseKey(db.key()),
      m_clock(clock),
      m_task(new BackgroundTask(this)),
      m_progress(new ProgressPanel(this)),
      m_years(new QComboBox(this)),
      m_warehouse(new QRadioButton(tr("&Warehouse: the exact counts, for the national warehouse"), this)),
      m_public(new QRadioButton(tr("P&ublic: small counts hidden, for a document anyone may read"), this)),
      m_threshold(new QSpinBox(this)),
      m_thresholdError(new QLabel(this)),
      m_hiddenCount(new QLabel(this)),
      m_preview(new QTabWidget(this)),
      m_saveJson(new QPushButton(tr("Save as &JSON…"), this)),
      m_saveCsv(new QPushButton(tr("Save as &CSV…"), this)),
      m_saveXlsx(new QPushButton(tr("Save as &XLSX…"), this))
{
    setWindowTitle(tr("Yearly consolidation"));

    m_years->setObjectName(QStringLiteral("consolidationYear"));
    m_warehouse->setObjectName(QStringLiteral("warehouseProfile"));
    m_public->setObjectName(QStringLiteral("publicProfile"));
    m_warehouse->setChecked(true);
    auto* profiles = new QButtonGroup(this);
    profiles->addButton(m_warehouse);
    profiles->addButton(m_public);
    m_threshold->setObjectName(QStringLiteral("publicThreshold"));
    m_threshold->setRange(1, 999); // under the minimum is shown as refused, not silently raised
    m_threshold->setValue(kDefaultPublicThreshold);
    m_threshold->setEnabled(false);
    m_threshold->setToolTip(tr("Counts from 1 to this number minus one are hidden (at least %1; %2 by default)")
                                .arg(kMinimumPublicThreshold)
                                .arg(kDefaultPublicThreshold));
    m_thresholdError->setObjectName(QStringLiteral("thresholdError"));
    m_thresholdError->setText(tr("The threshold is at least %1.").arg(kMinimumPublicThreshold));
    m_thresholdError->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_thresholdError->hide();
    m_hiddenCount->setObjectName(QStringLiteral("hiddenCount"));

    auto* thresholdRow = new QHBoxLayout;
    thresholdRow->setContentsMargins(24, 0, 0, 0);
    auto* thresholdLabel = new QLabel(tr("&Threshold:"), this);
    thresholdLabel->setBuddy(m_threshold);
    thresholdRow->addWidget(thresholdLabel);
    thresholdRow->addWidget(m_threshold);
    thresholdRow->addWidget(m_thresholdError);
    thresholdRow->addStretch();

    auto* profileBox = new QVBoxLayout;
    profileBox->addWidget(m_warehouse);
    profileBox->addWidget(m_public);
    profileBox->addLayout(thresholdRow);

    auto* yearRow = new QHBoxLayout;
    yearRow->addWidget(m_years);
    yearRow->addStretch();
    auto* form = new QFormLayout;
    auto* yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_years);
    form->addRow(yearLabel, yearRow);
    form->addRow(tr("Profile:"), profileBox);

    m_preview->setObjectName(QStringLiteral("consolidationPreview"));
    m_preview->setDocumentMode(true);

    m_saveJson->setObjectName(QStringLiteral("saveJson"));
    m_saveJson->setToolTip(tr("The file for the national warehouse (format parcours-consolidation)"));
    m_saveCsv->setObjectName(QStringLiteral("saveCsv"));
    m_saveCsv->setToolTip(tr("The same values, one a line: indicator,value"));
    m_saveXlsx->setObjectName(QStringLiteral("saveXlsx"));
    m_saveXlsx->setToolTip(tr("A workbook to open in a spreadsheet: French labels, one sheet per section"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_saveJson, QDialogButtonBox::ActionRole);
    buttons->addButton(m_saveCsv, QDialogButtonBox::ActionRole);
    buttons->addButton(m_saveXlsx, QDialogButtonBox::ActionRole);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_hiddenCount);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &ConsolidationDialog::reject);
    connect(m_saveJson, &QPushButton::clicked, this, &ConsolidationDialog::saveJson);
    connect(m_saveCsv, &QPushButton::clicked, this, &ConsolidationDialog::saveCsv);
    connect(m_saveXlsx, &QPushButton::clicked, this, &ConsolidationDialog::saveXlsx);
    connect(m_years, &QComboBox::currentIndexChanged, this, &ConsolidationDialog::refresh);
    connect(m_public, &QRadioButton::toggled, this, [this](bool on) {
        m_threshold->setEnabled(on);
        refresh();
    });
    connect(m_threshold, &QSpinBox::valueChanged, this, &ConsolidationDialog::refresh);
    connect(m_task, &BackgroundTask::progressed, m_progress, &ProgressPanel::showProgress);
    connect(m_task, &BackgroundTask::finished, this, &ConsolidationDialog::finishLoading);

    for (QWidget* widget :
         {static_cast<QWidget*>(m_years), static_cast<QWidget*>(m_saveJson), static_cast<QWidget*>(m_saveCsv)})
        widget->setEnabled(false);
    resize(960, 640);

    m_progress->showProgress(tr("Reading the database…"), -1);
    const YearReports::Stages stages{tr("Reading the database…").toStdString(),
                                     tr("Computing the indicators of each year…").toStdString()};
    m_task->start([this, path = m_databasePath, key = m_databaseKey, today = m_clock.today(), stages](
                      const Progress& progress) { m_loading = YearReports::load(path, key, today, stages, progress); });
}

ConsolidationDialog::~ConsolidationDialog()
{
    m_task->wait(); // before m_loading goes: the task's thread writes it
}

bool ConsolidationDialog::isLoading() const
{
    return m_task->isRunning();
}

int ConsolidationDialog::year() const
{
    return m_years->currentData().toInt();
}

void ConsolidationDialog::setYear(int year)
{
    const int index = m_years->findData(year);
    if (index >= 0)
        m_years->setCurrentIndex(index);
}

std::optional<ReportProfile> ConsolidationDialog::profile() const
{
    if (!m_public->isChecked())
        return ReportProfile::warehouse();
    if (m_threshold->value() < kMinimumPublicThreshold)
        return std::nullopt;
    return ReportProfile::forPublic(m_threshold->value());
}

void ConsolidationDialog::finishLoading()
{
    m_progress->hide();
    if (!m_task->failure().isEmpty()) {
        m_hiddenCount->setText(tr("The consolidation could not be computed: %1").arg(m_task->failure()));
        emit loaded();
        return;
    }
    m_reports = std::move(m_loading);
    {
        const QSignalBlocker blocker(m_years);
        for (int y = m_reports.years().last; y >= m_reports.years().first; --y)
            m_years->addItem(QString::number(y), y);
        m_years->setCurrentIndex(std::max(0, m_years->findData(defaultReportYear(m_reports.years(), m_clock.today()))));
    }
    m_years->setEnabled(true);
    refresh();
    emit loaded();
}

void ConsolidationDialog::refresh()
{
    const int shownTab = m_preview->currentIndex();
    while (m_preview->count() > 0) {
        QWidget* page = m_preview->widget(0);
        m_preview->removeTab(0);
        delete page;
    }
    const ConsolidationReport* report = m_reports.report(year());
    const std::optional<ReportProfile> chosen = profile();
    m_thresholdError->setVisible(!chosen);
    for (QPushButton* button : {m_saveJson, m_saveCsv, m_saveXlsx})
        button->setEnabled(report && chosen);
    if (!report || !chosen) {
        m_hiddenCount->clear();
        return;
    }
    // The workbook's own sheets: what the XLSX file will hold, with the same labels and notes.
    for (const Sheet& sheet : reportSheets(*report, *chosen))
        m_preview->addTab(sheetTable(sheet, m_preview), fromUtf8(sheet.title));
    // The tab shown before, else the first section's (the figures, after « Informations »).
    m_preview->setCurrentIndex(std::min(shownTab >= 0 ? shownTab : 1, m_preview->count() - 1));
    if (chosen->kind == ReportProfile::Kind::Public) {
        const std::size_t hidden = publicSuppressions(report->counts, chosen->threshold).size();
        m_hiddenCount->setText(tr("%n value(s) hidden by the public profile.", nullptr, static_cast<int>(hidden)));
    } else {
        m_hiddenCount->setText(tr("Exact counts: for the national warehouse only, never for publication."));
    }
}

QString ConsolidationDialog::suggestedName() const
{
    const std::optional<ReportProfile> chosen = profile();
    const bool isPublic = chosen && chosen->kind == ReportProfile::Kind::Public;
    return QStringLiteral("consolidation-%1-%2")
        .arg(year())
        .arg(isPublic ? QStringLiteral("public") : QStringLiteral("warehouse"));
}

bool ConsolidationDialog::saveTo(const QString& path, Format format)
{
    const ConsolidationReport* report = m_reports.report(year());
    const std::optional<ReportProfile> chosen = profile();
    const QString title = tr("Save the consolidation");
    if (!report)
        return false;
    if (!chosen) {
        MessageBox::warning(this, title, tr("The threshold is at least %1.").arg(kMinimumPublicThreshold));
        return false;
    }
    try {
        if (format == Format::Xlsx)
            writeReportXlsx(*report, *chosen, toPath(path));
        else
            writeReportFile(toPath(path), format == Format::Json ? reportJsonText(*report, *chosen, m_clock.nowUtc())
                                                                 : reportCsvText(*report, *chosen));
    } catch (const std::exception& error) {
        MessageBox::warning(this, title, QString::fromUtf8(error.what()));
        return false;
    }
    return true;
}

void ConsolidationDialog::save(Format format)
{
    FileFormat fileFormat{tr("JSON file"), QStringLiteral("json")};
    if (format == Format::Csv)
        fileFormat = {tr("CSV file"), QStringLiteral("csv")};
    else if (format == Format::Xlsx)
        fileFormat = {tr("Excel workbook"), QStringLiteral("xlsx")};
    if (!ensurePlieIdentity())
        return;
    const QString path = askForReportFile(this, tr("Save the consolidation"), suggestedName(), {fileFormat});
    if (!path.isEmpty())
        saveTo(path, format);
}

bool ConsolidationDialog::ensurePlieIdentity()
{
    const PlieSettings current = m_reports.plie();
    if (!current.name.empty() || !current.code.empty())
        return true;
    PlieIdentityDialog dialog(current, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const PlieSettings identity = dialog.identity();
    try {
        setPlieIdentity(m_db, m_clock, identity);
    } catch (const std::exception& error) {
        MessageBox::warning(this, tr("The PLIE's identity"), QString::fromUtf8(error.what()));
        return false;
    }
    m_reports.setPlie(identity);
    refresh();
    return true;
}

void ConsolidationDialog::saveJson()
{
    save(Format::Json);
}

void ConsolidationDialog::saveCsv()
{
    save(Format::Csv);
}

void ConsolidationDialog::saveXlsx()
{
    save(Format::Xlsx);
}

} // namespace parcours::ui
