// The list of backups: date in local time, size, soundness checked on a thread of its own.
#include "ui/backup/BackupsDialog.h"

#include "store/DatabaseCopy.h"
#include "ui/backup/DatabaseRecovery.h"
#include "ui/common/BackgroundTask.h"
#include "ui/common/CoreConversions.h"
#include "ui/common/FileDialogs.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <mutex>

namespace parcours::ui {

namespace {

enum Column { DateColumn, SizeColumn, StateColumn };

} // namespace

struct BackupsDialog::Checks {
    std::mutex mutex;
    std::vector<std::optional<CopyCheck>> results;
    std::atomic<bool> cancelled{false};
};

BackupsDialog::BackupsDialog(const std::filesystem::path& database, QWidget* parent, const DatabaseKey& key)
    : QDialog(parent),
      m_database(database),
      m_key(key),
      m_backups(listBackups(database)),
      m_checks(std::make_shared<Checks>()),
      m_list(new QTreeWidget(this)),
      m_empty(new QLabel(this)),
      m_restore(nullptr)
{
    m_checks->results.resize(m_backups.size());
    setWindowTitle(tr("Restore a backup"));
    auto* layout = new QVBoxLayout(this);
    const QString folder = QDir::toNativeSeparators(toQString(backupFolderFor(database)));
    auto* intro =
        new QLabel(tr("<p>The backups of <b>%1</b>, newest first. Parcours takes one when it opens "
                      "and closes the database, and once a day while it is open; it keeps one a day "
                      "for the last 7 days, then one a week for 4 weeks.</p><p>Folder: %2</p>")
                       .arg(QDir::toNativeSeparators(toQString(database)).toHtmlEscaped(), folder.toHtmlEscaped()),
                   this);
    intro->setWordWrap(true);
    intro->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(intro);

    m_list->setObjectName(QStringLiteral("backups"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Date"), tr("Size"), tr("State")});
    m_list->header()->setStretchLastSection(true);
    for (const BackupFile& backup : m_backups) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(DateColumn, backupTimeText(toQString(backup.instant)));
        std::error_code error;
        const auto size = std::filesystem::file_size(backup.path, error);
        item->setText(SizeColumn, error ? QString() : fileSizeText(static_cast<qint64>(size)));
        item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(StateColumn, tr("Checking…"));
        item->setToolTip(DateColumn, QDir::toNativeSeparators(toQString(backup.path)));
    }
    for (const int column : {DateColumn, SizeColumn}) { // room between the columns
        m_list->resizeColumnToContents(column);
        m_list->setColumnWidth(column, m_list->columnWidth(column) + 24);
    }
    m_list->setVisible(!m_backups.empty());
    layout->addWidget(m_list, 1);
    m_empty->setObjectName(QStringLiteral("noBackup"));
    m_empty->setText(tr("There is no backup of this database yet. File › Back up now takes one."));
    m_empty->setWordWrap(true);
    m_empty->setVisible(m_backups.empty());
    layout->addWidget(m_empty);
    if (m_backups.empty())
        layout->addStretch(1);

    auto* buttons = new QDialogButtonBox(this);
    m_restore = buttons->addButton(tr("&Restore…"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("restore"));
    QPushButton* other = buttons->addButton(tr("&Other file…"), QDialogButtonBox::ActionRole);
    other->setObjectName(QStringLiteral("otherFile"));
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
        if (row < 0)
            return;
        m_chosen = m_backups[static_cast<std::size_t>(row)].path;
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(other, &QPushButton::clicked, this, &BackupsDialog::chooseOtherFile);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &BackupsDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemDoubleClicked, m_restore, &QPushButton::click);
    if (!m_backups.empty())
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
    resize(640, 400);

    // quick_check reads each file whole: on a thread of its own, the list shows at once.
    if (!m_backups.empty()) {
        m_task = new BackgroundTask(this);
        connect(m_task, &BackgroundTask::progressed, this, &BackupsDialog::showChecks);
        connect(m_task, &BackgroundTask::finished, this, &BackupsDialog::showChecks);
        std::vector<std::filesystem::path> paths;
        for (const BackupFile& backup : m_backups)
            paths.push_back(backup.path);
        m_task->start([checks = m_checks, paths, key = m_key](const Progress& progress) {
            for (std::size_t i = 0; i < paths.size() && !checks->cancelled; ++i) {
                CopyCheck check = checkDatabaseCopy(paths[i], key);
                {
                    const std::lock_guard lock(checks->mutex);
                    checks->results[i] = std::move(check);
                }
                progress("", i + 1, paths.size());
            }
        });
    }
}

BackupsDialog::~BackupsDialog()
{
    m_checks->cancelled = true; // the file being checked ends, the others are not begun
}

bool BackupsDialog::checksDone() const
{
    const std::lock_guard lock(m_checks->mutex);
    for (const auto& result : m_checks->results)
        if (!result)
            return false;
    return true;
}

void BackupsDialog::showChecks()
{
    std::unique_lock lock(m_checks->mutex);
    for (std::size_t i = 0; i < m_checks->results.size(); ++i) {
        const auto& result = m_checks->results[i];
        if (!result)
            continue;
        QTreeWidgetItem* item = m_list->topLevelItem(static_cast<int>(i));
        if (result->sound) {
            item->setText(StateColumn, tr("Sound"));
            item->setToolTip(StateColumn, QString());
        } else {
            item->setText(StateColumn, tr("Damaged: cannot be restored"));
            item->setToolTip(StateColumn, toQString(result->problem));
            item->setForeground(StateColumn, palette().brush(QPalette::Disabled, QPalette::Text));
        }
    }
    lock.unlock();
    updateButtons();
}

void BackupsDialog::updateButtons()
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    bool usable = row >= 0;
    if (usable) {
        const std::lock_guard lock(m_checks->mutex);
        const auto& result = m_checks->results[static_cast<std::size_t>(row)];
        usable = !result || result->sound; // not yet checked: the restore checks it again anyway
    }
    m_restore->setEnabled(usable);
}

void BackupsDialog::chooseOtherFile()
{
    const QString path =
        FileDialogs::existingFile(this, tr("Restore a backup file"), QFileInfo(toQString(m_database)).absolutePath(),
                                  tr("Parcours databases (*.sqlite *.parcours);;All files (*)"));
    if (path.isEmpty())
        return;
    m_chosen = toPath(path);
    accept();
}

} // namespace parcours::ui
