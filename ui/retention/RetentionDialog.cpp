// The files due for archiving, listed and archived in one transaction.
#include "ui/retention/RetentionDialog.h"

#include "domain/Retention.h"
#include "ui/common/CoreConversions.h"
#include "ui/common/MessageBox.h"
#include "ui/common/WaitCursor.h"
#include "usecases/ArchiveCases.h"
#include "usecases/PlieCases.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace parcours::ui {

namespace {

QString dateText(const Date& date)
{
    return QLocale().toString(toQDate(date), QLocale::ShortFormat);
}

} // namespace

RetentionDialog::RetentionDialog(Database& db, const Clock& clock, std::function<bool()> backUp, QWidget* parent)
    : QDialog(parent), m_db(db), m_clock(clock), m_backUp(std::move(backUp))
{
    setWindowTitle(tr("Files due for archiving"));
    auto* layout = new QVBoxLayout(this);
    auto* explanation = new QLabel(
        tr("A file is due when every pathway of the person has ended and their latest record is older than the "
           "retention period. Archiving erases the name, birth date, contact details and every free text; the "
           "figures of every year stay the same."),
        this);
    explanation->setWordWrap(true);
    layout->addWidget(explanation);

    auto* form = new QFormLayout;
    m_months = new QSpinBox(this);
    m_months->setRange(kMinimumRetentionMonths, kMaximumRetentionMonths);
    m_months->setSuffix(tr(" months"));
    m_pliePeriod = retentionMonths(m_db);
    m_months->setValue(m_pliePeriod);
    m_savePeriod = new QPushButton(tr("Keep as the PLIE's period"), this);
    m_savePeriod->setEnabled(false);
    connect(m_savePeriod, &QPushButton::clicked, this, &RetentionDialog::savePeriod);
    auto* period = new QHBoxLayout;
    period->addWidget(m_months);
    period->addWidget(m_savePeriod);
    period->addStretch();
    form->addRow(tr("Retention period:"), period);
    layout->addLayout(form);

    m_summary = new QLabel(this);
    layout->addWidget(m_summary);
    m_table = new QTableWidget(0, 3, this);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Case worker"), tr("Latest record")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    // The name takes the room left; the référent.e and the date fit their text.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setStretchLastSection(false);
    layout->addWidget(m_table);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_archive = buttons->addButton(tr("&Archive"), QDialogButtonBox::ActionRole);
    connect(m_archive, &QPushButton::clicked, this, [this] { archiveListed(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_months, &QSpinBox::valueChanged, this, &RetentionDialog::reload);
    resize(640, 480);
    reload();
}

void RetentionDialog::reload()
{
    try {
        m_due = filesDueForArchiving(m_db, m_clock.today(), m_months->value());
    } catch (const std::exception& error) {
        m_due.clear();
        MessageBox::warning(this, windowTitle(), QString::fromUtf8(error.what()));
    }
    m_table->setRowCount(static_cast<int>(m_due.size()));
    for (int r = 0; r < static_cast<int>(m_due.size()); ++r) {
        const DueFile& file = m_due[static_cast<std::size_t>(r)];
        m_table->setItem(
            r, 0, new QTableWidgetItem(toQString(file.lastName) + QStringLiteral(" ") + toQString(file.firstName)));
        m_table->setItem(r, 1, new QTableWidgetItem(toQString(file.referentName)));
        m_table->setItem(r, 2, new QTableWidgetItem(dateText(file.lastDate)));
    }
    const Date limit = retentionLimit(m_clock.today(), m_months->value());
    m_summary->setText(
        tr("%n file(s) due: latest record before %1.", nullptr, static_cast<int>(m_due.size())).arg(dateText(limit)));
    m_archive->setEnabled(!m_due.empty());
    m_savePeriod->setEnabled(m_months->value() != m_pliePeriod);
}

void RetentionDialog::savePeriod()
{
    try {
        setRetentionMonths(m_db, m_clock, m_months->value());
        m_pliePeriod = m_months->value();
    } catch (const std::exception& error) {
        MessageBox::warning(this, windowTitle(), QString::fromUtf8(error.what()));
    }
    m_savePeriod->setEnabled(m_months->value() != m_pliePeriod);
}

bool RetentionDialog::archiveListed()
{
    if (m_due.empty())
        return false;
    const int count = static_cast<int>(m_due.size());
    const auto answer = MessageBox::askToChoose(
        this, QMessageBox::Warning, tr("Archive the files"),
        tr("Archive %n file(s)? Their names, birth dates, contact details and free texts will be erased for good; "
           "a backup is taken first.",
           nullptr, count),
        tr("&Archive"), tr("Cancel"));
    if (answer != QMessageBox::Yes)
        return false;
    if (m_backUp && !m_backUp())
        return false;
    try {
        const WaitCursor wait;
        m_archivedCount += archiveFiles(m_db, m_clock, m_clock.today(), m_months->value(), m_due).size();
    } catch (const std::exception& error) {
        MessageBox::warning(this, tr("Archive the files"), QString::fromUtf8(error.what()));
        reload();
        return false;
    }
    reload();
    emit archived();
    return true;
}

} // namespace parcours::ui
