// What the panels of the participant file share.
#include "ui/participant/FilePanel.h"

#include "domain/Rules.h"
#include "ui/common/UndoController.h"
#include "ui/common/WaitCursor.h"
#include "usecases/ParticipantCases.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDateEdit>
#include <QKeyEvent>
#include <QLineEdit>

namespace parcours::ui {

FilePanel::FilePanel(const FileContext& context, RowId participantId, QWidget* parent)
    : QWidget(parent), m_context(context), m_participantId(participantId)
{
}

void FilePanel::reload()
{
    m_pathway = currentPathway(m_context.db, m_participantId);
    filling([this] { refresh(); });
}

void FilePanel::markUnsaved()
{
    if (!m_filling)
        m_unsaved = true;
}

void FilePanel::markSaved()
{
    m_unsaved = false;
    m_errors.clear();
}

bool FilePanel::writeAndPush(const QString& text, const std::function<Change()>& write)
{
    Change change;
    try {
        const WaitCursor wait; // a busy base is waited for a moment (Database::setBusyTimeout)
        change = write();
    } catch (const RuleError& error) {
        m_errors.show(error.violations());
        return false;
    } catch (const std::exception& error) { // the store itself refused: a busy, read-only or broken file
        m_errors.show({{std::string(), error.what()}});
        return false;
    }
    markSaved();
    m_context.undo.push(std::move(change), text); // the file reads everything again
    return true;
}

void FilePanel::keyPressEvent(QKeyEvent* event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    QWidget* focus = QApplication::focusWidget();
    // Line edits save on their own returnPressed; a button's Enter stays the button's.
    const bool handledElsewhere = qobject_cast<QLineEdit*>(focus) || qobject_cast<QAbstractButton*>(focus);
    if (enter && !handledElsewhere && hasUnsavedEdits()) {
        saveEdits();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

QDateEdit* FilePanel::dateEdit(QWidget* parent)
{
    auto* edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    return edit;
}

} // namespace parcours::ui
