// What every use case shares: one transaction around the writes of one person's action,
// whose operations come back as the Change an undo takes back.
#pragma once

#include "store/Database.h"
#include "store/Operation.h"
#include "store/RowMapping.h"
#include "store/Transaction.h"

namespace parcours {

template <typename Write>
Change inOneTransaction(Database& db, Write&& write)
{
    return rows::guarded(db, [&] {
        Transaction transaction(db);
        write();
        transaction.commit();
        return db.journal().lastChange();
    });
}

} // namespace parcours
