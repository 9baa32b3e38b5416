// Where a write that met a damaged base is told, so that the main window can offer a backup.
#pragma once

#include <QObject>
#include <QString>

#include <exception>

namespace parcours::ui {

// The one notice of the application: the places that write catch the store's failures and show
// them as before; when the failure is a DatabaseDamaged, they pass it here too, and the main
// window, which owns the base, offers its newest sound backup once the message is read.
class DamageNotice : public QObject {
    Q_OBJECT

public:
    static DamageNotice& instance();
    // Emits `damaged` when `failure` is a DatabaseDamaged; anything else is left to the caller.
    static void reportIfDamaged(const std::exception& failure);

signals:
    // `database`: the damaged file; `message`: what the store found, in French.
    void damaged(const QString& database, const QString& message);

private:
    DamageNotice() = default;
};

} // namespace parcours::ui
