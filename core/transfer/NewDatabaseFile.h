// A database that did not exist, built aside and put in place only when complete.
#pragma once

#include <filesystem>

namespace parcours {

// A missing database is built in a private hidden temporary of its folder (see
// platform/AtomicFile.h for the name), filled, then moved to its name only if nothing took that
// name meanwhile. A kill leaves at worst that temporary, which the next NewDatabaseFile of the
// same name removes once the process named in it no longer runs. Nothing but the temporary is
// ever removed.
class NewDatabaseFile {
public:
    // Removes stale temporaries of `target`, then creates a new empty temporary (0600).
    // Throws StoreError (French) when the folder does not allow it.
    explicit NewDatabaseFile(const std::filesystem::path& target);
    ~NewDatabaseFile(); // removes the temporary and its companions unless placed
    NewDatabaseFile(const NewDatabaseFile&) = delete;
    NewDatabaseFile& operator=(const NewDatabaseFile&) = delete;

    // Where to build the database (every connection to it closed before place()).
    const std::filesystem::path& temporary() const { return m_temporary; }

    // Syncs the temporary and moves it to the target's name. Returns false, leaving the target
    // untouched and removing the temporary, when the target appeared meanwhile. Throws
    // StoreError on any other failure.
    bool place();

private:
    std::filesystem::path m_target;
    std::filesystem::path m_temporary;
    bool m_placed = false;
};

} // namespace parcours
