// A pathway's state on a given day.
#include "domain/Pathway.h"

#include <utility>

namespace parcours {

const Hold* Pathway::holdOn(const Date& day) const
{
    for (const Hold& hold : holds) {
        if (hold.start <= day && (!hold.end || *hold.end >= day))
            return &hold;
    }
    return nullptr;
}

const Hold* Pathway::openHold() const
{
    for (const Hold& hold : holds) {
        if (!hold.end)
            return &hold;
    }
    return nullptr;
}

Hold* Pathway::openHold()
{
    return const_cast<Hold*>(std::as_const(*this).openHold());
}

PathwayStatus Pathway::statusOn(const Date& day) const
{
    if (exit && exit->date <= day)
        return PathwayStatus::Exited;
    if (currentHire && !currentHire->endDate && currentHire->hireDate <= day)
        return PathwayStatus::InFollowUp;
    if (holdOn(day))
        return PathwayStatus::OnHold;
    return PathwayStatus::Active;
}

} // namespace parcours
