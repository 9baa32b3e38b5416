// The RGPD information notice given to each participant.e: a template whose placeholders
// {plie}, {contact}, {personne} and {date} are filled in when it is printed.
#pragma once

#include "domain/Date.h"

#include <optional>
#include <string>

namespace parcours {

struct NoticeFields {
    std::string plieName;
    std::string contact;         // who to write to about one's data
    std::string participantName; // "" for a blank notice
    std::optional<Date> date;    // the day it is given; none for a blank notice
};

// The built-in French notice: the PLIE as the data controller, the purposes, how long the
// data are kept, the person's rights and whom to write to.
const std::string& defaultInformationNotice();

// `noticeTemplate` ("" for the built-in one) with its placeholders filled; a field left empty
// shows a dotted line to fill in by hand.
std::string fillInformationNotice(const std::string& noticeTemplate, const NoticeFields& fields);

} // namespace parcours
