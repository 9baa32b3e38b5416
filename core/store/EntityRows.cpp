// Domain records as the fields of their operations.
#include "store/EntityRows.h"

namespace parcours::entityrows {

namespace {

nlohmann::json externalId(const std::string& id)
{
    return id.empty() ? nlohmann::json() : nlohmann::json(id);
}

nlohmann::json date(const std::optional<Date>& value)
{
    return value ? nlohmann::json(toIsoDate(*value)) : nlohmann::json();
}

int flag(bool value)
{
    return value ? 1 : 0;
}

template <typename E>
std::string code(E value)
{
    return std::string(toCode(value));
}

} // namespace

nlohmann::json participant(const Participant& p)
{
    return {{"participant_id", externalId(p.record.externalId)},
            {"last_name", p.lastName},
            {"first_name", p.firstName},
            {"birth_date", toIsoDate(p.birthDate)},
            {"sex", code(p.sex)},
            {"postcode", p.postcode},
            {"city", p.city},
            {"qpv", flag(p.qpv)},
            {"phone", p.phone},
            {"email", p.email},
            {"france_travail_id", p.franceTravailId},
            {"information_date", p.informationDate ? nlohmann::json(toIsoDate(*p.informationDate)) : nlohmann::json()}};
}

nlohmann::json pathway(const Pathway& p, const std::string& participantUuid, const std::string& referentUuid)
{
    return {{"parcours_id", externalId(p.record.externalId)},
            {"participant", participantUuid},
            {"referent", referentUuid},
            {"entry_date", toIsoDate(p.entryDate)},
            {"education_level", code(p.situation.education)},
            {"rsa", flag(p.situation.rsa)},
            {"deld", flag(p.situation.deld)},
            {"rqth", flag(p.situation.rqth)},
            {"other_difficulty", flag(p.situation.otherDifficulty)},
            {"exit_date", p.exit ? nlohmann::json(toIsoDate(p.exit->date)) : nlohmann::json()},
            {"exit_reason", p.exit ? nlohmann::json(code(p.exit->reason)) : nlohmann::json()},
            {"entry_validation", code(p.entryValidation)},
            {"entry_validation_note", p.entryValidationNote}};
}

nlohmann::json hire(const Hire& h, const std::string& pathwayUuid, bool current)
{
    return {{"pathway", pathwayUuid},
            {"current", flag(current)},
            {"hire_date", toIsoDate(h.hireDate)},
            {"contract_type", code(h.contract)},
            {"employer_category", code(h.employer)},
            {"naf_section", std::string(1, h.nafSection)},
            {"end_date", date(h.endDate)},
            {"end_reason", h.endReason},
            {"employer_name", h.employerName},
            {"employer_contact", h.employerContact}};
}

nlohmann::json hold(const Hold& h, const std::string& pathwayUuid)
{
    return {{"pathway", pathwayUuid}, {"start_date", toIsoDate(h.start)}, {"end_date", date(h.end)}, {"reason", h.reason}};
}

nlohmann::json step(const Step& s, const std::string& pathwayUuid, const std::string& operatorUuid)
{
    return {{"step_id", externalId(s.record.externalId)},
            {"pathway", pathwayUuid},
            {"operator", operatorUuid.empty() ? nlohmann::json() : nlohmann::json(operatorUuid)},
            {"type", code(s.type)},
            {"subtype", code(s.subtype)},
            {"start_date", toIsoDate(s.start)},
            {"end_date", date(s.end)},
            {"label", s.label}};
}

nlohmann::json barrier(const Barrier& b, const std::string& pathwayUuid)
{
    return {{"pathway", pathwayUuid},
            {"category", code(b.category)},
            {"identified_date", toIsoDate(b.identifiedDate)},
            {"status", code(b.status)},
            {"lifted_date", date(b.liftedDate)}};
}

nlohmann::json contact(const Contact& c, const std::string& pathwayUuid)
{
    return {{"pathway", pathwayUuid}, {"date", toIsoDate(c.date)}, {"mode", code(c.mode)}, {"note", c.note}};
}

} // namespace parcours::entityrows
