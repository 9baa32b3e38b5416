// The store's failures met while reading, put into the words of StoreError.
#include "store/StoreError.h"

#include <SQLiteCpp/Exception.h>
#include <nlohmann/json.hpp>

namespace parcours {

std::string damagedMessage(const std::string& name, const std::string& detail)
{
    return "La base « " + name + " » est endommagée (" + detail
           + ") : rien n'y a été écrit. Gardez ce fichier de côté et repartez d'une sauvegarde.";
}

std::optional<std::string> storeFailureMessage(const std::exception_ptr& failure)
{
    try {
        std::rethrow_exception(failure);
    } catch (const StoreError& error) { // already in French, naming the file
        return error.what();
    } catch (const SQLite::Exception& error) { // a read the store did not guard
        return std::string("La base ne peut pas être lue (") + error.what() + ").";
    } catch (const nlohmann::json::exception&) { // an operation of the history that is not JSON
        return std::string("L'historique de la base est endommagé.");
    } catch (...) {
        return std::nullopt;
    }
}

} // namespace parcours
