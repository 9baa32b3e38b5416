// The words of a file's history, from the operations of changes.md and the rows they wrote.
#include "ui/participant/OperationText.h"

#include "domain/Codes.h"
#include "domain/Date.h"
#include "store/EntityTables.h"
#include "ui/common/CoreConversions.h"
#include "ui/common/DomainLabels.h"
#include "ui/participant/FileLabels.h"

#include <QDateTime>

#include <initializer_list>
#include <set>
#include <string_view>

namespace parcours::ui {

namespace {

using json = nlohmann::json;

// How a sentence names each field; an empty entity: the field of that name in any table.
struct FieldName {
    const char* entity;
    const char* field;
    const char* words;
};

constexpr FieldName kFieldNames[] = {
    {"", "participant_id", QT_TRANSLATE_NOOP("OperationText", "identifier")},
    {"", "parcours_id", QT_TRANSLATE_NOOP("OperationText", "identifier")},
    {"", "step_id", QT_TRANSLATE_NOOP("OperationText", "identifier")},
    {"", "pathway", QT_TRANSLATE_NOOP("OperationText", "pathway")},
    {"", "start_date", QT_TRANSLATE_NOOP("OperationText", "start date")},
    {"", "end_date", QT_TRANSLATE_NOOP("OperationText", "end date")},
    {"participant", "last_name", QT_TRANSLATE_NOOP("OperationText", "last name")},
    {"participant", "first_name", QT_TRANSLATE_NOOP("OperationText", "first name")},
    {"participant", "birth_date", QT_TRANSLATE_NOOP("OperationText", "birth date")},
    {"participant", "sex", QT_TRANSLATE_NOOP("OperationText", "sex")},
    {"participant", "postcode", QT_TRANSLATE_NOOP("OperationText", "postcode")},
    {"participant", "city", QT_TRANSLATE_NOOP("OperationText", "city")},
    {"participant", "qpv", QT_TRANSLATE_NOOP("OperationText", "priority neighbourhood (QPV)")},
    {"participant", "phone", QT_TRANSLATE_NOOP("OperationText", "phone")},
    {"participant", "email", QT_TRANSLATE_NOOP("OperationText", "e-mail")},
    {"participant", "france_travail_id", QT_TRANSLATE_NOOP("OperationText", "France Travail id")},
    {"pathway", "participant", QT_TRANSLATE_NOOP("OperationText", "participant")},
    {"pathway", "referent", QT_TRANSLATE_NOOP("OperationText", "case worker")},
    {"pathway", "entry_date", QT_TRANSLATE_NOOP("OperationText", "entry date")},
    {"pathway", "education_level", QT_TRANSLATE_NOOP("OperationText", "education")},
    {"pathway", "rsa", QT_TRANSLATE_NOOP("OperationText", "RSA")},
    {"pathway", "deld", QT_TRANSLATE_NOOP("OperationText", "long-term unemployed (DELD)")},
    {"pathway", "rqth", QT_TRANSLATE_NOOP("OperationText", "RQTH")},
    {"pathway", "other_difficulty", QT_TRANSLATE_NOOP("OperationText", "other difficulty")},
    {"pathway", "exit_date", QT_TRANSLATE_NOOP("OperationText", "exit date")},
    {"pathway", "exit_reason", QT_TRANSLATE_NOOP("OperationText", "exit reason")},
    {"pathway", "entry_validation", QT_TRANSLATE_NOOP("OperationText", "validation of the entry")},
    {"pathway", "entry_validation_note", QT_TRANSLATE_NOOP("OperationText", "reason of the refusal")},
    {"step", "operator", QT_TRANSLATE_NOOP("OperationText", "operator")},
    {"step", "type", QT_TRANSLATE_NOOP("OperationText", "type")},
    {"step", "subtype", QT_TRANSLATE_NOOP("OperationText", "subtype")},
    {"step", "label", QT_TRANSLATE_NOOP("OperationText", "title")},
    {"barrier", "category", QT_TRANSLATE_NOOP("OperationText", "category")},
    {"barrier", "identified_date", QT_TRANSLATE_NOOP("OperationText", "identification date")},
    {"barrier", "status", QT_TRANSLATE_NOOP("OperationText", "status")},
    {"barrier", "lifted_date", QT_TRANSLATE_NOOP("OperationText", "lifting date")},
    {"contact", "date", QT_TRANSLATE_NOOP("OperationText", "date")},
    {"contact", "mode", QT_TRANSLATE_NOOP("OperationText", "mode")},
    {"contact", "note", QT_TRANSLATE_NOOP("OperationText", "note")},
    {"hold", "reason", QT_TRANSLATE_NOOP("OperationText", "reason")},
    {"hire", "current", QT_TRANSLATE_NOOP("OperationText", "current hire")},
    {"hire", "hire_date", QT_TRANSLATE_NOOP("OperationText", "hire date")},
    {"hire", "contract_type", QT_TRANSLATE_NOOP("OperationText", "contract")},
    {"hire", "employer_category", QT_TRANSLATE_NOOP("OperationText", "employer")},
    {"hire", "naf_section", QT_TRANSLATE_NOOP("OperationText", "sector (NAF)")},
    {"hire", "end_reason", QT_TRANSLATE_NOOP("OperationText", "end reason")},
};

const json& emptyRow()
{
    static const json empty = json::object();
    return empty;
}

std::string textOf(const json& row, const char* field)
{
    if (!row.is_object())
        return {};
    const auto found = row.find(field);
    if (found == row.end() || !found->is_string())
        return {};
    return found->get<std::string>();
}

bool isSet(const json& row, const char* field)
{
    return row.is_object() && row.contains(field) && !row.at(field).is_null();
}

// A date of the row as the interface writes it; empty when it has none.
QString dateOf(const json& row, const char* field)
{
    if (const auto date = parseIsoDate(textOf(row, field)))
        return dateText(*date);
    return {};
}

template <typename E>
std::optional<E> codeOf(const json& row, const char* field)
{
    return fromCode<E>(textOf(row, field));
}

// The row once `data` is written over it.
json merged(const json& row, const json& data)
{
    json result = row.is_object() ? row : json::object();
    if (data.is_object()) {
        for (const auto& [field, value] : data.items())
            result[field] = value;
    }
    return result;
}

// Whether the patch changes only fields among `fields`.
bool changesOnly(const Operation& operation, std::initializer_list<std::string_view> fields)
{
    if (!operation.data.is_object() || operation.data.empty())
        return false;
    for (const auto& [field, value] : operation.data.items()) {
        bool listed = false;
        for (const std::string_view f : fields)
            listed = listed || f == field;
        if (!listed)
            return false;
    }
    return true;
}

// « téléphone, e-mail »: the fields a patch changes, in the order of their table.
QString changedFields(const Operation& operation)
{
    QStringList names;
    if (!operation.data.is_object())
        return {};
    if (const EntityTable* table = findEntityTable(operation.entity)) {
        for (const EntityField& field : table->fields) {
            if (operation.data.contains(field.name))
                names << OperationText::fieldName(operation.entity, field.name);
        }
    } else {
        for (const auto& [field, value] : operation.data.items())
            names << toQString(field);
    }
    return names.join(QStringLiteral(", "));
}

// The row a sentence is about, with its article: « l'étape Formation « Titre pro » ».
QString pathwayName(const json& row)
{
    const QString entry = dateOf(row, "entry_date");
    return entry.isEmpty() ? OperationText::tr("the pathway") : OperationText::tr("the pathway of %1").arg(entry);
}

QString stepName(const json& row)
{
    const auto type = codeOf<StepType>(row, "type");
    if (!type)
        return OperationText::tr("a step");
    const QString label = toQString(textOf(row, "label")).trimmed();
    if (label.isEmpty())
        return OperationText::tr("the step %1").arg(FileLabels::stepType(*type));
    return OperationText::tr("the step %1 “%2”").arg(FileLabels::stepType(*type), label);
}

QString barrierName(const json& row)
{
    const auto category = codeOf<BarrierCategory>(row, "category");
    return category ? OperationText::tr("the barrier %1").arg(FileLabels::barrierCategory(*category))
                    : OperationText::tr("a barrier");
}

QString contactName(const json& row)
{
    const QString date = dateOf(row, "date");
    return date.isEmpty() ? OperationText::tr("a contact") : OperationText::tr("the contact of %1").arg(date);
}

QString holdName(const json& row)
{
    const QString start = dateOf(row, "start_date");
    return start.isEmpty() ? OperationText::tr("a hold") : OperationText::tr("the hold of %1").arg(start);
}

QString hireName(const json& row)
{
    const QString date = dateOf(row, "hire_date");
    return date.isEmpty() ? OperationText::tr("a hire") : OperationText::tr("the hire of %1").arg(date);
}

QString edited(const QString& name, const Operation& operation)
{
    return OperationText::tr("edited %1: %2").arg(name, changedFields(operation));
}

QString participantAction(const Operation& o)
{
    switch (o.kind) {
    case OperationKind::Put: return OperationText::tr("created the file");
    case OperationKind::Patch: return OperationText::tr("edited the identity: %1").arg(changedFields(o));
    case OperationKind::Delete: return OperationText::tr("deleted the file");
    }
    return {};
}

QString pathwayAction(const Operation& o, const json& before, const json& after)
{
    switch (o.kind) {
    case OperationKind::Put: return OperationText::tr("opened a pathway on %1").arg(dateOf(after, "entry_date"));
    case OperationKind::Patch:
        if (changesOnly(o, {"exit_date", "exit_reason"}) && isSet(after, "exit_date")) {
            const QString exit = dateOf(after, "exit_date");
            if (const auto reason = codeOf<ExitReason>(after, "exit_reason"))
                return OperationText::tr("closed the pathway on %1 (%2)").arg(exit, FileLabels::exitReason(*reason));
            return OperationText::tr("closed the pathway on %1").arg(exit);
        }
        if (changesOnly(o, {"exit_date", "exit_reason"}) && isSet(before, "exit_date"))
            return OperationText::tr("reopened %1").arg(pathwayName(after));
        if (changesOnly(o, {"entry_validation", "entry_validation_note"})) {
            switch (codeOf<EntryValidation>(after, "entry_validation").value_or(EntryValidation::None)) {
            case EntryValidation::None: return OperationText::tr("validated the entry");
            case EntryValidation::Pending: return OperationText::tr("put the entry back to be validated");
            case EntryValidation::Refused:
                return OperationText::tr("refused the entry: %1")
                    .arg(toQString(textOf(after, "entry_validation_note")));
            }
        }
        return edited(pathwayName(before), o);
    case OperationKind::Delete: return OperationText::tr("deleted %1").arg(pathwayName(before));
    }
    return {};
}

QString stepAction(const Operation& o, const json& before, const json& after)
{
    switch (o.kind) {
    case OperationKind::Put: return OperationText::tr("added %1").arg(stepName(after));
    case OperationKind::Patch:
        if (changesOnly(o, {"end_date"}) && isSet(after, "end_date"))
            return OperationText::tr("closed %1 on %2").arg(stepName(after), dateOf(after, "end_date"));
        if (changesOnly(o, {"end_date"}))
            return OperationText::tr("reopened %1").arg(stepName(after));
        return edited(stepName(before.empty() ? after : before), o);
    case OperationKind::Delete: return OperationText::tr("deleted %1").arg(stepName(before));
    }
    return {};
}

QString barrierAction(const Operation& o, const json& before, const json& after)
{
    switch (o.kind) {
    case OperationKind::Put: return OperationText::tr("identified %1").arg(barrierName(after));
    case OperationKind::Patch:
        if (changesOnly(o, {"status", "lifted_date"}) && o.data.contains("status")) {
            const auto status = codeOf<BarrierStatus>(after, "status");
            if (status == BarrierStatus::Leve)
                return OperationText::tr("lifted %1").arg(barrierName(after));
            if (status)
                return OperationText::tr("marked %1 as “%2”")
                    .arg(barrierName(after), FileLabels::barrierStatus(*status));
        }
        return edited(barrierName(before.empty() ? after : before), o);
    case OperationKind::Delete: return OperationText::tr("deleted %1").arg(barrierName(before));
    }
    return {};
}

QString contactAction(const Operation& o, const json& before, const json& after)
{
    switch (o.kind) {
    case OperationKind::Put:
        if (const auto mode = codeOf<ContactMode>(after, "mode"))
            return OperationText::tr("logged a contact on %1 (%2)")
                .arg(dateOf(after, "date"), FileLabels::contactMode(*mode));
        return OperationText::tr("logged a contact on %1").arg(dateOf(after, "date"));
    case OperationKind::Patch: return edited(contactName(before.empty() ? after : before), o);
    case OperationKind::Delete: return OperationText::tr("deleted %1").arg(contactName(before));
    }
    return {};
}

QString holdAction(const Operation& o, const json& before, const json& after)
{
    switch (o.kind) {
    case OperationKind::Put: {
        const QString reason = toQString(textOf(after, "reason")).trimmed();
        const QString start = dateOf(after, "start_date");
        return reason.isEmpty() ? OperationText::tr("put the pathway on hold on %1").arg(start)
                                : OperationText::tr("put the pathway on hold on %1 (%2)").arg(start, reason);
    }
    case OperationKind::Patch:
        if (changesOnly(o, {"end_date"}) && isSet(after, "end_date"))
            return OperationText::tr("ended %1 on %2").arg(holdName(after), dateOf(after, "end_date"));
        return edited(holdName(before.empty() ? after : before), o);
    case OperationKind::Delete: return OperationText::tr("deleted %1").arg(holdName(before));
    }
    return {};
}

QString hireAction(const Operation& o, const json& before, const json& after)
{
    switch (o.kind) {
    case OperationKind::Put: {
        const QString date = dateOf(after, "hire_date");
        if (const auto contract = codeOf<ContractType>(after, "contract_type"))
            return OperationText::tr("logged a hire on %1 (%2)").arg(date, FileLabels::contractType(*contract));
        return OperationText::tr("logged a hire on %1").arg(date);
    }
    case OperationKind::Patch:
        if (changesOnly(o, {"end_date", "end_reason", "current"}) && isSet(after, "end_date")
            && o.data.contains("end_date"))
            return OperationText::tr("ended %1 on %2").arg(hireName(after), dateOf(after, "end_date"));
        return edited(hireName(before.empty() ? after : before), o);
    case OperationKind::Delete: return OperationText::tr("deleted %1").arg(hireName(before));
    }
    return {};
}

QString plannedAction(const Operation& o)
{
    switch (o.kind) {
    case OperationKind::Put: return OperationText::tr("added a planned action");
    case OperationKind::Patch: return OperationText::tr("edited a planned action");
    case OperationKind::Delete: return OperationText::tr("deleted a planned action");
    }
    return {};
}

} // namespace

const nlohmann::json& FileRows::fields(const std::string& uuid) const
{
    const auto found = m_rows.find(uuid);
    return found == m_rows.end() ? emptyRow() : found->second;
}

void FileRows::apply(const Operation& operation)
{
    if (operation.kind == OperationKind::Delete)
        m_rows.erase(operation.id);
    else
        m_rows[operation.id] = merged(fields(operation.id), operation.data);
}

QString OperationText::author(const std::string& author)
{
    if (author == "import")
        return tr("The import");
    if (author == "demo")
        return tr("The demonstration");
    if (author == "upgrade")
        return tr("The database upgrade");
    if (author == "parcours")
        return QStringLiteral("Parcours");
    if (author.empty())
        return tr("Someone");
    return toQString(author);
}

QString OperationText::instant(const std::string& utc)
{
    const QString text = toQString(utc);
    const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid())
        return text;
    const QDateTime local = at.toLocalTime();
    return dateText(toDate(local.date())) + QLatin1Char(' ') + local.time().toString(QStringLiteral("HH:mm"));
}

QString OperationText::action(const Operation& o, const nlohmann::json& row)
{
    const json& before = row.is_object() ? row : emptyRow();
    const json after = o.kind == OperationKind::Delete ? merged(before, o.before) : merged(before, o.data);
    // A delete's `before` holds every field: the row as it was, even when its put is unknown.
    const json& was = o.kind == OperationKind::Delete ? after : before;
    if (o.entity == "participant")
        return participantAction(o);
    if (o.entity == "pathway")
        return pathwayAction(o, was, after);
    if (o.entity == "step")
        return stepAction(o, was, after);
    if (o.entity == "barrier")
        return barrierAction(o, was, after);
    if (o.entity == "contact")
        return contactAction(o, was, after);
    if (o.entity == "hold")
        return holdAction(o, was, after);
    if (o.entity == "hire")
        return hireAction(o, was, after);
    if (o.entity == "action")
        return plannedAction(o);
    return tr("changed the file");
}

QStringList OperationText::actions(const Change& change, const FileRows& rows)
{
    std::set<std::string> openedPathways;
    std::set<std::string> deletedPathways;
    for (const Operation& o : change.operations) {
        if (o.entity == "participant" && o.kind == OperationKind::Put) {
            // The upgrade that started the history found the file there: it did not create it.
            return {o.author == "upgrade" ? tr("took over the existing file") : tr("created the file")};
        }
        if (o.entity == "participant" && o.kind == OperationKind::Delete)
            return {tr("deleted the file")};
        if (o.entity == "pathway" && o.kind == OperationKind::Put)
            openedPathways.insert(o.id);
        if (o.entity == "pathway" && o.kind == OperationKind::Delete)
            deletedPathways.insert(o.id);
    }

    QStringList phrases;
    std::map<std::string, json> written; // the rows this action has written so far
    for (const Operation& o : change.operations) {
        const auto done = written.find(o.id);
        const json& before = done != written.end() ? done->second : rows.fields(o.id);
        const std::string pathway =
            textOf(o.kind == OperationKind::Delete ? o.before : merged(before, o.data), "pathway");
        // A pathway opened with its holds and hires, or deleted with everything it held: one phrase.
        const bool partOfOpening = o.kind == OperationKind::Put && openedPathways.count(pathway) > 0;
        const bool partOfDeletion = o.kind == OperationKind::Delete && deletedPathways.count(pathway) > 0;
        if (!partOfOpening && !partOfDeletion)
            phrases << action(o, before);
        written[o.id] = o.kind == OperationKind::Delete ? json::object() : merged(before, o.data);
    }
    return phrases;
}

QString OperationText::sentence(const QString& instant, const QString& author, const QString& action)
{
    return tr("%1 — %2 %3").arg(instant, author, action);
}

QString OperationText::fieldName(const std::string& entity, const std::string& field)
{
    for (const FieldName& name : kFieldNames) {
        if (field == name.field && (name.entity[0] == '\0' || entity == name.entity))
            return tr(name.words);
    }
    return toQString(field);
}

} // namespace parcours::ui
