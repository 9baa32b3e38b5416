// What a search compares: text without accents nor case, so that « eloise » finds « Éloïse ».
#include "ui/caseload/SearchText.h"

namespace parcours::ui {

QString searchKey(const QString& text)
{
    const QString decomposed = text.toLower().normalized(QString::NormalizationForm_KD);
    QString key;
    key.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        switch (c.category()) {
        case QChar::Mark_NonSpacing:
        case QChar::Mark_SpacingCombining:
        case QChar::Mark_Enclosing: continue;
        default: break;
        }
        switch (c.unicode()) {
        case 0x0153: key += QLatin1String("oe"); break; // œ
        case 0x00E6: key += QLatin1String("ae"); break; // æ
        case 0x00DF: key += QLatin1String("ss"); break; // ß
        case 0x2019: key += QLatin1Char('\''); break;   // the typographic apostrophe as typed
        default: key += c;
        }
    }
    return key;
}

QStringList searchWords(const QString& query)
{
    return searchKey(query).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace parcours::ui
