// What the panels of the participant file share.
#include "ui/participant/FilePanel.h"

#include "domain/Rules.h"
#include "ui/backup/DamageNotice.h"
#include "ui/common/DomainLabels.h"
#include "ui/common/MessageBox.h"
#include "ui/common/UndoController.h"
#include "ui/common/WaitCursor.h"
#include "usecases/ParticipantCases.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDateEdit>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTableView>

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
        emit attentionWanted();
        return false;
    } catch (const std::exception& error) { // the store itself refused: a busy, read-only or broken file
        m_errors.show({{std::string(), error.what()}});
        emit attentionWanted();
        DamageNotice::reportIfDamaged(error);
        return false;
    }
    markSaved();
    m_context.undo.push(std::move(change), text); // the file reads everything again
    return true;
}

bool FilePanel::confirmAddingToClosedPathway()
{
    if (!m_pathway || !m_pathway->exit || m_pathway->exit->date > today())
        return true;
    const QString text = tr("This pathway closed on %1. Add to it anyway?").arg(dateText(m_pathway->exit->date));
    return MessageBox::question(this, tr("Closed pathway"), text) == QMessageBox::Yes;
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

void FilePanel::keepRowsVisible(QTableView* view, int rows)
{
    const int row = view->verticalHeader()->defaultSectionSize();
    view->setMinimumHeight(view->horizontalHeader()->sizeHint().height() + rows * row + 2 * view->frameWidth());
}

namespace {

// A date typed where the cursor is: Qt inserts a digit beside the section's other digits
// (« 1|1 » and « 0 » gives « 101 », refused), so the first digit typed in a section replaces
// the whole section; the next ones complete it, and Qt moves on once it is full.
class TypedDateEdit : public QDateEdit {
public:
    using QDateEdit::QDateEdit;

protected:
    void keyPressEvent(QKeyEvent* event) override
    {
        const QString text = event->text();
        const bool digit = text.size() == 1 && text.front().isDigit() && !(event->modifiers() & Qt::ControlModifier);
        if (!digit) {
            m_typingIn = NoSection;
        } else if (currentSection() != m_typingIn) {
            setSelectedSection(currentSection());
            m_typingIn = currentSection();
        }
        QDateEdit::keyPressEvent(event);
    }
    void focusInEvent(QFocusEvent* event) override
    {
        m_typingIn = NoSection;
        QDateEdit::focusInEvent(event);
    }
    void mousePressEvent(QMouseEvent* event) override
    {
        m_typingIn = NoSection;
        QDateEdit::mousePressEvent(event);
    }

private:
    Section m_typingIn = NoSection;
};

} // namespace

QDateEdit* FilePanel::dateEdit(QWidget* parent)
{
    auto* edit = new TypedDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    return edit;
}

} // namespace parcours::ui
