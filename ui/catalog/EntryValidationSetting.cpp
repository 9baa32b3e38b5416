// The setting's action, written through the core and read back after every change.
#include "ui/catalog/EntryValidationSetting.h"

#include "store/PlieSettingsRepository.h"
#include "ui/catalog/UndoableWrite.h"
#include "ui/common/UndoController.h"
#include "usecases/PlieCases.h"

#include <QAction>
#include <QWidget>

namespace parcours::ui {

EntryValidationSetting::EntryValidationSetting(UndoController& undo, QWidget* window)
    : QObject(window), m_undo(undo), m_window(window), m_action(new QAction(tr("&Validate the entries"), this))
{
    m_action->setCheckable(true);
    m_action->setStatusTip(tr("New pathways recorded in the application wait for a coordinator's validation"));
    connect(m_action, &QAction::triggered, this, [this](bool on) { set(on); });
    connect(&m_undo, &UndoController::changed, this, &EntryValidationSetting::refresh);
    refresh();
}

void EntryValidationSetting::refresh()
{
    bool on = false;
    try {
        on = PlieSettingsRepository(m_undo.database()).get().entriesNeedValidation;
    } catch (const std::exception&) {
        on = false; // an unreadable base: the window tells why elsewhere
    }
    m_action->setChecked(on);
}

bool EntryValidationSetting::set(bool on)
{
    const bool written =
        writeUndoably(m_window, tr("Validate the entries"), m_undo,
                      on ? tr("Validate the entries") : tr("Stop validating the entries"),
                      [&] { return setEntriesNeedValidation(m_undo.database(), m_undo.clock(), on); });
    refresh();
    return written;
}

} // namespace parcours::ui
