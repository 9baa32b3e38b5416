// The small forms of a pathway's turns: each asks what the turn needs and returns it, or
// nothing when the user cancels. The rules are the core use case's, checked on saving.
#pragma once

#include "domain/Pathway.h"
#include "domain/PlannedAction.h"

#include <QString>

#include <optional>

class QWidget;

namespace parcours::ui {

struct DatedText {
    Date date;
    QString text;
};

struct ExitChoice {
    Date date;
    ExitReason reason = ExitReason::AutreSansSuite;
};

// A date and a text (a hold's start and reason; a broken contract's end and reason).
std::optional<DatedText> askDatedText(QWidget* parent, const QString& title, const QString& dateLabel,
                                      const QString& textLabel, const Date& initial);
// A date alone (the day a hold ends).
std::optional<Date> askDate(QWidget* parent, const QString& title, const QString& dateLabel, const Date& initial);
// A hire: date, contract, employer's category, NAF section (searchable by name), employer and
// the person to call there.
std::optional<Hire> askHire(QWidget* parent, const Date& initial);
// An exit: date and reason, emploi durable aside (it comes from the six-month validation).
std::optional<ExitChoice> askExit(QWidget* parent, const Date& initial);
std::optional<SituationAtEntry> askSituation(QWidget* parent, const SituationAtEntry& current);
// A planned action: date, kind, note.
std::optional<PlannedAction> askPlannedAction(QWidget* parent, const Date& initial);

} // namespace parcours::ui
