// The labels of the consolidation's paths: a table for the report's own words, the domain's labels for its codes.
#include "ui/reports/ReportLabels.h"

#include "domain/Codes.h"
#include "ui/participant/FileLabels.h"

#include <QCoreApplication>
#include <QLocale>

#include <array>

namespace parcours::ui {

namespace {

struct PathLabel {
    std::string_view path;
    const char* label;
};

// clang-format off
constexpr std::array kLabels{
    PathLabel{"stock", QT_TRANSLATE_NOOP("ReportLabels", "People in a pathway")},
    PathLabel{"stock.in_parcours_start", QT_TRANSLATE_NOOP("ReportLabels", "In a pathway on 1 January")},
    PathLabel{"stock.entries", QT_TRANSLATE_NOOP("ReportLabels", "Entries")},
    PathLabel{"stock.present", QT_TRANSLATE_NOOP("ReportLabels", "In a pathway during the year")},
    PathLabel{"stock.exits", QT_TRANSLATE_NOOP("ReportLabels", "Exits")},
    PathLabel{"stock.in_parcours_end", QT_TRANSLATE_NOOP("ReportLabels", "In a pathway on 31 December")},
    PathLabel{"entries", QT_TRANSLATE_NOOP("ReportLabels", "Entries")},
    PathLabel{"entries.total", QT_TRANSLATE_NOOP("ReportLabels", "Entries")},
    PathLabel{"entries.sex", QT_TRANSLATE_NOOP("ReportLabels", "By sex")},
    PathLabel{"entries.sex.F", QT_TRANSLATE_NOOP("ReportLabels", "Women")},
    PathLabel{"entries.sex.M", QT_TRANSLATE_NOOP("ReportLabels", "Men")},
    PathLabel{"entries.sex.X", QT_TRANSLATE_NOOP("ReportLabels", "Sex not stated")},
    PathLabel{"entries.age", QT_TRANSLATE_NOOP("ReportLabels", "By age at entry")},
    PathLabel{"entries.age.under_26", QT_TRANSLATE_NOOP("ReportLabels", "Under 26")},
    PathLabel{"entries.age.26_44", QT_TRANSLATE_NOOP("ReportLabels", "26 to 44")},
    PathLabel{"entries.age.45_plus", QT_TRANSLATE_NOOP("ReportLabels", "45 and over")},
    PathLabel{"entries.education", QT_TRANSLATE_NOOP("ReportLabels", "By education")},
    PathLabel{"entries.education.sans_qualification", QT_TRANSLATE_NOOP("ReportLabels", "No qualification (1-2, VI, V bis)")},
    PathLabel{"entries.education.peu_qualifie", QT_TRANSLATE_NOOP("ReportLabels", "Low qualification (3, V)")},
    PathLabel{"entries.education.qualifie", QT_TRANSLATE_NOOP("ReportLabels", "Qualified (4-8, IV-I)")},
    PathLabel{"entries.education.autre_ou_inconnu", QT_TRANSLATE_NOOP("ReportLabels", "Other or unknown (9)")},
    PathLabel{"entries.public", QT_TRANSLATE_NOOP("ReportLabels", "By public (one person may count in several)")},
    PathLabel{"entries.public.rsa", QT_TRANSLATE_NOOP("ReportLabels", "RSA recipients")},
    PathLabel{"entries.public.deld", QT_TRANSLATE_NOOP("ReportLabels", "Long-term jobseekers (DELD)")},
    PathLabel{"entries.public.rqth", QT_TRANSLATE_NOOP("ReportLabels", "Disabled workers (RQTH)")},
    PathLabel{"entries.public.other_difficulty", QT_TRANSLATE_NOOP("ReportLabels", "Other difficulties")},
    PathLabel{"entries.qpv", QT_TRANSLATE_NOOP("ReportLabels", "Living in a priority district (QPV)")},
    PathLabel{"exits", QT_TRANSLATE_NOOP("ReportLabels", "Exits")},
    PathLabel{"exits.total", QT_TRANSLATE_NOOP("ReportLabels", "Exits")},
    PathLabel{"exits.positive", QT_TRANSLATE_NOOP("ReportLabels", "Positive exits")},
    PathLabel{"exits.positive.total", QT_TRANSLATE_NOOP("ReportLabels", "Positive exits")},
    PathLabel{"exits.positive.emploi_durable", QT_TRANSLATE_NOOP("ReportLabels", "Lasting job")},
    PathLabel{"exits.positive.formation_qualifiante", QT_TRANSLATE_NOOP("ReportLabels", "Qualifying training")},
    PathLabel{"exits.positive.autre_positive", QT_TRANSLATE_NOOP("ReportLabels", "Other positive exit")},
    PathLabel{"exits.sans_suite", QT_TRANSLATE_NOOP("ReportLabels", "Exits without follow-up")},
    PathLabel{"exits.sans_suite.total", QT_TRANSLATE_NOOP("ReportLabels", "Exits without follow-up")},
    PathLabel{"exits.sans_suite.abandon", QT_TRANSLATE_NOOP("ReportLabels", "Drop-out")},
    PathLabel{"exits.sans_suite.demenagement_deces_retraite", QT_TRANSLATE_NOOP("ReportLabels", "Move, death, retirement")},
    PathLabel{"exits.sans_suite.autre", QT_TRANSLATE_NOOP("ReportLabels", "Other (referral included)")},
    PathLabel{"exits.job", QT_TRANSLATE_NOOP("ReportLabels", "Exits to a lasting job")},
    PathLabel{"exits.job.contract", QT_TRANSLATE_NOOP("ReportLabels", "By contract")},
    PathLabel{"exits.job.employer", QT_TRANSLATE_NOOP("ReportLabels", "By employer")},
    PathLabel{"exits.job.naf", QT_TRANSLATE_NOOP("ReportLabels", "By sector (NAF section)")},
    PathLabel{"exits.by_group", QT_TRANSLATE_NOOP("ReportLabels", "By group")},
    PathLabel{"rates", QT_TRANSLATE_NOOP("ReportLabels", "Rates")},
    PathLabel{"rates.positive_over_exits", QT_TRANSLATE_NOOP("ReportLabels", "Positive exits / exits")},
    PathLabel{"rates.positive_over_exits_excluding_neutral", QT_TRANSLATE_NOOP("ReportLabels", "Positive exits / exits, moves, deaths and retirements aside")},
    PathLabel{"rates.positive_over_entries", QT_TRANSLATE_NOOP("ReportLabels", "Positive exits / entries")},
    PathLabel{"rates.positive_over_exits_by_group", QT_TRANSLATE_NOOP("ReportLabels", "Positive exits / exits, by group")},
    PathLabel{"steps", QT_TRANSLATE_NOOP("ReportLabels", "Steps")},
    PathLabel{"steps.total", QT_TRANSLATE_NOOP("ReportLabels", "Steps")},
    PathLabel{"steps.per_participant", QT_TRANSLATE_NOOP("ReportLabels", "Steps per person in a pathway")},
    PathLabel{"steps.type", QT_TRANSLATE_NOOP("ReportLabels", "By type")},
    PathLabel{"steps.iae", QT_TRANSLATE_NOOP("ReportLabels", "IAE steps by structure")},
    PathLabel{"freins", QT_TRANSLATE_NOOP("ReportLabels", "Barriers")},
    PathLabel{"freins.identified", QT_TRANSLATE_NOOP("ReportLabels", "Identified during the year")},
    PathLabel{"freins.lifted", QT_TRANSLATE_NOOP("ReportLabels", "Lifted during the year")},
};

// The groups of exits.by_group (and of the rates by group).
constexpr std::array kGroupLabels{
    PathLabel{"F", QT_TRANSLATE_NOOP("ReportLabels", "Women")},
    PathLabel{"M", QT_TRANSLATE_NOOP("ReportLabels", "Men")},
    PathLabel{"X", QT_TRANSLATE_NOOP("ReportLabels", "Sex not stated")},
    PathLabel{"rsa", QT_TRANSLATE_NOOP("ReportLabels", "RSA")},
    PathLabel{"deld", QT_TRANSLATE_NOOP("ReportLabels", "DELD")},
    PathLabel{"rqth", QT_TRANSLATE_NOOP("ReportLabels", "RQTH")},
    PathLabel{"sans_qualification", QT_TRANSLATE_NOOP("ReportLabels", "No qualification")},
    PathLabel{"exits", QT_TRANSLATE_NOOP("ReportLabels", "Exits")},
    PathLabel{"positive", QT_TRANSLATE_NOOP("ReportLabels", "Positive exits")},
};
// clang-format on

QString translated(const char* label)
{
    return QCoreApplication::translate("ReportLabels", label);
}

std::optional<QString> lookUp(const auto& table, std::string_view path)
{
    for (const PathLabel& entry : table) {
        if (entry.path == path)
            return translated(entry.label);
    }
    return std::nullopt;
}

// The label of a domain code under `prefix` ("steps.type.formation"), when the path is one.
template <typename E>
std::optional<QString> codeLabel(std::string_view path, std::string_view prefix, QString (*label)(E))
{
    if (!path.starts_with(prefix))
        return std::nullopt;
    if (const std::optional<E> value = fromCode<E>(path.substr(prefix.size())))
        return label(*value);
    return std::nullopt;
}

QString fromView(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

} // namespace

QString reportLabel(std::string_view path)
{
    if (std::optional<QString> label = lookUp(kLabels, path))
        return *label;
    if (auto label = codeLabel<StepType>(path, "steps.type.", &FileLabels::stepType))
        return *label;
    if (auto label = codeLabel<StepSubtype>(path, "steps.iae.", &FileLabels::stepSubtype))
        return *label;
    if (auto label = codeLabel<BarrierCategory>(path, "freins.identified.", &FileLabels::barrierCategory))
        return *label;
    if (auto label = codeLabel<BarrierCategory>(path, "freins.lifted.", &FileLabels::barrierCategory))
        return *label;
    if (auto label = codeLabel<ContractType>(path, "exits.job.contract.", &FileLabels::contractType))
        return *label;
    if (auto label = codeLabel<EmployerCategory>(path, "exits.job.employer.", &FileLabels::employerCategory))
        return *label;
    const std::string_view last = path.substr(path.rfind('.') + 1);
    if (path.starts_with("exits.job.naf."))
        return QCoreApplication::translate("ReportLabels", "Section %1").arg(fromView(last));
    if (path.starts_with("exits.by_group.") || path.starts_with("rates.positive_over_exits_by_group.")) {
        if (std::optional<QString> label = lookUp(kGroupLabels, last))
            return *label;
    }
    return fromView(last);
}

QString percentText(const std::optional<double>& rate)
{
    if (!rate)
        return QStringLiteral("—");
    return QCoreApplication::translate("ReportLabels", "%1 %", "a percent")
        .arg(QLocale().toString(*rate * 100, 'f', 1));
}

QString countText(long long count)
{
    return QLocale().toString(count);
}

} // namespace parcours::ui
