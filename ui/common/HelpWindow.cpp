// The guide: one HTML page embedded under :/help, read in a QTextBrowser, its own window beside the work.
#include "ui/common/HelpWindow.h"

#include <QKeySequence>
#include <QScreen>
#include <QShortcut>
#include <QTextBrowser>
#include <QTextDocument>
#include <QUrl>
#include <QVBoxLayout>

namespace parcours::ui {

HelpWindow::HelpWindow(QWidget* parent) : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("helpWindow"));
    setWindowTitle(tr("Parcours guide"));
    m_browser = new QTextBrowser(this);
    m_browser->setOpenExternalLinks(true);
    m_browser->document()->setDocumentMargin(fontMetrics().averageCharWidth() * 2);
    m_browser->setSource(QUrl(QStringLiteral("qrc:/help/guide.html")));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    auto* close = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(close, &QShortcut::activated, this, &QWidget::close);
    // A readable column, within the screen's room.
    const QSize room = screen() ? screen()->availableGeometry().size() - QSize(40, 80) : QSize(760, 640);
    resize(QSize(fontMetrics().averageCharWidth() * 90, fontMetrics().lineSpacing() * 40).boundedTo(room));
}

HelpWindow* HelpWindow::show(QWidget* owner)
{
    auto* window = owner->findChild<HelpWindow*>(QString(), Qt::FindDirectChildrenOnly);
    if (!window)
        window = new HelpWindow(owner);
    window->QWidget::show();
    window->raise();
    window->activateWindow();
    return window;
}

} // namespace parcours::ui
