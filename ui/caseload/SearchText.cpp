// What a search compares: the core's folding of the text, so that « eloise » finds « Éloïse ».
#include "ui/caseload/SearchText.h"

#include "domain/TextFolding.h"

namespace parcours::ui {

QString searchKey(const QString& text)
{
    return QString::fromStdString(foldText(text.toStdString()));
}

QStringList searchWords(const QString& query)
{
    return searchKey(query).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace parcours::ui
