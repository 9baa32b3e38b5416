// The words the interface shows for the domain's coded values, translated.
#include "ui/common/DomainLabels.h"

#include "ui/common/CoreConversions.h"

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

int monthsBetween(const Date& from, const Date& to)
{
    const QDate start = toQDate(from);
    const QDate end = toQDate(to);
    int months = (end.year() - start.year()) * 12 + (end.month() - start.month());
    // 31 January to 28 February is a month: the entry's day, or the end of a shorter month.
    if (end.day() < start.day() && end.day() < end.daysInMonth())
        --months;
    return months;
}

QString durationText(const Date& entry, const Date& today)
{
    const int months = monthsBetween(entry, today);
    if (months < 1) {
        const auto days = static_cast<int>((today - entry).days());
        return QCoreApplication::translate("DomainLabels", "%n day(s)", nullptr, days);
    }
    const int years = months / 12;
    const int remainder = months - years * 12;
    const QString monthsText = QCoreApplication::translate("DomainLabels", "%n month(s)", nullptr, remainder);
    if (years == 0)
        return monthsText;
    const QString yearsText = QCoreApplication::translate("DomainLabels", "%n year(s)", nullptr, years);
    if (remainder == 0)
        return yearsText;
    return QCoreApplication::translate("DomainLabels", "%1 %2", "years then months").arg(yearsText, monthsText);
}

QString daysAgoText(int days)
{
    if (days <= 0)
        return QCoreApplication::translate("DomainLabels", "today");
    return QCoreApplication::translate("DomainLabels", "%n d ago", "days ago, short", days);
}

} // namespace parcours::ui
