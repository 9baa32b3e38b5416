// Reads of the database from a slot or an event: the store's failures put into words.
#include "ui/common/StoreReads.h"

#include "store/StoreError.h"

#include <SQLiteCpp/Exception.h>
#include <nlohmann/json.hpp>

#include <QCoreApplication>

namespace parcours::ui {

QString readFailure(const std::function<void()>& read)
{
    try {
        read();
        return {};
    } catch (const StoreError& error) { // already in French, naming the file
        return QString::fromUtf8(error.what());
    } catch (const SQLite::Exception& error) { // a read the store did not guard
        return QCoreApplication::translate("StoreReads", "The database cannot be read (%1).")
            .arg(QString::fromUtf8(error.what()));
    } catch (const nlohmann::json::exception&) { // an operation of the history that is not JSON
        return QCoreApplication::translate("StoreReads", "The database holds a damaged history.");
    }
}

} // namespace parcours::ui
