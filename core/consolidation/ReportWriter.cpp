// A report's numbers in the file's order, nested into JSON or listed as CSV rows, and the atomic write.
#include "consolidation/ReportWriter.h"

#include "interchange/CsvWriter.h"
#include "platform/AtomicFile.h"

#include <algorithm>
#include <array>
#include <sstream>

namespace parcours {

namespace {

using Json = nlohmann::ordered_json;

std::string_view sectionOf(std::string_view path)
{
    return path.substr(0, path.find('.'));
}

bool isPublic(const ReportProfile& profile)
{
    return profile.kind == ReportProfile::Kind::Public;
}

// `hidden`: sorted by path, as publicProfile gives them.
std::vector<ReportValue> publishedValues(const ConsolidationReport& report,
                                         const std::vector<PublicSuppression>& hidden)
{
    const auto hiddenAs = [&hidden](const std::string& path) -> std::optional<HiddenBecause> {
        const auto at = std::lower_bound(hidden.begin(), hidden.end(), path,
                                         [](const PublicSuppression& s, const std::string& p) { return s.path < p; });
        if (at == hidden.end() || at->path != path)
            return std::nullopt;
        return at->because;
    };
    std::vector<ReportValue> values;
    for (const std::string_view section : kSections) {
        const auto sectionStart = static_cast<std::ptrdiff_t>(values.size());
        for (const CountKey key : kAllCountKeys) {
            if (sectionOf(key.path()) == section) {
                const std::string path(key.path());
                const std::optional<HiddenBecause> because = hiddenAs(path);
                values.push_back({path, because ? Json() : Json(report.counts.count(key)), because.has_value(),
                                  because.value_or(HiddenBecause::UnderThreshold)});
            }
        }
        const std::string total = std::string(section) + ".total";
        auto at = std::find_if(values.begin() + sectionStart, values.end(),
                               [&total](const ReportValue& value) { return value.path == total; });
        if (at != values.end())
            ++at;
        for (const RateKey& rate : kRates) {
            if (sectionOf(rate.path) == section) {
                const std::string path(rate.path);
                const std::optional<double> value = rateValue(rate, report.counts);
                const std::optional<HiddenBecause> because = hiddenAs(path);
                at = values.insert(at, {path, value && !because ? Json(*value) : Json(), because.has_value(),
                                        because.value_or(HiddenBecause::HiddenCount)})
                     + 1;
            }
        }
    }
    return values;
}

// The node of `document` at a dotted path, created (as nested objects) when missing.
Json& nodeAt(Json& document, const std::string& path)
{
    Json* node = &document;
    std::size_t start = 0;
    while (true) {
        const std::size_t dot = path.find('.', start);
        node = &(*node)[path.substr(start, dot - start)];
        if (dot == std::string::npos)
            return *node;
        start = dot + 1;
    }
}

std::vector<PublicSuppression> hiddenValues(const ConsolidationReport& report, const ReportProfile& profile)
{
    return isPublic(profile) ? publicProfile(report.counts, profile.threshold) : std::vector<PublicSuppression>{};
}

} // namespace

std::vector<ReportValue> reportValues(const ConsolidationReport& report, const ReportProfile& profile)
{
    return publishedValues(report, hiddenValues(report, profile));
}

Json reportJson(const ConsolidationReport& report, const ReportProfile& profile, const std::string& generatedAt)
{
    const std::vector<PublicSuppression> hidden = hiddenValues(report, profile);
    Json document = Json::object();
    document["format"] = kConsolidationFormat;
    document["format_version"] = kConsolidationFormatVersion;
    document["year"] = report.year;
    document["profile"] = isPublic(profile) ? "public" : "warehouse";
    if (isPublic(profile)) {
        document["threshold"] = profile.threshold;
        document["rule"] = kPublicProfileRule;
    }
    Json plie = Json::object();
    plie["name"] = report.plie.name;
    plie["code"] = report.plie.code;
    document["plie"] = std::move(plie);
    document["generated_at"] = generatedAt;
    for (ReportValue& value : publishedValues(report, hidden))
        nodeAt(document, value.path) = std::move(value.value);
    if (isPublic(profile)) {
        Json paths = Json::array();
        for (const PublicSuppression& suppression : hidden)
            paths.push_back(suppression.path);
        document["suppressed"] = std::move(paths);
    }
    return document;
}

std::string reportJsonText(const ConsolidationReport& report, const ReportProfile& profile,
                           const std::string& generatedAt)
{
    return reportJson(report, profile, generatedAt).dump(2) + '\n';
}

std::string reportCsvText(const ConsolidationReport& report, const ReportProfile& profile)
{
    std::ostringstream text;
    CsvWriter csv(text);
    csv.row({"indicator", "value"});
    // A number's dump is exactly how it appears in the JSON document.
    for (const ReportValue& value : publishedValues(report, hiddenValues(report, profile)))
        csv.row({value.path, value.value.is_null() ? std::string() : value.value.dump()});
    return text.str();
}

void writeReportFile(const std::filesystem::path& target, const std::string& text)
{
    try {
        writeFileAtomically(target, text); // private temporary, synced, renamed over the target
    } catch (const FileWriteError& error) {
        throw ReportWriteError(error.what());
    }
}

} // namespace parcours
