// The pathway's state in words, a button per turn that applies now, and the planned actions.
#include "ui/participant/PathwayPanel.h"

#include "store/PathwayRepository.h"
#include "store/PlannedActionRepository.h"
#include "ui/common/CoreConversions.h"
#include "ui/common/DomainLabels.h"
#include "ui/participant/FileLabels.h"
#include "ui/participant/PathwayTurnDialogs.h"
#include "ui/participant/RecordListModel.h"
#include "usecases/ParticipantCases.h"
#include "usecases/PathwayTurnCases.h"
#include "usecases/PlannedActionCases.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace parcours::ui {

PathwayPanel::PathwayPanel(const FileContext& context, RowId participantId, QWidget* parent)
    : FilePanel(context, participantId, parent),
      m_state(new QLabel(this)),
      m_entryValidation(new QLabel(this)),
      m_details(new QLabel(this)),
      m_actionsView(new QTableView(this)),
      m_actionsModel(new RecordListModel({tr("Date"), tr("Kind"), tr("Note"), tr("Done")}, this))
{
    m_state->setObjectName(QStringLiteral("pathwayState"));
    QFont bold = m_state->font();
    bold.setBold(true);
    m_state->setFont(bold);
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_entryValidation->setObjectName(QStringLiteral("entryValidation"));
    m_entryValidation->setWordWrap(true);
    m_entryValidation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_entryValidation->hide();
    m_details->setObjectName(QStringLiteral("pathwayDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* turns = new QGridLayout;
    const auto place = [&](QPushButton* b, int row, int column) { turns->addWidget(b, row, column); };
    place(addTurn(QStringLiteral("hold"), tr("Put on &hold…"), &PathwayPanel::putOnHold), 0, 0);
    place(addTurn(QStringLiteral("resume"), tr("&Resume…"), &PathwayPanel::resume), 0, 1);
    place(addTurn(QStringLiteral("situation"), tr("Situation at &entry…"), &PathwayPanel::editSituation), 0, 2);
    place(addTurn(QStringLiteral("hire"), tr("H&ire…"), &PathwayPanel::hire), 1, 0);
    place(addTurn(QStringLiteral("validate"), tr("&Validate the lasting job"), &PathwayPanel::validate), 1, 1);
    place(addTurn(QStringLiteral("broken"), tr("Contract &broken…"), &PathwayPanel::breakContract), 1, 2);
    place(addTurn(QStringLiteral("exit"), tr("E&xit…"), &PathwayPanel::exit), 2, 0);
    // A person who comes back after an exit: a new pathway, the earlier ones kept.
    place(addTurn(QStringLiteral("newPathway"), tr("&New pathway…"), &PathwayPanel::openNewPathway), 2, 1);

    m_actionsView->setModel(m_actionsModel);
    m_actionsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_actionsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_actionsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_actionsView->verticalHeader()->hide();
    m_actionsView->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_actionsView->setAccessibleName(tr("Planned actions"));
    keepRowsVisible(m_actionsView, 3);
    auto* plan = new QPushButton(tr("&Plan an action…"), this);
    auto* done = new QPushButton(tr("&Done / to do"), this);
    auto* remove = new QPushButton(tr("Delete the action"), this);
    plan->setObjectName(QStringLiteral("planAction"));
    done->setObjectName(QStringLiteral("actionDone"));
    connect(plan, &QPushButton::clicked, this, &PathwayPanel::planAction);
    connect(done, &QPushButton::clicked, this, &PathwayPanel::toggleActionDone);
    connect(remove, &QPushButton::clicked, this, &PathwayPanel::deleteAction);
    auto* actionButtons = new QHBoxLayout;
    actionButtons->addWidget(plan);
    actionButtons->addWidget(done);
    actionButtons->addWidget(remove);
    actionButtons->addStretch(1);

    auto* title = new QLabel(tr("Planned actions"), this);
    title->setFont(bold);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addWidget(m_entryValidation);
    layout->addWidget(m_details);
    layout->addLayout(turns);
    layout->addWidget(m_errors.general(this));
    layout->addSpacing(8);
    layout->addWidget(title);
    layout->addWidget(m_actionsView, 1);
    layout->addLayout(actionButtons);
}

QPushButton* PathwayPanel::addTurn(const QString& objectName, const QString& text, void (PathwayPanel::*turn)())
{
    auto* button = new QPushButton(text, this);
    button->setObjectName(objectName);
    connect(button, &QPushButton::clicked, this, turn);
    m_turns.append(button);
    return button;
}

QPushButton* PathwayPanel::button(const QString& objectName) const
{
    return findChild<QPushButton*>(objectName);
}

QString PathwayPanel::stateText() const
{
    return m_state->text();
}

QString PathwayPanel::entryValidationText() const
{
    return m_entryValidation->text();
}

void PathwayPanel::refresh()
{
    const Date day = today();
    std::vector<RecordListModel::Row> actionRows;
    if (!m_pathway) {
        m_state->setText(tr("No pathway."));
        m_entryValidation->clear();
        m_entryValidation->hide();
        m_details->clear();
        for (QPushButton* b : m_turns)
            b->setEnabled(false);
        m_actionsModel->setRows({});
        return;
    }
    const Pathway& p = *m_pathway;
    QString state;
    switch (p.statusOn(day)) {
    case PathwayStatus::Exited:
        state = tr("Exited on %1: %2").arg(dateText(p.exit->date), FileLabels::exitReason(p.exit->reason));
        break;
    case PathwayStatus::InFollowUp:
        state = tr("In a job – follow-up until %1").arg(dateText(sixMonthDate(p.currentHire->hireDate)));
        break;
    case PathwayStatus::OnHold: state = tr("On hold since %1").arg(dateText(p.holdOn(day)->start)); break;
    case PathwayStatus::Active: state = tr("In pathway since %1").arg(dateText(p.entryDate)); break;
    }
    m_state->setText(state);
    switch (p.entryValidation) {
    case EntryValidation::None: m_entryValidation->clear(); break;
    case EntryValidation::Pending: m_entryValidation->setText(tr("Entry waiting for validation")); break;
    case EntryValidation::Refused:
        m_entryValidation->setText(tr("Entry refused: %1").arg(toQString(p.entryValidationNote)));
        break;
    }
    m_entryValidation->setVisible(p.entryValidation != EntryValidation::None);

    const bool open = !p.exit;
    const bool following = open && p.hireRuns(); // the six-month follow-up of an open pathway
    QStringList details;
    details << tr("Entered on %1.").arg(dateText(p.entryDate));
    if (p.currentHire) {
        const Hire& h = *p.currentHire;
        QString job = tr("Hired on %1: %2, %3").arg(dateText(h.hireDate), FileLabels::contractType(h.contract),
                                                   FileLabels::employerCategory(h.employer));
        if (!h.employerName.empty())
            job += QStringLiteral(", ") + toQString(h.employerName);
        if (!h.employerContact.empty())
            job += tr(" (to call: %1)").arg(toQString(h.employerContact));
        details << job + QStringLiteral(".");
        if (following)
            details << tr("Six months on %1.").arg(dateText(sixMonthDate(h.hireDate)));
    }
    for (const Hire& h : p.earlierHires)
        details << tr("Earlier hire from %1 to %2%3.")
                       .arg(dateText(h.hireDate), h.endDate ? dateText(*h.endDate) : QString(),
                            h.endReason.empty() ? QString() : QStringLiteral(" (") + toQString(h.endReason) + QStringLiteral(")"));
    for (const Hold& hold : p.holds)
        details << (hold.end ? tr("On hold from %1 to %2").arg(dateText(hold.start), dateText(*hold.end))
                             : tr("On hold since %1").arg(dateText(hold.start)))
                       + (hold.reason.empty() ? QString() : QStringLiteral(" : ") + toQString(hold.reason));
    for (const Pathway& other : PathwayRepository(m_context.db, m_context.clock).forParticipant(m_participantId)) {
        if (other.record.id != p.record.id)
            details << tr("Earlier pathway from %1 to %2%3.")
                           .arg(dateText(other.entryDate), other.exit ? dateText(other.exit->date) : QString(),
                                other.exit ? QStringLiteral(" (") + FileLabels::exitReason(other.exit->reason)
                                                 + QStringLiteral(")")
                                           : QString());
    }
    m_details->setText(details.join(QLatin1Char('\n')));

    button(QStringLiteral("hold"))->setEnabled(open && !p.openHold() && !following);
    button(QStringLiteral("resume"))->setEnabled(open && p.openHold());
    button(QStringLiteral("situation"))->setEnabled(true);
    button(QStringLiteral("hire"))->setEnabled(open && !following);
    button(QStringLiteral("validate"))->setEnabled(following && day >= sixMonthDate(p.currentHire->hireDate));
    button(QStringLiteral("broken"))->setEnabled(following);
    button(QStringLiteral("exit"))->setEnabled(open && !following);
    button(QStringLiteral("newPathway"))->setEnabled(!open);

    for (const PlannedAction& a : PlannedActionRepository(m_context.db).forPathway(p.record.id)) {
        actionRows.push_back({a.record.id,
                              {dateText(a.date), FileLabels::actionKind(a.kind), toQString(a.note),
                               a.done ? tr("done") : QString()},
                              a.done});
    }
    m_actionsModel->setRows(std::move(actionRows));
}

void PathwayPanel::putOnHold()
{
    if (const auto hold = askDatedText(this, tr("Put on hold"), tr("On hold &from:"), tr("&Reason:"), today()))
        writeAndPush(tr("Put on hold"), [&] {
            return parcours::putOnHold(m_context.db, m_context.clock, m_pathway->record.id, hold->date,
                                       hold->text.toStdString());
        });
}

void PathwayPanel::resume()
{
    if (const auto day = askDate(this, tr("Resume"), tr("Resumed &on:"), today()))
        writeAndPush(tr("Resume"), [&] { return resumePathway(m_context.db, m_context.clock, m_pathway->record.id, *day); });
}

void PathwayPanel::hire()
{
    if (const auto chosen = askHire(this, today()))
        writeAndPush(tr("Hire"), [&] { return recordHire(m_context.db, m_context.clock, m_pathway->record.id, *chosen); });
}

void PathwayPanel::validate()
{
    writeAndPush(tr("Validate the lasting job"),
                 [&] { return validateSustainedJob(m_context.db, m_context.clock, m_pathway->record.id); });
}

void PathwayPanel::breakContract()
{
    if (const auto broken = askDatedText(this, tr("Contract broken"), tr("Ended &on:"), tr("&Reason:"), today()))
        writeAndPush(tr("Contract broken"), [&] {
            return recordBrokenContract(m_context.db, m_context.clock, m_pathway->record.id, broken->date,
                                        broken->text.toStdString());
        });
}

void PathwayPanel::exit()
{
    if (const auto choice = askExit(this, today()))
        writeAndPush(tr("Exit"), [&] {
            return exitPathway(m_context.db, m_context.clock, m_pathway->record.id, choice->date, choice->reason);
        });
}

void PathwayPanel::editSituation()
{
    if (const auto situation = askSituation(this, m_pathway->situation))
        writeAndPush(tr("Situation at entry"), [&] {
            return editSituationAtEntry(m_context.db, m_context.clock, m_pathway->record.id, *situation);
        });
}

void PathwayPanel::openNewPathway()
{
    const Date after = m_pathway->exit->date + boost::gregorian::days(1);
    if (const auto entry = askDate(this, tr("New pathway"), tr("Entered &on:"), std::max(after, today()))) {
        Pathway next;
        next.participantId = m_participantId;
        next.referentId = m_pathway->referentId; // the same référent.e; changed from the caseload
        next.entryDate = *entry;
        writeAndPush(tr("New pathway"), [&] { return openPathway(m_context.db, m_context.clock, next); });
    }
}

void PathwayPanel::planAction()
{
    if (!m_pathway || !confirmAddingToClosedPathway())
        return;
    std::optional<PlannedAction> action = askPlannedAction(this, today());
    if (!action)
        return;
    action->pathwayId = m_pathway->record.id;
    writeAndPush(tr("Plan an action"), [&] { return parcours::planAction(m_context.db, m_context.clock, *action); });
}

RowId PathwayPanel::selectedAction() const
{
    const QModelIndex current = m_actionsView->currentIndex();
    return current.isValid() ? m_actionsModel->idAt(current.row()) : 0;
}

void PathwayPanel::toggleActionDone()
{
    const RowId id = selectedAction();
    if (id == 0)
        return;
    const bool done = m_actionsModel->index(m_actionsView->currentIndex().row(), 3).data().toString().isEmpty();
    writeAndPush(done ? tr("Action done") : tr("Action to do again"),
                 [&] { return setPlannedActionDone(m_context.db, m_context.clock, id, done); });
}

void PathwayPanel::deleteAction()
{
    const RowId id = selectedAction();
    if (id != 0)
        writeAndPush(tr("Delete the action"), [&] { return deletePlannedAction(m_context.db, m_context.clock, id); });
}

} // namespace parcours::ui
