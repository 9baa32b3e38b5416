// The history of the participant file, read from the operations of its rows (changes.md).
#include "ui/participant/HistoryPanel.h"

#include "store/ParticipantRepository.h"
#include "ui/common/StoreReads.h"
#include "ui/participant/HistoryModel.h"

#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace parcours::ui {

HistoryPanel::HistoryPanel(Database& db, const Clock& clock, RowId participantId, QWidget* parent)
    : QWidget(parent), m_db(db), m_clock(clock), m_participantId(participantId)
{
    m_model = new HistoryModel(this);
    m_view = new QListView(this);
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(true);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformItemSizes(false);

    m_failure = new QLabel(this);
    m_failure->setObjectName(QStringLiteral("historyFailure"));
    m_failure->setWordWrap(true);
    m_failure->setStyleSheet(QStringLiteral("color: #b02020;"));
    m_failure->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_failure);
    layout->addWidget(m_view, 1);
}

void HistoryPanel::reload()
{
    const QString failure = readFailure([this] {
        if (m_participantUuid.empty()) {
            if (const auto participant = ParticipantRepository(m_db, m_clock).find(m_participantId))
                m_participantUuid = participant->record.uuid;
        }
        if (!m_participantUuid.empty())
            m_model->load(m_db, m_participantUuid);
    });
    m_failure->setText(failure.isEmpty() ? QString() : tr("The history could not be read: %1").arg(failure));
    m_failure->setVisible(!failure.isEmpty());
}

QString HistoryPanel::failure() const
{
    return m_failure->text();
}

} // namespace parcours::ui
