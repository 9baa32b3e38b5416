// The words of a file's history: who changed what and when, one sentence per action.
#pragma once

#include "store/Operation.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <map>
#include <string>

namespace parcours::ui {

// The rows of one file as its operations left them, by UUID: what a sentence needs of a row
// that a patch does not carry (the type and title of the step it closes).
class FileRows {
public:
    // The row's fields after the operations applied so far; an empty object when unknown.
    const nlohmann::json& fields(const std::string& uuid) const;
    void apply(const Operation& operation);

private:
    std::map<std::string, nlohmann::json> m_rows;
};

class OperationText {
    Q_DECLARE_TR_FUNCTIONS(OperationText)

public:
    // Who made a change: the person's name, or what Parcours did by itself (« L'import »).
    static QString author(const std::string& author);
    // A UTC instant of the operations in local time: « 12/03/2026 14:02 »; the text as it is
    // when it is not an instant.
    static QString instant(const std::string& utc);
    // What one action did, in phrases that follow its author: « a levé le frein Mobilité ».
    // One phrase for the whole action where that reads better (the file created or deleted, a
    // pathway opened with its holds and hires), one per operation otherwise. `rows`: the
    // file's rows as they stood before the action.
    static QStringList actions(const Change& change, const FileRows& rows);
    // One operation, `row` its row's fields before it (empty when unknown).
    static QString action(const Operation& operation, const nlohmann::json& row);
    // « 12/03/2026 14:02 — Alice N'Diaye a levé le frein Mobilité »
    static QString sentence(const QString& instant, const QString& author, const QString& action);
    // The name of a field of `entity` as a sentence lists it: « téléphone », « date de fin ».
    static QString fieldName(const std::string& entity, const std::string& field);
};

} // namespace parcours::ui
