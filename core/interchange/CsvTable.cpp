// Header checks and typed field access for the interchange files.
#include "interchange/CsvTable.h"

#include "platform/AtomicFile.h"

namespace parcours {

namespace {

std::string_view trim(std::string_view text)
{
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos)
        return {};
    const auto last = text.find_last_not_of(" \t\r\n");
    return text.substr(first, last - first + 1);
}

// Maps each ColumnSpec to its position in the header; records unknown, duplicated
// and missing required columns. -1 for an absent optional column.
bool readHeader(const CsvRecord& header, std::span<const ColumnSpec> columns, const std::string& file,
                ImportErrors& errors, std::vector<int>& columnIndex)
{
    const std::size_t before = errors.total();
    columnIndex.assign(columns.size(), -1);
    for (std::size_t position = 0; position < header.fields.size(); ++position) {
        const std::string_view name = trim(header.fields[position]);
        std::size_t k = 0;
        while (k < columns.size() && columns[k].name != name)
            ++k;
        if (k == columns.size()) {
            errors.push_back({file, 1, std::string(name), "Colonne inconnue."});
        } else if (columnIndex[k] >= 0) {
            errors.push_back({file, 1, std::string(name), "Colonne en double."});
        } else {
            columnIndex[k] = static_cast<int>(position);
        }
    }
    for (std::size_t k = 0; k < columns.size(); ++k) {
        if (columns[k].required && columnIndex[k] < 0)
            errors.push_back({file, 1, std::string(columns[k].name), "Colonne obligatoire absente de l'en-tête."});
    }
    return errors.total() == before;
}

// Whether `path` is below `folder`, both absolute and without . or .. or links.
bool isInside(const std::filesystem::path& path, const std::filesystem::path& folder)
{
    auto part = path.begin();
    for (const auto& name : folder) {
        if (part == path.end() || *part != name)
            return false;
        ++part;
    }
    return part != path.end();
}

} // namespace

CsvRow::CsvRow(const CsvRecord& record, const std::vector<int>& columnIndex, std::span<const ColumnSpec> columns,
               const std::string& file, ImportErrors& errors)
    : m_record(record)
    , m_columnIndex(columnIndex)
    , m_columns(columns)
    , m_file(file)
    , m_errors(errors)
{
}

std::string_view CsvRow::raw(std::size_t k) const
{
    const int position = m_columnIndex[k];
    if (position < 0 || static_cast<std::size_t>(position) >= m_record.fields.size())
        return {};
    return trim(m_record.fields[static_cast<std::size_t>(position)]);
}

void CsvRow::error(std::size_t k, std::string message)
{
    ++m_errorCount;
    m_errors.push_back({m_file, m_record.line, std::string(m_columns[k].name), std::move(message)});
}

void CsvRow::recordError(std::string message)
{
    ++m_errorCount;
    m_errors.push_back({m_file, m_record.line, {}, std::move(message)});
}

bool CsvRow::present(std::size_t k, bool required)
{
    if (has(k))
        return true;
    if (required)
        error(k, "Valeur obligatoire manquante.");
    return false;
}

std::string CsvRow::text(std::size_t k, bool required)
{
    return present(k, required) ? std::string(raw(k)) : std::string();
}

std::optional<Date> CsvRow::date(std::size_t k, bool required)
{
    if (!present(k, required))
        return std::nullopt;
    if (auto parsed = parseIsoDate(raw(k)))
        return parsed;
    error(k, "Date « " + std::string(raw(k)) + " » invalide : attendu une date réelle au format AAAA-MM-JJ.");
    return std::nullopt;
}

bool CsvRow::flag(std::size_t k)
{
    const std::string_view value = raw(k);
    if (value.empty() || value == "0")
        return false;
    if (value == "1")
        return true;
    error(k, "Indicateur « " + std::string(value) + " » invalide : attendu 0 ou 1.");
    return false;
}

std::string CsvRow::listOfCodes(std::span<const std::string_view> codes) const
{
    std::string list;
    for (const std::string_view code : codes) {
        if (code.empty())
            continue;
        if (!list.empty())
            list += ", ";
        list += code;
    }
    return list;
}

bool readCsvTable(const std::filesystem::path& folder, const std::string& fileName, bool requiredFile,
                  std::span<const ColumnSpec> columns, ImportErrors& errors,
                  const std::function<void(CsvRow&)>& onRow)
{
    std::filesystem::path path;
    std::string refusal;
    const FileLookup found = findFolderFile(folder, fileName, path, refusal);
    if (found == FileLookup::Missing && !requiredFile)
        return true;
    if (found != FileLookup::Found) {
        errors.push_back({fileName, 0, {}, found == FileLookup::Missing ? "Fichier introuvable." : refusal});
        return false;
    }
    CsvFileError fileError;
    auto reader = CsvReader::fromFile(path, fileError);
    if (!reader) {
        errors.push_back({fileName, fileError.line, {}, fileError.message});
        return false;
    }
    std::vector<int> columnIndex;
    bool headerRead = false;
    bool headerValid = false;
    std::size_t fieldCount = 0;
    const auto problem = reader->read([&](const CsvRecord& record) {
        if (!headerRead) {
            headerRead = true;
            headerValid = readHeader(record, columns, fileName, errors, columnIndex);
            fieldCount = record.fields.size();
            return;
        }
        if (!headerValid)
            return;
        CsvRow row(record, columnIndex, columns, fileName, errors);
        if (record.fields.size() != fieldCount) {
            row.recordError(std::to_string(record.fields.size()) + " champs au lieu des "
                            + std::to_string(fieldCount) + " de l'en-tête.");
            return;
        }
        onRow(row);
    });
    if (problem) {
        errors.push_back({fileName, problem->line, {}, problem->message});
        return false;
    }
    return headerValid;
}

FileLookup findFolderFile(const std::filesystem::path& folder, const std::string& fileName, std::filesystem::path& path,
                          std::string& refusal)
{
    namespace fs = std::filesystem;
    path = folder / fileName;
    std::error_code code;
    const fs::file_status status = fs::symlink_status(path, code);
    if (status.type() == fs::file_type::not_found)
        return FileLookup::Missing;
    if (code) {
        refusal = code == std::errc::permission_denied ? "Fichier illisible : permission refusée."
                                                       : "Fichier illisible : " + frenchReason(code) + ".";
        return FileLookup::Refused;
    }
    if (status.type() != fs::file_type::symlink)
        return FileLookup::Found;
    // A link is followed only inside the folder: one to ~/.ssh/id_rsa or /etc/shadow, slipped
    // into a folder received, must not be read, nor its first line shown in an error.
    const fs::path inside = fs::canonical(folder, code);
    const fs::path target = code ? fs::path() : fs::weakly_canonical(path, code);
    if (code || !isInside(target, inside)) {
        refusal = "Lien symbolique vers un fichier hors du dossier importé : il n'est pas lu.";
        return FileLookup::Refused;
    }
    path = target;
    return FileLookup::Found;
}

} // namespace parcours
