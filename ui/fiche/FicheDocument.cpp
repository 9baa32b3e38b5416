// The fiche parcours as HTML: read once from the repositories, one section per pathway, tables a printer keeps whole.
#include "ui/fiche/FicheDocument.h"

#include "domain/NafSections.h"
#include "store/BarrierRepository.h"
#include "store/ContactRepository.h"
#include "store/ParticipantRepository.h"
#include "store/PathwayRepository.h"
#include "store/PlannedActionRepository.h"
#include "store/PlieSettingsRepository.h"
#include "store/ReferentRepository.h"
#include "ui/common/CoreConversions.h"
#include "ui/common/DomainLabels.h"
#include "ui/participant/FileLabels.h"

#include <QFont>
#include <QTextDocument>

#include <algorithm>
#include <utility>
#include <vector>

namespace parcours::ui {

namespace {

// Tags styled once here; Qt's rich text reads this subset of CSS.
const QString kStyleSheet = QStringLiteral(
    "h1 { font-size: 17pt; color: #1d3557; margin-bottom: 2px; }"
    "h2 { font-size: 13pt; color: #ffffff; background-color: #1d3557; margin-top: 18px; margin-bottom: 4px; }"
    "h3 { font-size: 10.5pt; color: #1d3557; margin-top: 10px; margin-bottom: 3px; }"
    "p.subtitle { color: #444444; margin-top: 0px; }"
    "p.note { color: #555555; font-style: italic; margin-top: 0px; }"
    "p.state { font-weight: bold; }"
    "table { border-color: #9aa5b1; }"
    "th { background-color: #e3e9f0; text-align: left; font-weight: bold; }"
    "td.label { background-color: #f1f4f7; color: #333333; }");

// Qt's rich text puts no margin under a table: a thin paragraph keeps the next heading off it.
const QString kAfterTable = QStringLiteral("</table><p style=\"margin: 0px; font-size: 5pt;\">&nbsp;</p>");

QString escaped(const std::string& text)
{
    return toQString(text).toHtmlEscaped();
}

// Notes keep their line breaks.
QString escapedLines(const std::string& text)
{
    return escaped(text).replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

// A day kept on one line: its column is at least as wide as the date.
QString day(const Date& date)
{
    return QStringLiteral("<span style=\"white-space: nowrap;\">%1</span>").arg(dateText(date));
}

QString optionalDate(const std::optional<Date>& date)
{
    return date ? day(*date) : QString();
}

QString personName(const Participant& p)
{
    return toQString(p.lastName).toUpper() + QLatin1Char(' ') + toQString(p.firstName);
}

// A bordered table as wide as the page; its header row is repeated on each page it spans.
// Cells are HTML already.
QString table(const QStringList& headers, const std::vector<QStringList>& rows, const QList<int>& widths = {})
{
    QString html = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                                  "style=\"border-collapse: collapse;\"><thead><tr>");
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const QString width = i < widths.size() ? QStringLiteral(" width=\"%1%\"").arg(widths.at(i)) : QString();
        html += QStringLiteral("<th%1>%2</th>").arg(width, headers.at(i).toHtmlEscaped());
    }
    html += QStringLiteral("</tr></thead>");
    for (const QStringList& row : rows) {
        html += QStringLiteral("<tr>");
        for (const QString& cell : row)
            html += QStringLiteral("<td>") + cell + QStringLiteral("</td>");
        html += QStringLiteral("</tr>");
    }
    return html + kAfterTable;
}

// Label and value side by side, two pairs per row: the identity and the situation at entry.
QString pairsTable(const std::vector<std::pair<QString, QString>>& pairs)
{
    QString html = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                                  "style=\"border-collapse: collapse;\">");
    for (std::size_t i = 0; i < pairs.size(); i += 2) {
        html += QStringLiteral("<tr>");
        for (std::size_t j = i; j < i + 2; ++j) {
            if (j < pairs.size())
                html += QStringLiteral("<td class=\"label\" width=\"17%\">%1</td><td width=\"33%\">%2</td>")
                            .arg(pairs[j].first.toHtmlEscaped(), pairs[j].second);
            else
                html += QStringLiteral("<td class=\"label\" width=\"17%\"></td><td width=\"33%\"></td>");
        }
        html += QStringLiteral("</tr>");
    }
    return html + kAfterTable;
}

QString none(const QString& text)
{
    return QStringLiteral("<p class=\"note\">%1</p>").arg(text.toHtmlEscaped());
}

// Builds the fiche from the store's reads.
class FicheWriter {
public:
    FicheWriter(Database& db, const Clock& clock) : m_db(db), m_clock(clock), m_today(clock.today()) {}

    QString write(const Participant& person)
    {
        const PlieSettings plie = PlieSettingsRepository(m_db).get();
        QString subtitle = plie.name.empty() ? QString() : escaped(plie.name) + QStringLiteral(" · ");
        subtitle += FicheDocument::tr("printed on %1").arg(dateText(m_today));
        m_html += QStringLiteral("<h1>%1</h1>")
                      .arg(FicheDocument::tr("Fiche parcours – %1").arg(personName(person)).toHtmlEscaped());
        m_html += QStringLiteral("<p class=\"subtitle\">%1</p>").arg(subtitle);
        identity(person);

        std::vector<Pathway> pathways = PathwayRepository(m_db, m_clock).forParticipant(person.record.id);
        std::reverse(pathways.begin(), pathways.end()); // newest first
        if (pathways.empty())
            m_html += none(FicheDocument::tr("No pathway."));
        for (const Pathway& p : pathways)
            pathway(p);
        return m_html;
    }

private:
    void identity(const Participant& person)
    {
        m_html += QStringLiteral("<h2>&nbsp;%1</h2>").arg(FicheDocument::tr("Identity").toHtmlEscaped());
        const QString birth = FicheDocument::tr("%1 (%n years old)", nullptr, ageAt(person.birthDate, m_today))
                                  .arg(dateText(person.birthDate));
        QString address = escaped(person.postcode);
        if (!person.city.empty())
            address += (address.isEmpty() ? QString() : QStringLiteral(" ")) + escaped(person.city);
        pairsTable(person, birth, address);
    }

    void pairsTable(const Participant& person, const QString& birth, const QString& address)
    {
        m_html += ui::pairsTable({
            {FicheDocument::tr("Last name"), escaped(person.lastName)},
            {FicheDocument::tr("First name"), escaped(person.firstName)},
            {FicheDocument::tr("Born on"), birth.toHtmlEscaped()},
            {FicheDocument::tr("Sex"), FileLabels::sex(person.sex).toHtmlEscaped()},
            {FicheDocument::tr("Postcode and city"), address},
            {FicheDocument::tr("Priority neighbourhood (QPV)"), yesNo(person.qpv)},
            {FicheDocument::tr("Phone"), escaped(person.phone)},
            {FicheDocument::tr("Email"), escaped(person.email)},
            {FicheDocument::tr("France Travail id"), escaped(person.franceTravailId)},
            {FicheDocument::tr("File number"), escaped(person.record.externalId)},
        });
    }

    static QString yesNo(bool value) { return value ? FicheDocument::tr("yes") : FicheDocument::tr("no"); }

    void pathway(const Pathway& p)
    {
        const QString title =
            p.exit ? FicheDocument::tr("Pathway from %1 to %2").arg(dateText(p.entryDate), dateText(p.exit->date))
                   : FicheDocument::tr("Pathway since %1").arg(dateText(p.entryDate));
        m_html += QStringLiteral("<h2>&nbsp;%1</h2>").arg(title.toHtmlEscaped());

        QStringList facts;
        const std::optional<Referent> referent = ReferentRepository(m_db, m_clock).find(p.referentId);
        if (referent)
            facts << FicheDocument::tr("Référent.e: %1").arg(toQString(referent->name));
        facts << FicheDocument::tr("Status: %1").arg(statusLabel(p.statusOn(m_today)));
        if (!p.record.externalId.empty())
            facts << FicheDocument::tr("Pathway number: %1").arg(toQString(p.record.externalId));
        m_html += QStringLiteral("<p class=\"state\">%1</p>").arg(facts.join(QStringLiteral(" · ")).toHtmlEscaped());

        situation(p.situation);
        steps(p.record.id);
        barriers(p.record.id);
        contacts(p.record.id);
        holds(p);
        hires(p);
        plannedActions(p.record.id);
        exit(p);
    }

    void heading(const QString& text) { m_html += QStringLiteral("<h3>%1</h3>").arg(text.toHtmlEscaped()); }

    void situation(const SituationAtEntry& s)
    {
        heading(FicheDocument::tr("Situation at entry"));
        m_html += ui::pairsTable({
            {FicheDocument::tr("Education"), FileLabels::education(s.education).toHtmlEscaped()},
            {FicheDocument::tr("RSA"), yesNo(s.rsa)},
            {FicheDocument::tr("Long-term job seeker (DELD)"), yesNo(s.deld)},
            {FicheDocument::tr("Disabled worker (RQTH)"), yesNo(s.rqth)},
            {FicheDocument::tr("Other difficulty"), yesNo(s.otherDifficulty)},
        });
    }

    void steps(RowId pathwayId)
    {
        heading(FicheDocument::tr("Steps"));
        std::vector<QStringList> rows;
        for (const Step& s : PathwayRepository(m_db, m_clock).steps(pathwayId)) {
            QString type = FileLabels::stepType(s.type).toHtmlEscaped();
            if (s.subtype != StepSubtype::None)
                type += QStringLiteral(" – ") + FileLabels::stepSubtype(s.subtype).toHtmlEscaped();
            rows.push_back({day(s.start), optionalDate(s.end), type, escaped(s.label), escaped(s.operatorName)});
        }
        if (rows.empty())
            m_html += none(FicheDocument::tr("No step."));
        else
            m_html += table({FicheDocument::tr("Start"), FicheDocument::tr("End"), FicheDocument::tr("Type"),
                             FicheDocument::tr("Action"), FicheDocument::tr("Operator")},
                            rows, {15, 15, 22, 28, 20});
    }

    void barriers(RowId pathwayId)
    {
        heading(FicheDocument::tr("Barriers"));
        std::vector<QStringList> rows;
        for (const Barrier& b : BarrierRepository(m_db, m_clock).forPathway(pathwayId))
            rows.push_back({FileLabels::barrierCategory(b.category).toHtmlEscaped(), day(b.identifiedDate),
                            FileLabels::barrierStatus(b.status).toHtmlEscaped(), optionalDate(b.liftedDate)});
        if (rows.empty())
            m_html += none(FicheDocument::tr("No barrier identified."));
        else
            m_html += table({FicheDocument::tr("Barrier"), FicheDocument::tr("Identified on"),
                             FicheDocument::tr("State"), FicheDocument::tr("Lifted on")},
                            rows, {40, 20, 20, 20});
    }

    void contacts(RowId pathwayId)
    {
        heading(FicheDocument::tr("Contacts"));
        std::vector<QStringList> rows;
        for (const Contact& c : ContactRepository(m_db, m_clock).forPathway(pathwayId))
            rows.push_back({day(c.date), FileLabels::contactMode(c.mode).toHtmlEscaped(), escapedLines(c.note)});
        if (rows.empty())
            m_html += none(FicheDocument::tr("No contact."));
        else
            m_html += table({FicheDocument::tr("Date"), FicheDocument::tr("Mode"), FicheDocument::tr("Note")}, rows,
                            {15, 14, 71});
    }

    void holds(const Pathway& p)
    {
        if (p.holds.empty())
            return; // most pathways have none: no empty heading
        heading(FicheDocument::tr("Holds"));
        std::vector<QStringList> rows;
        for (const Hold& h : p.holds)
            rows.push_back({day(h.start), optionalDate(h.end), escaped(h.reason)});
        m_html += table({FicheDocument::tr("From"), FicheDocument::tr("To"), FicheDocument::tr("Reason")}, rows,
                        {15, 15, 70});
    }

    static QStringList hireRow(const Hire& h)
    {
        QString employer = FileLabels::employerCategory(h.employer).toHtmlEscaped();
        if (!h.employerName.empty())
            employer = escaped(h.employerName) + QStringLiteral(" (") + employer + QStringLiteral(")");
        if (!h.employerContact.empty())
            employer += QStringLiteral("<br/>") + FicheDocument::tr("Contact: %1").arg(escaped(h.employerContact));
        const std::string_view naf = nafSectionName(h.nafSection);
        const QString sector = QString(QLatin1Char(h.nafSection)) + QStringLiteral(" – ")
                               + QString::fromUtf8(naf.data(), static_cast<qsizetype>(naf.size())).toHtmlEscaped();
        QString end = optionalDate(h.endDate);
        if (!h.endReason.empty())
            end += QStringLiteral("<br/>") + escaped(h.endReason);
        return {day(h.hireDate), FileLabels::contractType(h.contract).toHtmlEscaped(), employer, sector, end};
    }

    void hires(const Pathway& p)
    {
        heading(FicheDocument::tr("Hire and six-month follow-up"));
        std::vector<QStringList> rows;
        for (const Hire& h : p.earlierHires)
            rows.push_back(hireRow(h));
        if (p.currentHire)
            rows.push_back(hireRow(*p.currentHire));
        if (rows.empty()) {
            m_html += none(FicheDocument::tr("No hire."));
            return;
        }
        m_html += table({FicheDocument::tr("Hired on"), FicheDocument::tr("Contract"), FicheDocument::tr("Employer"),
                         FicheDocument::tr("Sector (NAF)"), FicheDocument::tr("Ended on")},
                        rows, {15, 14, 31, 25, 15});
        if (!p.currentHire)
            return;
        const Date six = sixMonthDate(p.currentHire->hireDate);
        QString followUp;
        if (p.exit && p.exit->reason == ExitReason::EmploiDurable)
            followUp = FicheDocument::tr("Lasting job validated on %1.").arg(dateText(p.exit->date));
        else if (p.hireRuns() && !p.exit)
            followUp = m_today < six
                           ? FicheDocument::tr("Six-month follow-up under way, until %1.").arg(dateText(six))
                           : FicheDocument::tr("Six months reached on %1: the lasting job is to be validated.")
                                 .arg(dateText(six));
        else if (p.hireRuns())
            followUp = FicheDocument::tr("Six months after the hire: %1.").arg(dateText(six));
        if (!followUp.isEmpty())
            m_html += QStringLiteral("<p>%1</p>").arg(followUp.toHtmlEscaped());
    }

    void plannedActions(RowId pathwayId)
    {
        std::vector<QStringList> rows;
        for (const PlannedAction& a : PlannedActionRepository(m_db).forPathway(pathwayId))
            rows.push_back({day(a.date), FileLabels::actionKind(a.kind).toHtmlEscaped(), escapedLines(a.note),
                            a.done ? FicheDocument::tr("done") : QString()});
        if (rows.empty())
            return;
        heading(FicheDocument::tr("Planned actions"));
        m_html += table({FicheDocument::tr("Date"), FicheDocument::tr("Kind"), FicheDocument::tr("Note"),
                         FicheDocument::tr("Done")},
                        rows, {15, 16, 57, 12});
    }

    void exit(const Pathway& p)
    {
        heading(FicheDocument::tr("Exit"));
        if (!p.exit) {
            m_html += none(FicheDocument::tr("No exit: the pathway goes on."));
            return;
        }
        const QString kind = isPositive(p.exit->reason)  ? FicheDocument::tr("positive exit")
                             : isNeutral(p.exit->reason) ? FicheDocument::tr("neutral exit")
                                                         : FicheDocument::tr("exit without positive outcome");
        m_html += QStringLiteral("<p>%1</p>")
                      .arg(FicheDocument::tr("Exited on %1: %2 (%3).")
                               .arg(dateText(p.exit->date), FileLabels::exitReason(p.exit->reason), kind)
                               .toHtmlEscaped());
    }

    Database& m_db;
    const Clock& m_clock;
    Date m_today;
    QString m_html;
};

} // namespace

QString FicheDocument::html(Database& db, const Clock& clock, RowId participantId)
{
    const std::optional<Participant> person = ParticipantRepository(db, clock).find(participantId);
    if (!person)
        return {};
    return FicheWriter(db, clock).write(*person);
}

std::unique_ptr<QTextDocument> FicheDocument::build(Database& db, const Clock& clock, RowId participantId)
{
    const QString text = html(db, clock, participantId);
    if (text.isEmpty())
        return nullptr;
    auto document = std::make_unique<QTextDocument>();
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans"), QStringLiteral("Liberation Sans"),
                      QStringLiteral("Arial")});
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(9.5);
    // Any letter spacing turns Qt's ligatures off: "fi" stays two letters that a PDF search finds.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    document->setDefaultFont(font);
    document->setDefaultStyleSheet(kStyleSheet);
    document->setHtml(text);
    return document;
}

QString FicheDocument::suggestedFileName(Database& db, const Clock& clock, RowId participantId)
{
    const std::optional<Participant> person = ParticipantRepository(db, clock).find(participantId);
    QString name = person ? personName(*person) : QString();
    name.replace(QLatin1Char('/'), QLatin1Char('-')).replace(QLatin1Char('\\'), QLatin1Char('-'));
    return tr("Fiche parcours %1.pdf").arg(name).trimmed();
}

} // namespace parcours::ui
