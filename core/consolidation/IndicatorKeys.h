// The keys of the consolidation file (consolidation.md), written once: every count and every rate, in
// the order of the spec's sketch. Code names a count through CountKey or KeyGroup: a literal missing
// from the table does not compile, and a key built from a domain code throws when counting.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

namespace parcours {

// Every count of the file, in the order of the spec's sketch (and so of the JSON and CSV forms):
// stock, entries, exits, steps, freins. The breakdowns by a domain code list its codes in the
// order of the domain's enumeration (ConsolidationKeysTest checks both).
// clang-format off
inline constexpr std::array<std::string_view, 113> kCountKeys{
    // stock
    "stock.in_parcours_start", "stock.entries", "stock.present", "stock.exits", "stock.in_parcours_end",
    // entries
    "entries.total",
    "entries.sex.F", "entries.sex.M", "entries.sex.X",
    "entries.age.under_26", "entries.age.26_44", "entries.age.45_plus",
    "entries.education.sans_qualification", "entries.education.peu_qualifie", "entries.education.qualifie",
    "entries.education.autre_ou_inconnu",
    "entries.public.rsa", "entries.public.deld", "entries.public.rqth", "entries.public.other_difficulty",
    "entries.qpv",
    // exits
    "exits.total",
    "exits.positive.total", "exits.positive.emploi_durable", "exits.positive.formation_qualifiante",
    "exits.positive.autre_positive",
    "exits.sans_suite.total", "exits.sans_suite.abandon", "exits.sans_suite.demenagement_deces_retraite",
    "exits.sans_suite.autre",
    "exits.job.contract.cdi", "exits.job.contract.cdd_6m_plus", "exits.job.contract.interim_6m_plus",
    "exits.job.contract.creation_entreprise",
    "exits.job.employer.entreprise", "exits.job.employer.association", "exits.job.employer.public",
    "exits.job.employer.particulier",
    "exits.job.naf.A", "exits.job.naf.B", "exits.job.naf.C", "exits.job.naf.D", "exits.job.naf.E",
    "exits.job.naf.F", "exits.job.naf.G", "exits.job.naf.H", "exits.job.naf.I", "exits.job.naf.J",
    "exits.job.naf.K", "exits.job.naf.L", "exits.job.naf.M", "exits.job.naf.N", "exits.job.naf.O",
    "exits.job.naf.P", "exits.job.naf.Q", "exits.job.naf.R", "exits.job.naf.S", "exits.job.naf.T",
    "exits.job.naf.U",
    "exits.by_group.F.exits", "exits.by_group.F.positive",
    "exits.by_group.M.exits", "exits.by_group.M.positive",
    "exits.by_group.X.exits", "exits.by_group.X.positive",
    "exits.by_group.rsa.exits", "exits.by_group.rsa.positive",
    "exits.by_group.deld.exits", "exits.by_group.deld.positive",
    "exits.by_group.rqth.exits", "exits.by_group.rqth.positive",
    "exits.by_group.sans_qualification.exits", "exits.by_group.sans_qualification.positive",
    // steps
    "steps.total",
    "steps.type.mobilisation", "steps.type.formation", "steps.type.mediation_emploi",
    "steps.type.emploi_non_aide", "steps.type.contrat_aide", "steps.type.iae", "steps.type.levee_freins",
    "steps.type.accompagnement_emploi", "steps.type.autre",
    "steps.iae.aci", "steps.iae.ei", "steps.iae.etti", "steps.iae.ai", "steps.iae.regie_quartier",
    "steps.iae.geiq",
    // freins
    "freins.identified.mobilite", "freins.identified.savoirs_de_base", "freins.identified.numerique",
    "freins.identified.langue", "freins.identified.confiance_en_soi", "freins.identified.sante",
    "freins.identified.logement", "freins.identified.finances", "freins.identified.famille",
    "freins.identified.eloignement_emploi", "freins.identified.representation_travail",
    "freins.identified.autre",
    "freins.lifted.mobilite", "freins.lifted.savoirs_de_base", "freins.lifted.numerique",
    "freins.lifted.langue", "freins.lifted.confiance_en_soi", "freins.lifted.sante", "freins.lifted.logement",
    "freins.lifted.finances", "freins.lifted.famille", "freins.lifted.eloignement_emploi",
    "freins.lifted.representation_travail", "freins.lifted.autre",};
// clang-format on

// One count of the file: its position in kCountKeys.
class CountKey {
public:
    // A key written in the code: one missing from kCountKeys is refused when compiling.
    consteval CountKey(const char* path) : m_index(indexOf(path)) {}

    // A key built while counting ("entries.sex." + a code): throws std::logic_error when missing.
    static CountKey of(std::string_view path);
    static constexpr CountKey at(std::size_t index) { return CountKey(index); }
    static constexpr std::optional<CountKey> find(std::string_view path)
    {
        for (std::size_t i = 0; i < kCountKeys.size(); ++i) {
            if (kCountKeys[i] == path)
                return CountKey(i);
        }
        return std::nullopt;
    }

    constexpr std::size_t index() const { return m_index; }
    constexpr std::string_view path() const { return kCountKeys[m_index]; }
    friend constexpr auto operator<=>(CountKey, CountKey) = default; // in the table's order

private:
    constexpr explicit CountKey(std::size_t index) : m_index(index) {}
    static consteval std::size_t indexOf(std::string_view path)
    {
        const std::optional<CountKey> key = find(path);
        if (!key)
            throw std::logic_error("not a key of kCountKeys"); // when compiling: an error at the caller's key
        return key->m_index;
    }

    std::size_t m_index;
};

// Every count key, in the table's order.
inline constexpr std::array<CountKey, kCountKeys.size()> kAllCountKeys = []<std::size_t... I>(std::index_sequence<I...>)
{
    return std::array<CountKey, sizeof...(I)>{CountKey::at(I)...};
}
(std::make_index_sequence<kCountKeys.size()>());

// The counts directly under one object of the file ("entries.sex": F, M, X), which the table holds
// side by side: a breakdown of the public profile, or a breakdown by a domain code.
class KeyGroup {
public:
    // An object written in the code: one with no count directly under it is refused when compiling.
    consteval KeyGroup(const char* prefix) : m_prefix(prefix), m_first(0), m_size(0)
    {
        for (std::size_t i = 0; i < kCountKeys.size(); ++i) {
            if (!isDirectlyUnder(kCountKeys[i]))
                continue;
            if (m_size > 0 && m_first + m_size != i)
                throw std::logic_error("the counts of this object are not side by side in kCountKeys");
            if (m_size == 0)
                m_first = i;
            ++m_size;
        }
        if (m_size == 0)
            throw std::logic_error("no count of kCountKeys is directly under this object");
    }

    constexpr std::string_view prefix() const { return m_prefix; }
    // Its counts, in the table's order.
    constexpr std::span<const CountKey> keys() const { return std::span(kAllCountKeys).subspan(m_first, m_size); }
    // The count `<prefix>.<code>`: throws std::logic_error when the object has no such count.
    CountKey operator[](std::string_view code) const;

private:
    constexpr bool isDirectlyUnder(std::string_view path) const
    {
        return path.size() > m_prefix.size() + 1 && path.starts_with(m_prefix) && path[m_prefix.size()] == '.'
               && path.find('.', m_prefix.size() + 1) == std::string_view::npos;
    }

    std::string_view m_prefix;
    std::size_t m_first;
    std::size_t m_size;
};

// A group of exits.by_group, and its two counts.
struct ExitGroup {
    std::string_view code;
    CountKey exits;
    CountKey positive;
};

// The groups of exits.by_group, in the spec's order.
inline constexpr std::array<ExitGroup, 7> kExitGroups{{
    {"F", "exits.by_group.F.exits", "exits.by_group.F.positive"},
    {"M", "exits.by_group.M.exits", "exits.by_group.M.positive"},
    {"X", "exits.by_group.X.exits", "exits.by_group.X.positive"},
    {"rsa", "exits.by_group.rsa.exits", "exits.by_group.rsa.positive"},
    {"deld", "exits.by_group.deld.exits", "exits.by_group.deld.positive"},
    {"rqth", "exits.by_group.rqth.exits", "exits.by_group.rqth.positive"},
    {"sans_qualification", "exits.by_group.sans_qualification.exits", "exits.by_group.sans_qualification.positive"},
}};

// A rate of the file: numerator / (denominator − minus), null when that is 0.
struct RateKey {
    std::string_view path;
    CountKey numerator;
    CountKey denominator;
    std::optional<CountKey> minus;
};

// Every rate, in the file's order: the rates section, then steps.per_participant (written after steps.total).
inline constexpr std::array<RateKey, 11> kRates{{
    {"rates.positive_over_exits", "exits.positive.total", "exits.total", std::nullopt},
    {"rates.positive_over_exits_excluding_neutral", "exits.positive.total", "exits.total",
     CountKey("exits.sans_suite.demenagement_deces_retraite")},
    {"rates.positive_over_entries", "exits.positive.total", "entries.total", std::nullopt},
    {"rates.positive_over_exits_by_group.F", "exits.by_group.F.positive", "exits.by_group.F.exits", std::nullopt},
    {"rates.positive_over_exits_by_group.M", "exits.by_group.M.positive", "exits.by_group.M.exits", std::nullopt},
    {"rates.positive_over_exits_by_group.X", "exits.by_group.X.positive", "exits.by_group.X.exits", std::nullopt},
    {"rates.positive_over_exits_by_group.rsa", "exits.by_group.rsa.positive", "exits.by_group.rsa.exits", std::nullopt},
    {"rates.positive_over_exits_by_group.deld", "exits.by_group.deld.positive", "exits.by_group.deld.exits",
     std::nullopt},
    {"rates.positive_over_exits_by_group.rqth", "exits.by_group.rqth.positive", "exits.by_group.rqth.exits",
     std::nullopt},
    {"rates.positive_over_exits_by_group.sans_qualification", "exits.by_group.sans_qualification.positive",
     "exits.by_group.sans_qualification.exits", std::nullopt},
    {"steps.per_participant", "steps.total", "stock.present", std::nullopt},
}};

// The six sections of the file, in its order, each holding counts, rates or both.
inline constexpr std::array<std::string_view, 6> kSections{"stock", "entries", "exits", "rates", "steps", "freins"};

} // namespace parcours
