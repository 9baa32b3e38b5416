// Reads of the database from a slot or an event: the store's failures put into words.
#include "ui/common/StoreReads.h"

#include "store/StoreError.h"

namespace parcours::ui {

QString readFailure(const std::function<void()>& read)
{
    try {
        read();
        return {};
    } catch (...) {
        if (const std::optional<std::string> message = storeFailureMessage(std::current_exception()))
            return QString::fromStdString(*message);
        throw;
    }
}

} // namespace parcours::ui
