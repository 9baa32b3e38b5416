// `parcours-cli import` on folders that are not what they seem: each refusal says what is wrong
// and where, in French, with exit status 1, and the errors are counted in full but listed in part.
#include "CliRunner.h"

#include <gmock/gmock.h>

#include <algorithm>
#include <random>

#ifndef _WIN32
#include <sys/stat.h> // mkfifo
#include <sys/wait.h>
#include <unistd.h>
#endif

namespace parcours::test {
namespace {

namespace fs = std::filesystem;
using ::testing::EndsWith;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;

using ImportCommandTest = CliTest;

const std::string kParticipantsHeader = "participant_id,last_name,first_name,birth_date,sex\n";
const std::string kPathwaysHeader = "parcours_id,participant_id,referent,entry_date\n";

// A folder of one participant and `pathways` pathways of a person who is not in it.
fs::path writeFolder(const fs::path& folder, int pathways)
{
    fs::create_directories(folder);
    writeFile(folder / "participants.csv", kParticipantsHeader + "P1,Durand,Léa,1990-02-03,F\n");
    std::string text = kPathwaysHeader;
    for (int i = 0; i < pathways; ++i)
        text += "C" + std::to_string(i) + ",P404,Claire Dubois,2025-03-03\n";
    writeFile(folder / "parcours.csv", text);
    return folder;
}

std::size_t lineCount(const std::string& text)
{
    return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

TEST_F(ImportCommandTest, ListsTheFirstThousandErrorsAndCountsThemAll)
{
    const fs::path folder = writeFolder(pathIn("dossier"), 1500);
    const CliResult result = run({"import", "--quiet", "--db", pathIn("base.db").string(), folder.string()});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_EQ(lineCount(result.err), 1002u);
    EXPECT_THAT(result.err, HasSubstr("parcours.csv:1001: participant_id: Participant « P404 » absent de "
                                      "participants.csv.\n"));
    EXPECT_THAT(result.err, Not(HasSubstr("parcours.csv:1002:")));
    EXPECT_THAT(result.err, EndsWith("\n… et 500 autres erreurs, non listées.\n"
                                     "Import refusé : 1500 erreurs ; la base n'a pas été modifiée.\n"));
    EXPECT_FALSE(fs::exists(pathIn("base.db")));
}

TEST_F(ImportCommandTest, AFileRefusedAsAWholeIsNotFollowedByAnErrorPerReference)
{
    const fs::path folder = writeFolder(pathIn("dossier"), 1500);
    writeFile(folder / "participants.csv",
              "participant_id,nom,first_name,birth_date,sex\nP1,Durand,Léa,1990-02-03,F\n");
    const CliResult result = run({"import", "--quiet", "--db", pathIn("base.db").string(), folder.string()});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_EQ(result.err, "participants.csv:1: nom: Colonne inconnue.\n"
                          "participants.csv:1: last_name: Colonne obligatoire absente de l'en-tête.\n"
                          "parcours.csv: 1500 lignes renvoient à participants.csv, refusé : ces renvois seront "
                          "vérifiés une fois ce fichier corrigé.\n"
                          "Import refusé : 3 erreurs ; la base n'a pas été modifiée.\n");
}

TEST_F(ImportCommandTest, AHugeHeaderOrFieldIsRefusedAtItsLine)
{
    const fs::path folder = writeFolder(pathIn("dossier"), 1);
    std::string header = "participant_id,last_name,first_name,birth_date,sex";
    for (int i = 0; i < 20000; ++i)
        header += ",x";
    writeFile(folder / "parcours.csv", header + "\n");
    writeFile(folder / "participants.csv", kParticipantsHeader + "P1,Durand,Léa,1990-02-03,F\nP2,Roux,"
                                               + std::string(150'000, 'j') + ",1980-01-01,M\n");
    const CliResult result = run({"import", "--quiet", "--db", pathIn("base.db").string(), folder.string()});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_EQ(result.err, "participants.csv:3: Un champ dépasse 100 000 caractères.\n"
                          "parcours.csv:1: La ligne compte plus de 1 000 champs.\n"
                          "Import refusé : 2 erreurs ; la base n'a pas été modifiée.\n");
}

TEST_F(ImportCommandTest, LinesEndedByACarriageReturnAloneAreImported)
{
    ASSERT_EQ(run({"demo", "--quiet", "--db", pathIn("demo.db").string(), "--participants", "40", "--seed", "5",
                   "--csv", pathIn("d").string()})
                  .exitCode,
              0);
    for (const auto& entry : fs::directory_iterator(pathIn("d"))) {
        std::string text = readFile(entry.path());
        std::string mac;
        for (std::size_t i = 0; i < text.size(); ++i) {
            if (text[i] == '\n' && i > 0 && text[i - 1] == '\r')
                continue;
            mac += text[i] == '\n' ? '\r' : text[i];
        }
        writeFile(entry.path(), mac);
    }
    const CliResult result = run({"import", "--quiet", "--db", pathIn("copie.db").string(), pathIn("d").string()});
    EXPECT_EQ(result.exitCode, 0) << result.err;
    EXPECT_THAT(result.out, HasSubstr("Import réussi : 40 participant.e.s"));
}

TEST_F(ImportCommandTest, AFolderNamedLikeAFileIsSaidToBeOne)
{
    const fs::path folder = writeFolder(pathIn("dossier"), 1);
    fs::remove(folder / "participants.csv");
    fs::create_directory(folder / "participants.csv");
    const CliResult result = run({"import", "--quiet", "--db", pathIn("base.db").string(), folder.string()});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_THAT(result.err, HasSubstr("participants.csv: Est un dossier, pas un fichier.\n"));
}

TEST_F(ImportCommandTest, ALinkOutOfTheFolderIsRefusedAndNotShown)
{
    const fs::path folder = writeFolder(pathIn("dossier"), 1);
    writeFile(pathIn("secret.txt"), "root:motdepasse-tres-secret:0:0\n");
    fs::remove(folder / "participants.csv");
    try {
        fs::create_symlink(pathIn("secret.txt"), folder / "participants.csv");
    } catch (const fs::filesystem_error& e) {
        GTEST_SKIP() << "no symbolic link here: " << e.what();
    }
    const CliResult result = run({"import", "--quiet", "--db", pathIn("base.db").string(), folder.string()});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_THAT(result.err, HasSubstr("participants.csv: Lien symbolique vers un fichier hors du dossier importé : il "
                                      "n'est pas lu.\n"));
    EXPECT_THAT(result.err, Not(HasSubstr("motdepasse")));
    EXPECT_THAT(result.out, Not(HasSubstr("motdepasse")));
}

#ifndef _WIN32

std::string shellQuoted(const std::string& arg)
{
    std::string result = "'";
    for (char c : arg)
        result += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return result + "'";
}

// Runs `command` through sh, stopped after 60 s at most (a read blocked on a FIFO would
// otherwise hang the suite); its exit status, 124 when it had to be stopped.
int runShell(const std::string& command)
{
    const int status = std::system(("timeout 60 " + command).c_str());
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

TEST_F(ImportCommandTest, AFifoIsRefusedWithoutWaitingForAWriter)
{
    const fs::path folder = writeFolder(pathIn("dossier"), 1);
    fs::remove(folder / "participants.csv");
    ASSERT_EQ(::mkfifo((folder / "participants.csv").c_str(), 0600), 0);
    const int status =
        runShell(shellQuoted(PARCOURS_CLI_PATH) + " import --quiet --db " + shellQuoted(pathIn("base.db").string())
                 + " " + shellQuoted(folder.string()) + " >" + shellQuoted(pathIn("out").string()) + " 2>"
                 + shellQuoted(pathIn("err").string()) + " </dev/null");
    EXPECT_EQ(status, 1) << "124: still waiting on the FIFO after 60 s";
    EXPECT_THAT(readFile(pathIn("err")), HasSubstr("participants.csv: N'est pas un fichier ordinaire mais un tube "
                                                   "nommé (FIFO) : il n'est pas lu.\n"));
}

// A folder everyone may enter, removed at the end with what it holds.
class SharedFolder {
public:
    SharedFolder()
    {
        m_path = fs::temp_directory_path() / ("parcours-import-" + std::to_string(std::random_device()()));
        fs::create_directory(m_path);
        fs::permissions(m_path, fs::perms::all);
    }
    ~SharedFolder()
    {
        std::error_code ignored;
        for (const auto& entry : fs::recursive_directory_iterator(m_path, ignored)) {
            if (entry.is_directory(ignored))
                fs::permissions(entry.path(), fs::perms::owner_all, fs::perm_options::add, ignored);
        }
        fs::remove_all(m_path, ignored);
    }
    SharedFolder(const SharedFolder&) = delete;
    SharedFolder& operator=(const SharedFolder&) = delete;
    const fs::path& path() const { return m_path; }

private:
    fs::path m_path;
};

TEST_F(ImportCommandTest, AnUnreadableFileOrFolderIsSaidToBeUnreadable)
{
    if (geteuid() != 0)
        GTEST_SKIP() << "runs the import as the user nobody, which needs root";
    if (std::system("getent passwd nobody >/dev/null 2>&1 && command -v setpriv >/dev/null 2>&1") != 0)
        GTEST_SKIP() << "no user nobody or no setpriv on this machine";
    SharedFolder shared;
    const fs::path binary = shared.path() / "parcours-cli";
    fs::copy_file(PARCOURS_CLI_PATH, binary);
    fs::permissions(binary, fs::perms::owner_all | fs::perms::others_read | fs::perms::others_exec);
    const auto importAsNobody = [&](const fs::path& folder) {
        const fs::path err = shared.path() / "err";
        const std::string command = "setpriv --reuid=nobody --regid=nogroup --clear-groups "
                                    + shellQuoted(binary.string()) + " import --quiet --db "
                                    + shellQuoted((shared.path() / "base.db").string()) + " "
                                    + shellQuoted(folder.string()) + " >/dev/null 2>" + shellQuoted(err.string());
        const int status = runShell(command);
        return std::make_pair(status, readFile(err));
    };
    if (importAsNobody(shared.path() / "absent").first != 1)
        GTEST_SKIP() << "the user nobody cannot run the program copied into " << shared.path();

    const fs::path folder = writeFolder(shared.path() / "dossier", 1);
    fs::permissions(folder, fs::perms::owner_all | fs::perms::others_read | fs::perms::others_exec);
    fs::permissions(folder / "parcours.csv", fs::perms::owner_read | fs::perms::others_read);
    fs::permissions(folder / "participants.csv", fs::perms::owner_read | fs::perms::owner_write);
    const auto [fileStatus, fileErr] = importAsNobody(folder);
    EXPECT_EQ(fileStatus, 1);
    EXPECT_THAT(fileErr, HasSubstr("participants.csv: Fichier illisible : permission refusée.\n"));

    fs::permissions(folder, fs::perms::owner_all);
    const auto [folderStatus, folderErr] = importAsNobody(folder);
    EXPECT_EQ(folderStatus, 1);
    EXPECT_EQ(folderErr, folder.string()
                             + ": Dossier illisible : permission refusée.\n"
                               "Import refusé : 1 erreur ; la base n'a pas été modifiée.\n");
}

#endif

} // namespace
} // namespace parcours::test
