// Reading warehouse exports, checking that they add up, and summing their counts.
#include "consolidation/ConsolidateExports.h"

#include "consolidation/ReportWriter.h"

#include <fstream>
#include <limits>
#include <optional>
#include <sstream>

namespace parcours {

namespace {

using Json = nlohmann::json;

[[noreturn]] void refuse(const ExportText& file, const std::string& problem)
{
    throw ConsolidationInputError("« " + file.name + " » : " + problem);
}

// The value at a dotted path, or nullptr when a key on the way is missing.
const Json* valueAt(const Json& document, const std::string& path)
{
    const Json* node = &document;
    std::size_t start = 0;
    while (true) {
        const std::size_t dot = path.find('.', start);
        if (!node->is_object())
            return nullptr;
        const auto it = node->find(path.substr(start, dot - start));
        if (it == node->end())
            return nullptr;
        node = &*it;
        if (dot == std::string::npos)
            return node;
        start = dot + 1;
    }
}

const Json& required(const ExportText& file, const Json& document, const std::string& path)
{
    const Json* value = valueAt(document, path);
    if (!value)
        refuse(file, "la clé « " + path + " » manque.");
    return *value;
}

std::int64_t wholeNumber(const ExportText& file, const Json& document, const std::string& path)
{
    const Json& value = required(file, document, path);
    if (!value.is_number_integer() || value.get<std::int64_t>() < 0)
        refuse(file, "« " + path + " » vaut " + value.dump() + " au lieu d'un nombre entier positif ou nul.");
    return value.get<std::int64_t>();
}

std::string text(const ExportText& file, const Json& document, const std::string& path)
{
    const Json& value = required(file, document, path);
    if (!value.is_string())
        refuse(file, "« " + path + " » vaut " + value.dump() + " au lieu d'un texte.");
    return value.get<std::string>();
}

Json parse(const ExportText& file)
{
    try {
        Json document = Json::parse(file.text);
        if (!document.is_object())
            refuse(file, "ce n'est pas un export de consolidation (le JSON n'est pas un objet).");
        return document;
    } catch (const Json::parse_error& error) {
        refuse(file, "JSON invalide, près de l'octet " + std::to_string(error.byte) + ".");
    } catch (const Json::out_of_range&) {
        refuse(file, "JSON invalide : un nombre est trop grand.");
    }
}

// The PLIE an export covers: its own, or a consolidation's list ("plies", or "plie_names" alone
// as written before "plies").
std::vector<PlieSettings> pliesOf(const ExportText& file, const Json& document)
{
    std::vector<PlieSettings> plies;
    if (const Json* list = valueAt(document, "plies")) {
        if (!list->is_array())
            refuse(file, "« plies » n'est pas une liste.");
        for (std::size_t i = 0; i < list->size(); ++i) {
            const Json& entry = (*list)[i];
            const std::string where = "plies[" + std::to_string(i) + "]";
            if (!entry.is_object())
                refuse(file, "« " + where + " » n'est pas un objet {\"name\", \"code\"}.");
            plies.push_back({text(file, entry, "name"), text(file, entry, "code")});
        }
        return plies;
    }
    if (const Json* names = valueAt(document, "plie_names")) {
        if (!names->is_array())
            refuse(file, "« plie_names » n'est pas une liste.");
        for (const Json& name : *names) {
            if (!name.is_string())
                refuse(file, "« plie_names » contient " + name.dump() + " au lieu d'un nom.");
            plies.push_back({name.get<std::string>(), ""});
        }
        return plies;
    }
    return {{text(file, document, "plie.name"), text(file, document, "plie.code")}};
}

// Whether two PLIE are the same: the same non-empty code or, where a code is empty, the same
// non-empty name.
bool samePlie(const PlieSettings& a, const PlieSettings& b)
{
    if (!a.code.empty() && !b.code.empty())
        return a.code == b.code;
    return !a.name.empty() && a.name == b.name;
}

std::string describe(const PlieSettings& plie)
{
    std::string text = plie.name.empty() ? "le PLIE sans nom" : "le PLIE « " + plie.name + " »";
    if (!plie.code.empty())
        text += " (code " + plie.code + ")";
    return text;
}

// Adds the PLIE of `file` to `known`, refusing one already there.
void addPlies(const ExportText& file, std::vector<PlieSettings> plies, ConsolidatedExports& result)
{
    for (PlieSettings& plie : plies) {
        if (plie.name.empty() && plie.code.empty()) {
            result.warnings.push_back("« " + file.name
                                      + " » : un PLIE n'a ni nom ni code ; il est compté, mais rien ne permet de "
                                        "vérifier qu'il ne l'est pas deux fois.");
        } else {
            for (const ConsolidatedPlie& known : result.plies) {
                if (samePlie(known.plie, plie)) {
                    refuse(file, describe(plie) + " est déjà compté par « " + known.file
                                     + " » : un même PLIE ne s'additionne qu'une fois.");
                }
            }
        }
        result.plies.push_back({std::move(plie), file.name});
    }
}

// What the first file fixes for all the others.
struct Common {
    int year = 0;
    std::int64_t version = 0;
    std::string name;
};

} // namespace

ConsolidatedExports consolidateExports(const std::vector<ExportText>& exports)
{
    if (exports.empty())
        throw ConsolidationInputError("Aucun export à additionner.");
    ConsolidatedExports result;
    std::optional<Common> common;
    for (const ExportText& file : exports) {
        const Json document = parse(file);
        if (const std::string format = text(file, document, "format"); format != kConsolidationFormat)
            refuse(file, "ce n'est pas un export de consolidation (format « " + format + " »).");
        const std::int64_t version = wholeNumber(file, document, "format_version");
        const std::string profile = text(file, document, "profile");
        if (profile == "public")
            refuse(file, "c'est un export public (avec secret statistique) : seuls les exports « warehouse » "
                         "s'additionnent.");
        if (profile != "warehouse")
            refuse(file, "profil « " + profile + " » inconnu : seuls les exports « warehouse » s'additionnent.");
        const std::int64_t year = wholeNumber(file, document, "year");
        if (year > std::numeric_limits<int>::max())
            refuse(file, "année " + std::to_string(year) + " invalide.");
        if (common && version != common->version) {
            refuse(file, "version de format " + std::to_string(version) + ", alors que « " + common->name
                             + " » est en version " + std::to_string(common->version)
                             + " : on n'additionne que des exports d'une même version.");
        }
        if (version != kConsolidationFormatVersion) {
            refuse(file, "version de format " + std::to_string(version) + " inconnue de cette version de Parcours "
                             + "(qui lit la version " + std::to_string(kConsolidationFormatVersion) + ").");
        }
        if (common && year != common->year) {
            refuse(file, "année " + std::to_string(year) + ", alors que « " + common->name + " » est de "
                             + std::to_string(common->year) + " : on n'additionne que des exports d'une même année.");
        }
        std::vector<PlieSettings> plies = pliesOf(file, document);
        // Every count is checked before any is added, so that the message names the first missing key.
        IndicatorTable counts;
        for (const CountKey key : kAllCountKeys)
            counts.add(key, wholeNumber(file, document, std::string(key.path())));
        for (const CountKey key : kAllCountKeys) {
            if (counts.count(key) > std::numeric_limits<std::int64_t>::max() - result.report.counts.count(key))
                refuse(file, "« " + std::string(key.path()) + " » : la somme dépasse le plus grand nombre possible.");
            result.report.counts.add(key, counts.count(key));
        }
        addPlies(file, std::move(plies), result);
        if (!common)
            common = Common{static_cast<int>(year), version, file.name};
    }
    result.report.year = common->year;
    return result;
}

ConsolidatedExports consolidateExportFiles(const std::vector<std::filesystem::path>& files)
{
    std::vector<ExportText> exports;
    for (const std::filesystem::path& path : files) {
        std::ifstream in(path, std::ios::binary);
        std::ostringstream content;
        content << in.rdbuf();
        if (!in || std::filesystem::is_directory(path))
            throw ConsolidationInputError("« " + path.string() + " » : impossible de lire le fichier.");
        exports.push_back({path.string(), content.str()});
    }
    return consolidateExports(exports);
}

nlohmann::ordered_json consolidatedJson(const ConsolidatedExports& consolidated, const std::string& generatedAt)
{
    const nlohmann::ordered_json sums = reportJson(consolidated.report, ReportProfile::warehouse(), generatedAt);
    nlohmann::ordered_json document = nlohmann::ordered_json::object();
    for (const auto& [key, value] : sums.items()) {
        document[key] = value;
        if (key == "plie") {
            nlohmann::ordered_json plies = nlohmann::ordered_json::array();
            nlohmann::ordered_json names = nlohmann::ordered_json::array();
            for (const ConsolidatedPlie& covered : consolidated.plies) {
                plies.push_back({{"name", covered.plie.name}, {"code", covered.plie.code}});
                names.push_back(covered.plie.name);
            }
            document["plie_count"] = consolidated.plies.size();
            document["plies"] = std::move(plies);
            document["plie_names"] = std::move(names);
        }
    }
    return document;
}

std::string consolidatedJsonText(const ConsolidatedExports& consolidated, const std::string& generatedAt)
{
    return consolidatedJson(consolidated, generatedAt).dump(2) + '\n';
}

} // namespace parcours
