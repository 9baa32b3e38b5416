// What a search compares: text without accents nor case, so that « eloise » finds « Éloïse ».
#pragma once

#include <QString>
#include <QStringList>

namespace parcours::ui {

// "Éloïse Lefèvre-Œuvray" → "eloise lefevre-oeuvray": lower case, accents and other combining
// marks removed, ligatures spelled out (œ, æ, ß).
QString searchKey(const QString& text);

// The words of a query, each as searchKey() makes it; a row matches when it holds them all.
QStringList searchWords(const QString& query);

} // namespace parcours::ui
