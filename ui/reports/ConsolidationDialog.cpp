// The yearly consolidation from the application: its year and profile, the file's values in a tree, saving it.
#include "ui/reports/ConsolidationDialog.h"

#include "store/Database.h"
#include "ui/common/BackgroundTask.h"
#include "ui/common/CoreConversions.h"
#include "ui/common/MessageBox.h"
#include "ui/common/ProgressPanel.h"
#include "ui/reports/ReportFiles.h"
#include "ui/reports/ReportLabels.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <stdexcept>

namespace parcours::ui {

namespace {

using Json = nlohmann::ordered_json;

enum Column { LabelColumn, KeyColumn, ValueColumn };

// The tree of one object of the document: a row per number, a parent row per nested object.
void addNodes(QTreeWidgetItem* parent, const Json& object, const std::string& prefix,
              const std::vector<std::string>& hidden, int threshold)
{
    for (const auto& [key, value] : object.items()) {
        const std::string path = prefix + "." + key;
        auto* item = new QTreeWidgetItem(parent);
        item->setText(LabelColumn, indicatorLabel(path));
        item->setText(KeyColumn, QString::fromStdString(path));
        item->setForeground(KeyColumn, QColor(0x60, 0x60, 0x60));
        if (value.is_object()) {
            addNodes(item, value, path, hidden, threshold);
            continue;
        }
        item->setTextAlignment(ValueColumn, Qt::AlignRight | Qt::AlignVCenter);
        if (value.is_null()) {
            if (std::binary_search(hidden.begin(), hidden.end(), path)) {
                item->setText(ValueColumn, ConsolidationDialog::tr("hidden"));
                item->setToolTip(ValueColumn,
                                 ConsolidationDialog::tr("Hidden by the public profile (threshold %1)").arg(threshold));
                QFont italic = item->font(ValueColumn);
                italic.setItalic(true);
                item->setFont(ValueColumn, italic);
                item->setForeground(ValueColumn, QColor(0x80, 0x80, 0x80));
            } else {
                item->setText(ValueColumn, QStringLiteral("—"));
                item->setToolTip(ValueColumn, ConsolidationDialog::tr("No value: nothing to divide by"));
            }
        } else if (value.is_number_integer()) {
            item->setText(ValueColumn, countText(value.get<long long>()));
        } else if (path == "steps.per_participant") {
            item->setText(ValueColumn, QLocale().toString(value.get<double>(), 'f', 2));
        } else {
            item->setText(ValueColumn, percentText(value.get<double>()));
        }
    }
}

} // namespace

ConsolidationDialog::ConsolidationDialog(Database& db, const Clock& clock, QWidget* parent)
    : QDialog(parent),
      m_databasePath(db.path()),
      m_clock(clock),
      m_task(new BackgroundTask(this)),
      m_progress(new ProgressPanel(this)),
      m_years(new QComboBox(this)),
      m_warehouse(new QRadioButton(tr("&Warehouse: the exact counts, for the national warehouse"), this)),
      m_public(new QRadioButton(tr("P&ublic: small counts hidden, for a document anyone may read"), this)),
      m_threshold(new QSpinBox(this)),
      m_thresholdError(new QLabel(this)),
      m_hiddenCount(new QLabel(this)),
      m_preview(new QTreeWidget(this)),
      m_saveJson(new QPushButton(tr("Save as &JSON…"), this)),
      m_saveCsv(new QPushButton(tr("Save as &CSV…"), this))
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
    m_preview->setColumnCount(3);
    m_preview->setHeaderLabels({tr("Indicator"), tr("Key in the file"), tr("Value")});
    m_preview->setAlternatingRowColors(true);
    m_preview->setUniformRowHeights(true);
    m_preview->header()->setStretchLastSection(false);
    m_preview->header()->setSectionResizeMode(LabelColumn, QHeaderView::Stretch);
    m_preview->header()->setSectionResizeMode(ValueColumn, QHeaderView::Fixed);
    m_preview->header()->resizeSection(ValueColumn,
                                       m_preview->fontMetrics().horizontalAdvance(QStringLiteral("0 000 000 000")));
    m_preview->header()->setSectionResizeMode(KeyColumn, QHeaderView::ResizeToContents);

    m_saveJson->setObjectName(QStringLiteral("saveJson"));
    m_saveJson->setToolTip(tr("The file for the national warehouse (format parcours-consolidation)"));
    m_saveCsv->setObjectName(QStringLiteral("saveCsv"));
    m_saveCsv->setToolTip(tr("The same values, one a line: indicator,value"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_saveJson, QDialogButtonBox::ActionRole);
    buttons->addButton(m_saveCsv, QDialogButtonBox::ActionRole);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_hiddenCount);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &ConsolidationDialog::reject);
    connect(m_saveJson, &QPushButton::clicked, this, &ConsolidationDialog::saveJson);
    connect(m_saveCsv, &QPushButton::clicked, this, &ConsolidationDialog::saveCsv);
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
    resize(760, 640);

    m_progress->showProgress(tr("Reading the database…"), -1);
    const YearReports::Stages stages{tr("Reading the database…").toStdString(),
                                     tr("Computing the indicators of each year…").toStdString()};
    m_task->start([this, path = m_databasePath, today = m_clock.today(), stages](const Progress& progress) {
        m_loading = YearReports::load(path, today, stages, progress);
    });
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
    m_preview->clear();
    const ConsolidationReport* report = m_reports.report(year());
    const std::optional<ReportProfile> chosen = profile();
    m_thresholdError->setVisible(!chosen);
    m_saveJson->setEnabled(report && chosen);
    m_saveCsv->setEnabled(report && chosen);
    if (!report || !chosen) {
        m_hiddenCount->clear();
        return;
    }
    const Json document = reportJson(*report, *chosen, m_clock.nowUtc());
    std::vector<std::string> hidden;
    if (document.contains("suppressed"))
        hidden = document["suppressed"].get<std::vector<std::string>>();
    for (const std::string_view section : kSections) {
        const std::string name(section);
        auto* item = new QTreeWidgetItem(m_preview);
        item->setText(LabelColumn, indicatorLabel(name));
        item->setText(KeyColumn, QString::fromStdString(name));
        QFont bold = item->font(LabelColumn);
        bold.setBold(true);
        item->setFont(LabelColumn, bold);
        addNodes(item, document[name], name, hidden, chosen->threshold);
    }
    m_preview->expandAll();
    if (chosen->kind == ReportProfile::Kind::Public)
        m_hiddenCount->setText(
            tr("%n value(s) hidden by the public profile.", nullptr, static_cast<int>(hidden.size())));
    else
        m_hiddenCount->setText(tr("Exact counts: for the national warehouse only, never for publication."));
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
        const std::string text = format == Format::Json ? reportJsonText(*report, *chosen, m_clock.nowUtc())
                                                        : reportCsvText(*report, *chosen);
        writeReportFile(toPath(path), text);
    } catch (const std::exception& error) {
        MessageBox::warning(this, title, QString::fromUtf8(error.what()));
        return false;
    }
    return true;
}

void ConsolidationDialog::save(Format format)
{
    const FileFormat fileFormat = format == Format::Json ? FileFormat{tr("JSON file"), QStringLiteral("json")}
                                                         : FileFormat{tr("CSV file"), QStringLiteral("csv")};
    const QString path = askForReportFile(this, tr("Save the consolidation"), suggestedName(), {fileFormat});
    if (!path.isEmpty())
        saveTo(path, format);
}

void ConsolidationDialog::saveJson()
{
    save(Format::Json);
}

void ConsolidationDialog::saveCsv()
{
    save(Format::Csv);
}

} // namespace parcours::ui
