// The wait cursor while the application writes, so that a write waiting for a busy file does not look frozen.
#pragma once

#include <QApplication>
#include <QCursor>

namespace parcours::ui {

class WaitCursor {
public:
    WaitCursor() { QApplication::setOverrideCursor(QCursor(Qt::WaitCursor)); }
    ~WaitCursor() { QApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor&) = delete;
    WaitCursor& operator=(const WaitCursor&) = delete;
};

} // namespace parcours::ui
