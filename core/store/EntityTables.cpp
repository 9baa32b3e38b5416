// The one list of each table's columns, with the interchange names the operations use.
#include "store/EntityTables.h"

#include "domain/Codes.h"
#include "domain/Date.h"
#include "store/Uuid.h"

#include <nlohmann/json.hpp>

#include <stdexcept>

namespace parcours {

namespace {

template <typename E>
bool isCode(std::string_view code)
{
    return fromCode<E>(code).has_value();
}

bool isNafCode(std::string_view code)
{
    return code.size() == 1 && isNafSection(code[0]);
}

using T = FieldType;

EntityField pathwayReference()
{
    return {"pathway", "pathway_id", T::Reference, nullptr, "pathways"};
}

std::vector<EntityTable> makeTables()
{
    return {
        {"plie",
         "plie_settings",
         {{"name", "name", T::Text},
          {"code", "code", T::Text},
          {"days_without_contact", "days_without_contact", T::DayCount, nullptr, nullptr, "30"},
          {"entries_need_validation", "entries_need_validation", T::Flag, nullptr, nullptr, "0"},
          {"contact", "contact", T::Text, nullptr, nullptr, "\"\""},
          {"information_notice", "information_notice", T::Text, nullptr, nullptr, "\"\""},
          {"retention_months", "retention_months", T::MonthCount, nullptr, nullptr, "24"}},
         FileOf::NoOne},
        {"referent", "referents", {{"name", "name", T::Text}}, FileOf::NoOne},
        {"operator", "operators", {{"name", "name", T::Text}}, FileOf::NoOne},
        {"participant",
         "participants",
         {{"participant_id", "external_id", T::ExternalId},
          {"last_name", "last_name", T::Text},
          {"first_name", "first_name", T::Text},
          {"birth_date", "birth_date", T::IsoDate},
          {"sex", "sex", T::Code, isCode<Sex>},
          {"postcode", "postcode", T::Text},
          {"city", "city", T::Text},
          {"qpv", "qpv", T::Flag},
          {"phone", "phone", T::Text},
          {"email", "email", T::Text},
          {"france_travail_id", "france_travail_id", T::Text},
          {"information_date", "information_date", T::OptionalIsoDate, nullptr, nullptr, "null"}},
         FileOf::Itself},
        {"pathway",
         "pathways",
         {{"parcours_id", "external_id", T::ExternalId},
          {"participant", "participant_id", T::Reference, nullptr, "participants"},
          {"referent", "referent_id", T::Reference, nullptr, "referents"},
          {"entry_date", "entry_date", T::IsoDate},
          {"education_level", "education_level", T::Code, isCode<EducationLevel>},
          {"rsa", "rsa", T::Flag},
          {"deld", "deld", T::Flag},
          {"rqth", "rqth", T::Flag},
          {"other_difficulty", "other_difficulty", T::Flag},
          {"exit_date", "exit_date", T::OptionalIsoDate},
          {"exit_reason", "exit_reason", T::OptionalCode, isCode<ExitReason>},
          {"entry_validation", "entry_validation", T::Code, isCode<EntryValidation>, nullptr, "\"\""},
          {"entry_validation_note", "entry_validation_note", T::Text, nullptr, nullptr, "\"\""}},
         FileOf::ItsParticipant},
        {"hire",
         "hires",
         {pathwayReference(),
          {"current", "is_current", T::Flag},
          {"hire_date", "hire_date", T::IsoDate},
          {"contract_type", "contract_type", T::Code, isCode<ContractType>},
          {"employer_category", "employer_category", T::Code, isCode<EmployerCategory>},
          {"naf_section", "naf_section", T::Code, isNafCode},
          {"end_date", "end_date", T::OptionalIsoDate},
          {"end_reason", "end_reason", T::Text},
          {"employer_name", "employer_name", T::Text, nullptr, nullptr, "\"\""},
          {"employer_contact", "employer_contact", T::Text, nullptr, nullptr, "\"\""}},
         FileOf::ItsPathway},
        {"hold",
         "holds",
         {pathwayReference(),
          {"start_date", "start_date", T::IsoDate},
          {"end_date", "end_date", T::OptionalIsoDate},
          {"reason", "reason", T::Text}},
         FileOf::ItsPathway},
        {"step",
         "steps",
         {{"step_id", "external_id", T::ExternalId},
          pathwayReference(),
          {"operator", "operator_id", T::OptionalReference, nullptr, "operators"},
          {"type", "type", T::Code, isCode<StepType>},
          {"subtype", "subtype", T::Code, isCode<StepSubtype>},
          {"start_date", "start_date", T::IsoDate},
          {"end_date", "end_date", T::OptionalIsoDate},
          {"label", "label", T::Text}},
         FileOf::ItsPathway},
        {"barrier",
         "barriers",
         {pathwayReference(),
          {"category", "category", T::Code, isCode<BarrierCategory>},
          {"identified_date", "identified_date", T::IsoDate},
          {"status", "status", T::Code, isCode<BarrierStatus>},
          {"lifted_date", "lifted_date", T::OptionalIsoDate}},
         FileOf::ItsPathway},
        {"contact",
         "contacts",
         {pathwayReference(),
          {"date", "contact_date", T::IsoDate},
          {"mode", "mode", T::Code, isCode<ContactMode>},
          {"note", "note", T::Text}},
         FileOf::ItsPathway},
        {"action",
         "actions",
         {pathwayReference(),
          {"date", "action_date", T::IsoDate},
          {"kind", "kind", T::Code, isCode<ActionKind>},
          {"note", "note", T::Text},
          {"done", "done", T::Flag}},
         FileOf::ItsPathway},
    };
}

} // namespace

nlohmann::json EntityField::absentValue() const
{
    return addedLaterWithDefault ? nlohmann::json::parse(addedLaterWithDefault) : nlohmann::json();
}

const EntityField* EntityTable::field(std::string_view name) const
{
    for (const EntityField& f : fields) {
        if (name == f.name)
            return &f;
    }
    return nullptr;
}

const std::vector<EntityTable>& entityTables()
{
    static const std::vector<EntityTable> tables = makeTables();
    return tables;
}

const EntityTable* findEntityTable(std::string_view entity)
{
    for (const EntityTable& table : entityTables()) {
        if (entity == table.entity)
            return &table;
    }
    return nullptr;
}

const EntityTable& entityTable(std::string_view entity)
{
    if (const EntityTable* table = findEntityTable(entity))
        return *table;
    throw std::logic_error("no table for the entity " + std::string(entity));
}

bool acceptsValue(const EntityField& field, const nlohmann::json& value)
{
    switch (field.type) {
    case T::Text: return value.is_string();
    case T::IsoDate: return value.is_string() && parseIsoDate(value.get_ref<const std::string&>()).has_value();
    case T::OptionalIsoDate:
        return value.is_null() || (value.is_string() && parseIsoDate(value.get_ref<const std::string&>()).has_value());
    case T::Flag: return value.is_number_integer() && (value.get<long long>() == 0 || value.get<long long>() == 1);
    case T::Code: return value.is_string() && field.acceptsCode(value.get_ref<const std::string&>());
    case T::OptionalCode:
        return value.is_null() || (value.is_string() && field.acceptsCode(value.get_ref<const std::string&>()));
    case T::ExternalId: return value.is_null() || (value.is_string() && !value.get_ref<const std::string&>().empty());
    case T::Reference: return value.is_string() && isUuid(value.get_ref<const std::string&>());
    case T::OptionalReference:
        return value.is_null() || (value.is_string() && isUuid(value.get_ref<const std::string&>()));
    case T::DayCount: return value.is_number_integer() && value.get<long long>() >= 1 && value.get<long long>() <= 365;
    case T::MonthCount:
        return value.is_number_integer() && value.get<long long>() >= 1 && value.get<long long>() <= 240;
    }
    return false;
}

} // namespace parcours
