// How many rows of each kind an import wrote, in words: the language's plurals and digit grouping.
#include "ui/common/CountsText.h"

#include <QCoreApplication>

namespace parcours::ui {

namespace {

int n(std::size_t count)
{
    return static_cast<int>(count);
}

} // namespace

QStringList countLines(const InterchangeCounts& c)
{
    return {
        QCoreApplication::translate("CountsText", "%Ln participant(s)", nullptr, n(c.participants)),
        QCoreApplication::translate("CountsText", "%Ln pathway(s)", nullptr, n(c.pathways)),
        QCoreApplication::translate("CountsText", "%Ln step(s)", nullptr, n(c.steps)),
        QCoreApplication::translate("CountsText", "%Ln barrier(s)", nullptr, n(c.barriers)),
        QCoreApplication::translate("CountsText", "%Ln contact(s)", nullptr, n(c.contacts)),
        QCoreApplication::translate("CountsText", "%Ln planned action(s)", nullptr, n(c.plannedActions)),
        QCoreApplication::translate("CountsText", "%Ln hold period(s)", nullptr, n(c.holds)),
        QCoreApplication::translate("CountsText", "%Ln broken hire(s)", nullptr, n(c.hires)),
    };
}

QString caseloadSizeText(int openPathways)
{
    return QCoreApplication::translate("CountsText", "%Ln participant(s) followed; guideline: %1 to %2", nullptr,
                                       openPathways)
        .arg(kCaseloadNormLow)
        .arg(kCaseloadNormHigh);
}

} // namespace parcours::ui
