// Crossing between the core's standard types and Qt's.
#include "ui/common/CoreConversions.h"

namespace parcours::ui {

QDate toQDate(const Date& date)
{
    if (date.is_special())
        return {};
    const auto ymd = date.year_month_day();
    return QDate(ymd.year, ymd.month, ymd.day);
}

Date toDate(const QDate& date)
{
    if (!date.isValid())
        return Date(boost::date_time::not_a_date_time);
    return Date(static_cast<unsigned short>(date.year()), static_cast<unsigned short>(date.month()),
                static_cast<unsigned short>(date.day()));
}

// Through UTF-16 so that names outside ASCII survive on every platform.
std::filesystem::path toPath(const QString& path)
{
    return std::filesystem::path(path.toStdU16String());
}

QString toQString(const std::filesystem::path& path)
{
    return QString::fromStdU16String(path.u16string());
}

} // namespace parcours::ui
