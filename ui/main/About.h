// The "About Parcours" box.
#pragma once

#include <QString>

class QWidget;

namespace parcours::ui {

QString aboutText();
void showAbout(QWidget* parent);

} // namespace parcours::ui
