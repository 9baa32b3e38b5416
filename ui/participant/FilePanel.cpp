// What the panels of the participant file share.
#include "ui/participant/FilePanel.h"

#include "domain/Rules.h"
#include "store/PathwayRepository.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDateEdit>
#include <QKeyEvent>
#include <QLineEdit>
#include <QUndoStack>

namespace parcours::ui {

FilePanel::FilePanel(CommandContext& context, QUndoStack& undoStack, RowId participantId, QWidget* parent)
    : QWidget(parent), m_context(context), m_undoStack(undoStack), m_participantId(participantId)
{
}

void FilePanel::reload()
{
    m_pathway = currentPathway(m_context.db, m_context.clock, m_participantId);
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

void FilePanel::pushDone(QUndoCommand* command)
{
    markSaved();
    m_undoStack.push(command); // its first redo does nothing: the edit is written
    if (m_context.changed)
        m_context.changed();
}

bool FilePanel::writeAndPush(const std::function<QUndoCommand*()>& write)
{
    QUndoCommand* command = nullptr;
    try {
        command = write();
    } catch (const RuleError& error) {
        m_errors.show(error.violations());
        return false;
    } catch (const std::exception& error) { // the store itself refused: a read-only or broken file
        m_errors.show({{std::string(), error.what()}});
        return false;
    }
    pushDone(command);
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

std::optional<Pathway> currentPathway(Database& db, const Clock& clock, RowId participantId)
{
    std::vector<Pathway> pathways = PathwayRepository(db, clock).forParticipant(participantId);
    if (pathways.empty())
        return std::nullopt;
    return std::move(pathways.back());
}

} // namespace parcours::ui
