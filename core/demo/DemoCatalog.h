// The demo's word lists: places of Ille-et-Vilaine, opérateurs and action labels by type of step,
// notes of the référent's journal, reasons of holds and of broken hires, employers' sectors.
#pragma once

#include "domain/Codes.h"

#include <array>
#include <span>
#include <string_view>

namespace parcours::demo {

struct Place {
    std::string_view postcode;
    std::string_view city;
    int weight;      // share of the PLIE's participants living there
    int qpvPerMille; // of them, how many live in a priority neighbourhood
};
std::span<const Place> places();

// Who runs a kind of step and what its actions are called.
struct StepCatalog {
    std::span<const std::string_view> operators; // may be empty: no opérateur
    std::span<const std::string_view> labels;
};
StepCatalog stepCatalog(StepType type, StepSubtype subtype);

// When in the pathway a note of the journal is written.
enum class NoteMoment { Entry, Ongoing, OnHold, FollowUp, Exit };
std::span<const std::string_view> contactNotes(NoteMoment moment);

// Reasons of a hold; maternité only for a woman.
std::span<const std::string_view> holdReasons();
inline constexpr std::string_view kMaternityHold = "maternité";

// Why a hire broke before six months.
std::span<const std::string_view> brokenHireReasons();

// Weights of the NAF sections A..U for an employer of this category.
using NafWeights = std::array<int, 21>;
const NafWeights& nafWeights(EmployerCategory employer);

} // namespace parcours::demo
