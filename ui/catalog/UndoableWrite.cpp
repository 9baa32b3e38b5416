// A use case's Change on the undo stack, or its refusal in a message box.
#include "ui/catalog/UndoableWrite.h"

#include "domain/Rules.h"
#include "ui/backup/DamageNotice.h"
#include "ui/common/CoreConversions.h"
#include "ui/common/MessageBox.h"
#include "ui/common/UndoController.h"
#include "ui/common/WaitCursor.h"

#include <QStringList>

namespace parcours::ui {

bool writeUndoably(QWidget* parent, const QString& title, UndoController& undo, const QString& text,
                   const std::function<Change()>& write)
{
    Change change;
    try {
        const WaitCursor wait; // a busy base is waited for a moment
        change = write();
    } catch (const RuleError& error) {
        QStringList lines;
        for (const RuleViolation& v : error.violations())
            lines << toQString(v.message);
        MessageBox::warning(parent, title, lines.join(QLatin1Char('\n')));
        return false;
    } catch (const std::exception& error) { // a busy, read-only or broken file
        MessageBox::warning(parent, title, QString::fromUtf8(error.what()));
        DamageNotice::reportIfDamaged(error);
        return false;
    }
    undo.push(std::move(change), text);
    return true;
}

} // namespace parcours::ui
