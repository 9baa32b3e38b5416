// The JSON form of an operation, and its checks field by field.
#include "changes/OperationJson.h"

#include "store/EntityTables.h"
#include "store/Uuid.h"

#include <regex>

namespace parcours {

namespace {

bool isInstant(const std::string& text)
{
    static const std::regex instant(R"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z)");
    return std::regex_match(text, instant);
}

// The string member `key`, or "" with a problem noted.
std::string textMember(const nlohmann::json& object, const char* key, std::vector<std::string>& problems)
{
    const auto it = object.find(key);
    if (it == object.end() || !it->is_string() || it->get_ref<const std::string&>().empty()) {
        problems.push_back(std::string("le champ « ") + key + " » manque ou n'est pas un texte");
        return {};
    }
    return it->get<std::string>();
}

// The fields of `values` checked against the entity: each known, each value acceptable.
void checkFields(const EntityTable& table, const nlohmann::json& values, const char* what, bool everyField,
                 std::vector<std::string>& problems)
{
    if (!values.is_object()) {
        problems.push_back(std::string("« ") + what + " » n'est pas un objet");
        return;
    }
    for (const auto& [name, value] : values.items()) {
        const EntityField* field = table.field(name);
        if (!field)
            problems.push_back("champ inconnu « " + name + " » pour « " + table.entity + " »");
        else if (!acceptsValue(*field, value))
            problems.push_back("valeur invalide pour « " + name + " » : " + value.dump());
    }
    if (everyField) {
        for (const EntityField& field : table.fields) {
            if (!values.contains(field.name) && !field.addedLaterWithDefault)
                problems.push_back(std::string("le champ « ") + field.name + " » manque dans « " + what + " »");
        }
    }
}

} // namespace

nlohmann::json toJson(const Operation& o)
{
    nlohmann::json object{{"op", o.op},           {"at", o.at}, {"author", o.author}, {"entity", o.entity},
                          {"id", o.id},           {"kind", std::string(toCode(o.kind))},
                          {"data", o.data.is_null() ? nlohmann::json::object() : o.data}};
    if (!o.before.is_null())
        object["before"] = o.before;
    object["change"] = o.change;
    return object;
}

ParsedOperation parseOperation(const nlohmann::json& object)
{
    ParsedOperation parsed;
    std::vector<std::string>& problems = parsed.problems;
    Operation& o = parsed.operation;
    if (!object.is_object()) {
        problems.push_back("la ligne n'est pas un objet JSON");
        return parsed;
    }
    o.op = textMember(object, "op", problems);
    if (!o.op.empty() && !isUuid(o.op))
        problems.push_back("« op » n'est pas un UUID : " + o.op);
    o.at = textMember(object, "at", problems);
    if (!o.at.empty() && !isInstant(o.at))
        problems.push_back("« at » n'est pas un instant UTC (2026-12-01T09:14:03.512Z) : " + o.at);
    o.author = textMember(object, "author", problems);
    o.entity = textMember(object, "entity", problems);
    o.id = textMember(object, "id", problems);
    if (!o.id.empty() && !isUuid(o.id))
        problems.push_back("« id » n'est pas un UUID : " + o.id);
    const std::string kind = textMember(object, "kind", problems);
    if (const auto k = operationKindFromCode(kind))
        o.kind = *k;
    else if (!kind.empty())
        problems.push_back("« kind » doit être put, patch ou delete : " + kind);
    if (const auto it = object.find("change"); it != object.end() && it->is_string())
        o.change = it->get<std::string>();
    else
        o.change = o.op; // an operation from elsewhere with no action of its own is one by itself

    const EntityTable* table = o.entity.empty() ? nullptr : findEntityTable(o.entity);
    if (!o.entity.empty() && !table)
        problems.push_back("entité inconnue « " + o.entity + " »");
    const nlohmann::json data = object.value("data", nlohmann::json());
    const nlohmann::json before = object.value("before", nlohmann::json());
    if (!table || !operationKindFromCode(kind))
        return parsed;
    switch (o.kind) {
    case OperationKind::Put:
        checkFields(*table, data, "data", true, problems);
        o.data = data;
        break;
    case OperationKind::Patch:
        checkFields(*table, data, "data", false, problems);
        checkFields(*table, before, "before", false, problems);
        if (data.is_object() && before.is_object()) {
            for (const auto& [name, value] : data.items()) {
                if (!before.contains(name))
                    problems.push_back("« before » ne donne pas la valeur précédente de « " + name + " »");
            }
            if (data.empty())
                problems.push_back("« data » ne change aucun champ");
        }
        o.data = data;
        o.before = before;
        break;
    case OperationKind::Delete:
        checkFields(*table, before, "before", true, problems);
        o.before = before;
        break;
    }
    return parsed;
}

} // namespace parcours
