// A plain spreadsheet table: a title, a header row and rows of cells, written as XLSX or as CSV.
#pragma once

#include "domain/Date.h"

#include <string>
#include <variant>
#include <vector>

namespace parcours {

// How a number is shown in a spreadsheet; the value written is the same whatever the format.
enum class NumberFormat {
    General, // as the spreadsheet shows any number (whole counts)
    Decimal, // two decimals: 2.35
    Percent, // a rate between 0 and 1 shown in percent with one decimal: 44.5 %
};

struct Number {
    double value = 0;
    NumberFormat format = NumberFormat::General;
    friend bool operator==(const Number&, const Number&) = default;
};

// Empty, text, a number, or a calendar day.
using Cell = std::variant<std::monostate, std::string, Number, Date>;

struct Sheet {
    std::string title; // the tab's name (at most 31 characters in a workbook)
    std::vector<std::string> header;
    std::vector<std::vector<Cell>> rows; // each as long as the header, or shorter (missing cells are empty)
};

} // namespace parcours
