// What a search compares: text folded as the core folds it, so that « eloise » finds « Éloïse ».
#pragma once

#include <QString>
#include <QStringList>

namespace parcours::ui {

// "Éloïse Lefèvre-Œuvray" → "eloise lefevre-oeuvray": the core's foldText (domain/TextFolding.h),
// the one folding that also orders names and finds duplicates.
QString searchKey(const QString& text);

// The words of a query, each as searchKey() makes it; a row matches when it holds them all.
QStringList searchWords(const QString& query);

} // namespace parcours::ui
