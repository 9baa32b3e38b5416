// The contacts journal: a note of several lines (Ctrl+Enter saves), edited by choosing one in the list.
#include "ui/participant/ContactsPanel.h"

#include "store/ContactRepository.h"
#include "ui/common/CoreConversions.h"
#include "ui/common/DomainLabels.h"
#include "ui/participant/FileLabels.h"
#include "ui/participant/RecordListModel.h"
#include "usecases/PathwayItemCases.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace parcours::ui {

ContactsPanel::ContactsPanel(const FileContext& context, RowId participantId, QWidget* parent)
    : FilePanel(context, participantId, parent)
{
    m_model = new RecordListModel({tr("Date"), tr("Mode"), tr("Note")}, this);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    // Each note in full, on as many lines as it takes.
    m_view->setWordWrap(true);
    m_view->setTextElideMode(Qt::ElideNone);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->setAccessibleName(tr("Contacts journal"));
    keepRowsVisible(m_view, 4);

    m_date = dateEdit(this);
    m_mode = new QComboBox(this);
    fillCombo<ContactMode>(m_mode, &FileLabels::contactMode);
    m_note = new QPlainTextEdit(this);
    m_note->setPlaceholderText(tr("What was said (Ctrl+Enter saves)"));
    m_note->setTabChangesFocus(true);
    m_note->setAccessibleName(tr("Note"));
    // Three lines to write in; it scrolls beyond.
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 3 + 2 * static_cast<int>(m_note->document()->documentMargin())
                           + 2 * m_note->frameWidth());
    m_note->installEventFilter(this);
    m_save = new QPushButton(tr("&Log contact"), this);

    auto* form = new QFormLayout;
    form->addRow(tr("Dat&e:"), m_date);
    m_errors.add(form, m_date, "date");
    form->addRow(tr("&Mode:"), m_mode);
    form->addRow(tr("N&ote:"), m_note);
    m_errors.add(form, m_note, "note");

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(form);
    layout->addWidget(m_errors.general(this));
    layout->addWidget(m_save, 0, Qt::AlignRight);

    connect(m_date, &QDateEdit::dateChanged, this, [this] { markUnsaved(); });
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] { markUnsaved(); });
    connect(m_note, &QPlainTextEdit::textChanged, this, [this] { markUnsaved(); });
    connect(m_save, &QPushButton::clicked, this, [this] { saveEdits(); });
    connect(m_view, &QTableView::activated, this, [this] { editSelected(); });
    connect(m_view, &QTableView::clicked, this, [this] { editSelected(); });
    setTabOrder(m_view, m_date);
    setTabOrder(m_date, m_mode);
    setTabOrder(m_mode, m_note);
    setTabOrder(m_note, m_save);
}

void ContactsPanel::refresh()
{
    m_contacts.clear();
    if (m_pathway)
        m_contacts = ContactRepository(m_context.db, m_context.clock).forPathway(m_pathway->record.id);
    std::vector<RecordListModel::Row> rows;
    for (const Contact& c : m_contacts)
        rows.push_back({c.record.id, {dateText(c.date), FileLabels::contactMode(c.mode), toQString(c.note)}, false});
    m_model->setRows(std::move(rows));
    setEnabled(m_pathway.has_value());
    if (!hasUnsavedEdits())
        clearForm();
}

bool ContactsPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_note && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && (key->modifiers() & Qt::ControlModifier)) {
            saveEdits();
            return true;
        }
    }
    return FilePanel::eventFilter(watched, event);
}

void ContactsPanel::clearForm()
{
    filling([this] {
        m_editingId = 0;
        m_date->setDate(toQDate(today()));
        m_mode->setCurrentIndex(static_cast<int>(ContactMode::Telephone));
        m_note->clear();
        m_save->setText(tr("&Log contact"));
    });
}

void ContactsPanel::startQuickLog()
{
    if (!m_pathway)
        return;
    emit attentionWanted(); // before the focus: a hidden field takes none
    if (m_editingId != 0 || !hasUnsavedEdits()) {
        clearForm();
        markSaved();
    }
    m_note->setFocus(Qt::ShortcutFocusReason);
    m_note->selectAll();
}

void ContactsPanel::editSelected()
{
    const RowId id = m_model->idAt(m_view->currentIndex().row());
    for (const Contact& c : m_contacts) {
        if (c.record.id != id)
            continue;
        filling([&] {
            m_editingId = id;
            m_date->setDate(toQDate(c.date));
            m_mode->setCurrentIndex(static_cast<int>(c.mode));
            m_note->setPlainText(toQString(c.note));
            m_save->setText(tr("&Save contact"));
        });
        markSaved();
    }
}

bool ContactsPanel::saveEdits()
{
    if (!m_pathway)
        return true;
    Contact contact;
    const Contact* before = nullptr;
    for (const Contact& c : m_contacts) {
        if (c.record.id == m_editingId)
            before = &c;
    }
    if (before)
        contact = *before;
    contact.pathwayId = m_pathway->record.id;
    contact.date = toDate(m_date->date());
    contact.mode = static_cast<ContactMode>(m_mode->currentData().toInt());
    contact.note = m_note->toPlainText().trimmed().toStdString();
    const QString text = before ? tr("Edit contact") : tr("Log contact");
    const bool editing = before != nullptr;
    if (!editing && !confirmAddingToClosedPathway())
        return false;
    if (!writeAndPush(text, [&] {
            return editing ? editContact(m_context.db, m_context.clock, contact)
                           : logContact(m_context.db, m_context.clock, contact);
        }))
        return false;
    clearForm();
    return true;
}

void ContactsPanel::cancelEdit()
{
    markSaved();
    clearForm();
}

} // namespace parcours::ui
