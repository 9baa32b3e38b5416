// Crossing between the core's standard types (UTF-8 strings, Boost dates, paths) and Qt's.
#pragma once

#include "domain/Date.h"

#include <QDate>
#include <QString>

#include <filesystem>
#include <string>

namespace parcours::ui {

inline QString toQString(const std::string& utf8)
{
    return QString::fromStdString(utf8);
}

QDate toQDate(const Date& date);
Date toDate(const QDate& date);

std::filesystem::path toPath(const QString& path);
QString toQString(const std::filesystem::path& path);

} // namespace parcours::ui
