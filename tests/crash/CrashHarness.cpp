// The crash harness: a child process writes to a database through every write path of
// Parcours (imports of interchange folders, `apply` of operation files, the use cases of a
// référent.e's day) and acknowledges each committed action in an fsync'd file; the parent
// kills it with SIGKILL at random moments, again and again, and after each kill checks that
// the database passes `check`, that every acknowledged change is there, and that nothing is
// half-applied (an import or an operation file whole or not at all, a use case's rows with
// their recorded operations).
//
// POSIX only (fork, kill, waitpid, fsync): this is a test tool, not product code.
//
//   parcours_crash_harness [--kills N] [--seed S] [--max-delay MS] [--missing] [--keep]
//     --max-delay  each kill lands 0 to MS milliseconds after the child started (700)
//     --missing  also imports into missing database paths (reported apart, see below)
//     --keep     keeps the working folder
#include "changes/ApplyOperations.h"
#include "changes/ChangesFile.h"
#include "domain/Date.h"
#include "store/Database.h"
#include "store/EntityTables.h"
#include "store/IntegrityCheck.h"
#include "store/ReferentRepository.h"
#include "store/Uuid.h"
#include "transfer/DemoDatabase.h"
#include "transfer/FolderDump.h"
#include "transfer/FolderImport.h"
#include "usecases/ParticipantCases.h"
#include "usecases/PathwayItemCases.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace fs = std::filesystem;
using namespace parcours;

namespace {

constexpr int kImportFolders = 6;
constexpr int kApplyChunks = 8;
constexpr int kKillsPerEpoch = 25; // then a fresh base, so that it stays small

Date day(const char* iso)
{
    return *parseIsoDate(iso);
}

const FixedClock& clock()
{
    static const FixedClock fixed(day("2026-11-27"));
    return fixed;
}

void removeDatabase(const fs::path& path)
{
    std::error_code ignored;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        fs::remove(path.string() + suffix, ignored);
}

// How the folder names its participant.e.s (an import gives them new UUIDs, keeps these ids).
std::vector<std::string> participantIds(const fs::path& database)
{
    Database db(database, OpenMode::ReadOnly);
    std::vector<std::string> uuids;
    SQLite::Statement query(db.sql(), "SELECT external_id FROM participants WHERE external_id IS NOT NULL ORDER BY id");
    while (query.executeStep())
        uuids.push_back(query.getColumn(0).getString());
    return uuids;
}

// What the parent prepares once: the folders to import, the operation files to apply, the
// base every epoch starts from.
struct Material {
    fs::path work;
    fs::path base;
    fs::path templateBase;
    std::vector<fs::path> folders;
    std::vector<std::vector<std::string>> folderParticipants;
    std::vector<fs::path> chunks;
    std::vector<std::vector<std::string>> chunkOps;
};

Participant person(const std::string& lastName, const std::string& firstName)
{
    Participant p;
    p.lastName = lastName;
    p.firstName = firstName;
    p.birthDate = day("1988-03-14");
    p.sex = Sex::F;
    return p;
}

void prepare(const fs::path& work)
{
    createDemoDatabase(work / "template.parcours", clock(), DemoOptions{60, 1, clock().today()});

    for (int k = 0; k < kImportFolders; ++k) {
        const fs::path source = work / ("import-source-" + std::to_string(k) + ".parcours");
        createDemoDatabase(source, clock(), DemoOptions{150, static_cast<std::uint64_t>(100 + k), clock().today()});
        const fs::path folder = work / ("import-" + std::to_string(k));
        {
            // Demo ids repeat from one demo to the next: each folder's own, so that they all import.
            Database db(source, OpenMode::ExistingOnly);
            std::vector<std::string> tables;
            SQLite::Statement query(db.sql(),
                                    "SELECT m.name FROM sqlite_master m WHERE m.type = 'table' AND "
                                    "EXISTS (SELECT 1 FROM pragma_table_info(m.name) WHERE name = 'external_id')");
            while (query.executeStep())
                tables.push_back(query.getColumn(0).getString());
            for (const std::string& table : tables)
                db.sql().exec("UPDATE " + table + " SET external_id = 'F" + std::to_string(k)
                              + "-' || external_id WHERE external_id IS NOT NULL");
            dumpDatabase(db, folder);
        }
        std::ofstream uuids(work / ("import-" + std::to_string(k) + ".ids"), std::ios::binary);
        for (const std::string& uuid : participantIds(source))
            uuids << uuid << '\n';
        removeDatabase(source);
    }

    // The operation files: a référent.e's work in another database, cut in successive files.
    const fs::path source = work / "apply-source.parcours";
    {
        Database db(source, OpenMode::CreateIfMissing);
        db.journal().setAuthor("Référente Apply");
        std::optional<std::string> mark;
        for (int i = 0; i < kApplyChunks; ++i) {
            for (int n = 0; n < 5; ++n) {
                Participant p = person("Apply" + std::to_string(i), "Personne" + std::to_string(n));
                Pathway pathway;
                pathway.entryDate = day("2026-10-01");
                createParticipant(db, clock(), p, pathway, "Référente Apply");
                Contact contact;
                contact.pathwayId = pathway.record.id;
                contact.date = day("2026-11-02");
                contact.note = "Entretien " + std::to_string(i);
                logContact(db, clock(), contact);
            }
            const fs::path chunk = work / ("apply-" + std::to_string(i) + ".jsonl");
            {
                std::ofstream out(chunk, std::ios::binary);
                writeChanges(db, mark, out);
            }
            mark = readChangesFile(chunk).back().op;
        }
    }
    removeDatabase(source);
}

// What prepare wrote, as the parent and each child (a fresh process) see it.
Material loadMaterial(const fs::path& work)
{
    Material m;
    m.work = work;
    m.base = work / "base.parcours";
    m.templateBase = work / "template.parcours";
    for (int k = 0; k < kImportFolders; ++k) {
        m.folders.push_back(work / ("import-" + std::to_string(k)));
        std::ifstream in(work / ("import-" + std::to_string(k) + ".ids"), std::ios::binary);
        std::vector<std::string> uuids;
        for (std::string uuid; std::getline(in, uuid);)
            uuids.push_back(uuid);
        m.folderParticipants.push_back(uuids);
    }
    for (int i = 0; i < kApplyChunks; ++i) {
        m.chunks.push_back(work / ("apply-" + std::to_string(i) + ".jsonl"));
        std::vector<std::string> ops;
        for (const Operation& operation : readChangesFile(m.chunks.back()))
            ops.push_back(operation.op);
        m.chunkOps.push_back(ops);
    }
    return m;
}

// ---- acknowledgements: one line per committed action, appended and fsync'd -------------

fs::path ackPath(const Material& m)
{
    return m.work / "acks.txt";
}

void acknowledge(int fd, const std::string& line)
{
    const std::string text = line + '\n';
    if (::write(fd, text.data(), text.size()) != static_cast<ssize_t>(text.size()) || ::fsync(fd) != 0)
        _exit(3);
}

// The complete lines only: a kill may cut the last one.
std::vector<std::vector<std::string>> readAcks(const Material& m)
{
    std::ifstream in(ackPath(m), std::ios::binary);
    const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    std::vector<std::vector<std::string>> acks;
    std::size_t start = 0;
    for (std::size_t end = text.find('\n'); end != std::string::npos; end = text.find('\n', start)) {
        std::istringstream line(text.substr(start, end - start));
        std::vector<std::string> words;
        for (std::string word; line >> word;)
            words.push_back(word);
        if (!words.empty())
            acks.push_back(words);
        start = end + 1;
    }
    return acks;
}

// A line cut by the last kill is no acknowledgement: dropped before the next is appended.
void dropCutLine(const Material& m, int fd)
{
    std::ifstream in(ackPath(m), std::ios::binary);
    const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    const std::size_t complete = text.find_last_of('\n') == std::string::npos ? 0 : text.find_last_of('\n') + 1;
    if (complete != text.size() && (::ftruncate(fd, static_cast<off_t>(complete)) != 0 || ::fsync(fd) != 0))
        _exit(2);
}

fs::path missingPath(const Material& m, int n)
{
    return m.work / ("missing-" + std::to_string(n) + ".parcours");
}

// ---- the child ---------------------------------------------------------------------------

[[noreturn]] void runChild(const Material& m, std::uint64_t seed, bool missing)
{
    try {
        std::set<int> imported;
        int applied = -1;
        int missingCount = 0;
        for (const auto& ack : readAcks(m)) {
            if (ack[0] == "import")
                imported.insert(std::stoi(ack[1]));
            else if (ack[0] == "apply")
                applied = std::max(applied, std::stoi(ack[1]));
            else if (ack[0] == "missing")
                missingCount = std::max(missingCount, std::stoi(ack[1]) + 1);
        }
        const int fd = ::open(ackPath(m).c_str(), O_WRONLY | O_APPEND | O_CREAT, 0600);
        if (fd < 0)
            _exit(2);
        dropCutLine(m, fd);
        std::mt19937_64 random(seed);
        Database db(m.base, OpenMode::ExistingOnly);
        db.journal().setAuthor("Référente Crash");
        // An import committed but not acknowledged before the last kill: already there.
        for (int k = 0; k < kImportFolders; ++k) {
            if (!imported.count(k)) {
                SQLite::Statement query(db.sql(), "SELECT count(*) FROM participants WHERE external_id = ?");
                query.bind(1, m.folderParticipants[k].front());
                query.executeStep();
                if (query.getColumn(0).getInt() > 0)
                    imported.insert(k);
            }
        }
        for (int round = 0;; ++round) {
            const int choice = static_cast<int>(random() % 10);
            if (choice < 2 && static_cast<int>(imported.size()) < kImportFolders) {
                int k = 0;
                while (imported.count(k))
                    ++k;
                const ImportResult result = importFolder(db, clock(), m.folders[k]);
                if (!result.succeeded()) {
                    std::cerr << "enfant : import refusé : " << result.errors.front().text() << '\n';
                    _exit(4);
                }
                imported.insert(k);
                acknowledge(fd, "import " + std::to_string(k));
            } else if (choice < 4 && applied + 1 < kApplyChunks) {
                // A file committed but not acknowledged is applied again: every operation skipped.
                applyOperations(db, readChangesFile(m.chunks[applied + 1]));
                ++applied;
                acknowledge(fd, "apply " + std::to_string(applied));
            } else if (choice == 4 && missing && missingCount < 4) {
                const int k = static_cast<int>(random() % kImportFolders);
                const fs::path path = missingPath(m, missingCount);
                removeDatabase(path); // a path left by an earlier kill: missing again
                const ImportResult result = importFolderIntoFile(path, clock(), m.folders[k]);
                if (!result.succeeded()) {
                    std::cerr << "enfant : import refusé : " << result.errors.front().text() << '\n';
                    _exit(5);
                }
                acknowledge(fd, "missing " + std::to_string(missingCount) + " " + std::to_string(k));
                ++missingCount;
            } else {
                const std::string tag = std::to_string(seed % 100000) + "x" + std::to_string(round);
                Participant p = person("Crash" + tag, "Personne");
                Pathway pathway;
                pathway.entryDate = day("2026-11-03");
                const Change created = createParticipant(db, clock(), p, pathway, "Référente Crash");
                acknowledge(fd, "create " + p.record.uuid + " " + created.id + " "
                                    + std::to_string(created.operations.size()) + " " + p.lastName);
                p.phone = "06" + std::to_string(10000000 + random() % 89999999);
                const Change edited = editIdentity(db, clock(), p);
                acknowledge(fd, "edit " + p.record.uuid + " " + edited.id + " "
                                    + std::to_string(edited.operations.size()) + " " + p.phone);
                Contact contact;
                contact.pathwayId = pathway.record.id;
                contact.date = day("2026-11-20");
                contact.note = "Entretien " + tag;
                const Change logged = logContact(db, clock(), contact);
                acknowledge(fd, "contact " + contact.record.uuid + " " + logged.id + " "
                                    + std::to_string(logged.operations.size()));
                Step step;
                step.pathwayId = pathway.record.id;
                step.start = day("2026-11-21");
                step.label = "Atelier " + tag;
                const Change added = addStep(db, clock(), step);
                acknowledge(fd, "step " + step.record.uuid + " " + added.id + " "
                                    + std::to_string(added.operations.size()));
            }
        }
    } catch (const std::exception& error) {
        std::cerr << "enfant : " << error.what() << '\n';
        _exit(6);
    }
}

// ---- the parent's verification -----------------------------------------------------------

int scalar(Database& db, const std::string& sql, const std::vector<std::string>& values = {})
{
    SQLite::Statement query(db.sql(), sql);
    for (std::size_t i = 0; i < values.size(); ++i)
        query.bind(static_cast<int>(i + 1), values[i]);
    query.executeStep();
    return query.getColumn(0).getInt();
}

int presentCount(Database& db, const std::string& sql, const std::vector<std::string>& values)
{
    int present = 0;
    for (const std::string& value : values)
        present += scalar(db, sql, {value}) > 0 ? 1 : 0;
    return present;
}

// Every row has its recorded operations, every recorded row (not deleted since) its row.
void checkRowsAgainstOperations(Database& db, const std::string& where, std::vector<std::string>& failures)
{
    for (const EntityTable& table : entityTables()) {
        const std::string t = table.table;
        const std::string e = table.entity;
        if (scalar(db, "SELECT count(*) FROM pragma_table_info('" + t + "') WHERE name = 'uuid'") == 0)
            continue;
        const int unrecorded = scalar(db, "SELECT count(*) FROM " + t
                                              + " t WHERE NOT EXISTS (SELECT 1 FROM operations o WHERE o.entity = '" + e
                                              + "' AND o.row_uuid = t.uuid)");
        if (unrecorded > 0)
            failures.push_back(where + " : " + std::to_string(unrecorded) + " ligne(s) de " + t
                               + " sans leur opération");
        const int rowless = scalar(db, "SELECT count(*) FROM operations o WHERE o.entity = '" + e
                                           + "' AND o.kind <> 'delete' AND o.seq = (SELECT max(seq) FROM operations p "
                                             "WHERE p.entity = o.entity AND p.row_uuid = o.row_uuid) AND NOT EXISTS "
                                             "(SELECT 1 FROM "
                                           + t + " t WHERE t.uuid = o.row_uuid)");
        if (rowless > 0)
            failures.push_back(where + " : " + std::to_string(rowless) + " opération(s) de " + e + " sans leur ligne");
    }
}

struct Tally {
    int imports = 0, applies = 0, useCases = 0, missingImports = 0;
    std::vector<std::string> missingFindings; // imports into a missing path, reported apart
};

std::vector<std::string> verify(const Material& m, bool missing, Tally& tally)
{
    std::vector<std::string> failures;
    try {
        const IntegrityReport report = checkDatabase(m.base);
        for (const std::string& problem : report.problems)
            failures.push_back("check : " + problem);
    } catch (const std::exception& error) {
        failures.push_back(std::string("check : ") + error.what());
        return failures;
    }
    const auto acks = readAcks(m);
    Database db(m.base, OpenMode::ReadOnly);
    std::set<int> importAcks, applyAcks;
    std::map<int, int> missingAcks;
    std::map<std::string, int> operationsOfChange; // read once: `change` has no index
    {
        SQLite::Statement query(db.sql(), "SELECT change, count(*) FROM operations GROUP BY change");
        while (query.executeStep())
            operationsOfChange[query.getColumn(0).getString()] = query.getColumn(1).getInt();
    }
    for (const auto& ack : acks) {
        if (ack[0] == "import")
            importAcks.insert(std::stoi(ack[1]));
        else if (ack[0] == "apply")
            applyAcks.insert(std::stoi(ack[1]));
        else if (ack[0] == "missing")
            missingAcks[std::stoi(ack[1])] = std::stoi(ack[2]);
        else {
            const std::string& uuid = ack[1];
            const std::string& change = ack[2];
            const int operations = std::stoi(ack[3]);
            const auto found = operationsOfChange.find(change);
            const int recorded = found == operationsOfChange.end() ? 0 : found->second;
            if (recorded != operations)
                failures.push_back(ack[0] + " " + uuid + " acquitté : " + std::to_string(recorded)
                                   + " opération(s) sur " + std::to_string(operations));
            if (ack[0] == "create"
                && scalar(db, "SELECT count(*) FROM participants WHERE uuid = ? AND last_name = ?", {uuid, ack[4]})
                       != 1)
                failures.push_back("création acquittée absente : " + uuid);
            if (ack[0] == "edit"
                && scalar(db, "SELECT count(*) FROM participants WHERE uuid = ? AND phone = ?", {uuid, ack[4]}) != 1)
                failures.push_back("modification acquittée absente : " + uuid);
            if (ack[0] == "contact" && scalar(db, "SELECT count(*) FROM contacts WHERE uuid = ?", {uuid}) != 1)
                failures.push_back("contact acquitté absent : " + uuid);
            if (ack[0] == "step" && scalar(db, "SELECT count(*) FROM steps WHERE uuid = ?", {uuid}) != 1)
                failures.push_back("étape acquittée absente : " + uuid);
        }
    }
    for (int k = 0; k < kImportFolders; ++k) {
        const auto& uuids = m.folderParticipants[k];
        const int present = presentCount(db, "SELECT count(*) FROM participants WHERE external_id = ?", uuids);
        if (present != 0 && present != static_cast<int>(uuids.size()))
            failures.push_back("import " + std::to_string(k) + " à moitié : " + std::to_string(present) + " sur "
                               + std::to_string(uuids.size()));
        if (importAcks.count(k) && present != static_cast<int>(uuids.size()))
            failures.push_back("import " + std::to_string(k) + " acquitté absent");
    }
    for (int i = 0; i < kApplyChunks; ++i) {
        const auto& ops = m.chunkOps[i];
        const int present = presentCount(db, "SELECT count(*) FROM operations WHERE op = ?", ops);
        if (present != 0 && present != static_cast<int>(ops.size()))
            failures.push_back("apply " + std::to_string(i) + " à moitié : " + std::to_string(present) + " sur "
                               + std::to_string(ops.size()));
        if (applyAcks.count(i) && present != static_cast<int>(ops.size()))
            failures.push_back("apply " + std::to_string(i) + " acquitté absent");
    }
    checkRowsAgainstOperations(db, "base", failures);

    if (missing) {
        for (int n = 0; n < 4; ++n) {
            const fs::path path = missingPath(m, n);
            const auto acked = missingAcks.find(n);
            if (!fs::exists(path)) {
                if (acked != missingAcks.end())
                    failures.push_back("import acquitté dans " + path.filename().string() + " : fichier absent");
                continue;
            }
            std::string finding;
            try {
                const IntegrityReport report = checkDatabase(path);
                if (!report.sound())
                    finding = "check : " + report.problems.front();
                else {
                    Database created(path, OpenMode::ReadOnly);
                    const int people = scalar(created, "SELECT count(*) FROM participants");
                    if (acked != missingAcks.end()) {
                        if (people != static_cast<int>(m.folderParticipants[acked->second].size()))
                            failures.push_back("import acquitté dans " + path.filename().string() + " incomplet");
                    } else if (people == 0) {
                        finding = "base vide laissée";
                    } else if (people != 150) {
                        finding = "import à moitié : " + std::to_string(people);
                    }
                    std::vector<std::string> own;
                    checkRowsAgainstOperations(created, path.filename().string(), own);
                    failures.insert(failures.end(), own.begin(), own.end());
                }
            } catch (const std::exception& error) {
                finding = error.what();
            }
            if (!finding.empty()) {
                if (acked != missingAcks.end())
                    failures.push_back("import acquitté dans " + path.filename().string() + " : " + finding);
                else
                    tally.missingFindings.push_back(path.filename().string() + " : " + finding);
            }
        }
    }
    return failures;
}

void countAcks(const Material& m, Tally& tally)
{
    for (const auto& ack : readAcks(m)) {
        if (ack[0] == "import")
            ++tally.imports;
        else if (ack[0] == "apply")
            ++tally.applies;
        else if (ack[0] == "missing")
            ++tally.missingImports;
        else
            ++tally.useCases;
    }
}

void newEpoch(const Material& m, bool missing)
{
    removeDatabase(m.base);
    fs::copy_file(m.templateBase, m.base);
    fs::remove(ackPath(m));
    if (missing) {
        for (int n = 0; n < 4; ++n)
            removeDatabase(missingPath(m, n));
    }
}

} // namespace

int main(int argc, char** argv)
{
    int kills = 40;
    std::uint64_t seed = static_cast<std::uint64_t>(std::random_device{}());
    bool missing = false;
    bool keep = false;
    int maxDelayMs = 700;                               // a kill lands anywhere in the child's first 0.7 s
    if (argc == 5 && std::string(argv[1]) == "--child") // parcours_crash_harness --child WORK SEED MISSING
        runChild(loadMaterial(argv[2]), std::strtoull(argv[3], nullptr, 10), std::string(argv[4]) == "1");
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--kills" && i + 1 < argc)
            kills = std::atoi(argv[++i]);
        else if (arg == "--seed" && i + 1 < argc)
            seed = std::strtoull(argv[++i], nullptr, 10);
        else if (arg == "--max-delay" && i + 1 < argc)
            maxDelayMs = std::max(1, std::atoi(argv[++i]));
        else if (arg == "--missing")
            missing = true;
        else if (arg == "--keep")
            keep = true;
        else {
            std::cerr
                << "usage : parcours_crash_harness [--kills N] [--seed S] [--max-delay MS] [--missing] [--keep]\n";
            return 2;
        }
    }
    std::cout << "graine : " << seed << " (rejouer avec --seed " << seed << ")" << std::endl;
    const fs::path work =
        fs::temp_directory_path() / ("parcours-crash-" + std::to_string(seed) + "-" + std::to_string(::getpid()));
    fs::create_directories(work);
    prepare(work);
    const Material m = loadMaterial(work);
    const std::string self = fs::canonical("/proc/self/exe").string();

    std::mt19937_64 random(seed);
    Tally tally;
    int failedKills = 0;
    int exitedEarly = 0;
    for (int kill = 0; kill < kills; ++kill) {
        if (kill % kKillsPerEpoch == 0) {
            if (kill > 0)
                countAcks(m, tally);
            newEpoch(m, missing);
        }
        const std::uint64_t childSeed = random();
        const int delay = static_cast<int>(random() % (static_cast<std::uint64_t>(maxDelayMs) * 1000));
        std::cout.flush();
        const pid_t child = ::fork();
        if (child < 0) {
            std::perror("fork");
            return 2;
        }
        if (child == 0) {
            // A fresh process, as a real one: a forked copy would share the parent's UUID generator.
            const std::string seedText = std::to_string(childSeed);
            ::execl(self.c_str(), self.c_str(), "--child", work.c_str(), seedText.c_str(), missing ? "1" : "0",
                    static_cast<char*>(nullptr));
            _exit(7);
        }
        std::this_thread::sleep_for(std::chrono::microseconds(delay));
        ::kill(child, SIGKILL);
        int status = 0;
        ::waitpid(child, &status, 0);
        std::vector<std::string> failures;
        if (!(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL)) {
            ++exitedEarly;
            failures.push_back("l'enfant s'est arrêté seul (code "
                               + std::to_string(WIFEXITED(status) ? WEXITSTATUS(status) : -1) + ")");
        }
        try {
            const auto found = verify(m, missing, tally);
            failures.insert(failures.end(), found.begin(), found.end());
        } catch (const std::exception& error) {
            failures.push_back(std::string("vérification : ") + error.what());
        }
        if (!failures.empty()) {
            ++failedKills;
            std::cout << "arrêt " << kill + 1 << " (après " << delay / 1000 << " ms) :\n";
            for (const std::string& failure : failures)
                std::cout << "  " << failure << '\n';
        }
    }
    countAcks(m, tally);
    std::cout << "actions acquittées : " << tally.imports << " imports, " << tally.applies << " fichiers d'opérations, "
              << tally.useCases << " cas d'usage";
    if (missing)
        std::cout << ", " << tally.missingImports << " imports dans une base absente";
    std::cout << '\n';
    if (missing) {
        std::cout << tally.missingFindings.size() << " constat(s) sur les imports dans une base absente\n";
        std::map<std::string, int> kinds;
        for (const std::string& finding : tally.missingFindings)
            ++kinds[finding.substr(finding.find(" : ") + 3)];
        for (const auto& [kind, count] : kinds)
            std::cout << "  " << count << " × " << kind << '\n';
    }
    std::cout << failedKills << " échec(s) sur " << kills << " arrêts (SIGKILL), graine " << seed << std::endl;
    if (!keep)
        fs::remove_all(work);
    else
        std::cout << "dossier gardé : " << work << '\n';
    return failedKills == 0 ? 0 : 1;
}
