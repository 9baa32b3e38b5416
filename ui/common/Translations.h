// Which language the interface speaks, and installing its translations on the application.
#pragma once

#include <QLocale>
#include <QStringList>

class QCoreApplication;

namespace parcours::ui {

// The interface speaks French unless the user's languages (QLocale::uiLanguages(), in order
// of preference) name English before French: French is the language of the PLIE network,
// and the one to fall back on when the system says nothing useful (C, POSIX, unknown).
QLocale chooseInterfaceLocale(const QStringList& uiLanguages);

// Installs Parcours's translation for `locale` (embedded under :/i18n) and, for French, Qt's
// own (qtbase_fr from QLibraryInfo's translations folder, when present), and makes `locale`
// the default for dates and numbers. Returns false when Parcours's translation is missing.
bool installTranslations(QCoreApplication& app, const QLocale& locale);

} // namespace parcours::ui
