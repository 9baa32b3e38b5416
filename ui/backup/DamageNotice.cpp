// The notice of a damaged base met by a write.
#include "ui/backup/DamageNotice.h"

#include "store/StoreError.h"
#include "ui/common/CoreConversions.h"

namespace parcours::ui {

DamageNotice& DamageNotice::instance()
{
    static DamageNotice notice;
    return notice;
}

void DamageNotice::reportIfDamaged(const std::exception& failure)
{
    if (const auto* damaged = dynamic_cast<const DatabaseDamaged*>(&failure))
        emit instance().damaged(toQString(damaged->path()), QString::fromUtf8(damaged->what()));
}

} // namespace parcours::ui
