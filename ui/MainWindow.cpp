// The main window: assembles the menus, the caseload panel and the status bar; holds no logic of its own.
#include "ui/MainWindow.h"

#include "store/Database.h"
#include "store/PlieSettingsRepository.h"
#include "ui/About.h"
#include "ui/CaseloadModel.h"
#include "ui/CaseloadView.h"
#include "ui/CoreConversions.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>

namespace parcours::ui {

MainWindow::MainWindow(Database& db, const Clock& clock, QWidget* parent)
    : QMainWindow(parent),
      m_db(db),
      m_caseloadModel(new CaseloadModel(db, clock, this)),
      m_caseloadView(new CaseloadView(*m_caseloadModel, this)),
      m_participantCount(new QLabel(this)),
      m_databasePath(new QLabel(this))
{
    setCentralWidget(m_caseloadView);
    createMenus();

    m_participantCount->setObjectName(QStringLiteral("participantCount"));
    m_databasePath->setObjectName(QStringLiteral("databasePath"));
    m_databasePath->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_participantCount);
    statusBar()->addPermanentWidget(m_databasePath);

    connect(m_caseloadModel, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatusBar);
    updateTitle();
    updateStatusBar();
    resize(1100, 700);
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction* about = helpMenu->addAction(tr("&About Parcours"), this, [this] { showAbout(this); });
    about->setMenuRole(QAction::AboutRole);
    QAction* aboutQt = helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::updateTitle()
{
    const QString plieName = toQString(PlieSettingsRepository(m_db).get().name).trimmed();
    const QString appName = QStringLiteral("Parcours");
    setWindowTitle(plieName.isEmpty() ? appName : QStringLiteral("%1 \u2014 %2").arg(plieName, appName));
}

void MainWindow::updateStatusBar()
{
    m_participantCount->setText(tr("%n participant(s)", nullptr, m_caseloadModel->rowCount()));
    const QString path = QDir::toNativeSeparators(toQString(m_db.path()));
    m_databasePath->setText(path);
    m_databasePath->setToolTip(tr("Database: %1").arg(path));
}

} // namespace parcours::ui
