// The words the interface shows for the domain's coded values, translated.
#include "ui/DomainLabels.h"

#include "ui/CoreConversions.h"

#include <QCoreApplication>
#include <QLocale>

namespace parcours::ui {

QString statusLabel(PathwayStatus status)
{
    switch (status) {
    case PathwayStatus::Active: return QCoreApplication::translate("DomainLabels", "in pathway");
    case PathwayStatus::OnHold: return QCoreApplication::translate("DomainLabels", "on hold");
    case PathwayStatus::InFollowUp: return QCoreApplication::translate("DomainLabels", "in work (follow-up)");
    case PathwayStatus::Exited: return QCoreApplication::translate("DomainLabels", "exited");
    }
    return {};
}

QString statusLabel(const std::optional<PathwayStatus>& status)
{
    if (!status)
        return QCoreApplication::translate("DomainLabels", "no pathway");
    return statusLabel(*status);
}

QString dateText(const Date& date)
{
    const QLocale locale;
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy")); // a case file spans decades
    return locale.toString(toQDate(date), format);
}

} // namespace parcours::ui
