// What a database without participants shows: a word of welcome and the ways to start.
#include "ui/caseload/EmptyCaseloadPanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace parcours::ui {

EmptyCaseloadPanel::EmptyCaseloadPanel(QWidget* parent) : QWidget(parent), m_newParticipant(new QPushButton(this))
{
    auto* text = new QLabel(this);
    text->setObjectName(QStringLiteral("caseloadEmptyState"));
    text->setAlignment(Qt::AlignCenter);
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    text->setText(tr("<p style=\"font-size:large\">No participant yet&hellip;</p>"
                     "<p>The participants you follow will be listed here.</p>"
                     "<p>Start from the files of your former tool, or discover Parcours on a demo PLIE: "
                     "its data is fictitious and kept in a database of its own.</p>"));

    auto* importButton = new QPushButton(tr("Import a folder…"), this);
    importButton->setObjectName(QStringLiteral("emptyImport"));
    importButton->setToolTip(tr("A folder of CSV files in the interchange format: participants.csv, parcours.csv…"));
    auto* demoButton = new QPushButton(tr("Open the demo PLIE"), this);
    demoButton->setObjectName(QStringLiteral("emptyDemo"));
    demoButton->setToolTip(tr("Fictitious participants, to try Parcours without touching your database"));
    QPushButton* newParticipant = m_newParticipant;
    newParticipant->setText(tr("New participant"));
    newParticipant->setObjectName(QStringLiteral("emptyNewParticipant"));
    setNewParticipantAvailable(false);

    text->setMaximumWidth(640); // a paragraph to read, not one line across a wide screen

    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(12);
    buttons->addStretch();
    int width = 0;
    for (QPushButton* button : {importButton, demoButton, newParticipant})
        width = qMax(width, button->sizeHint().width());
    for (QPushButton* button : {importButton, demoButton, newParticipant}) {
        button->setMinimumSize(width + 32, button->sizeHint().height() + 12); // three offers of equal weight
        buttons->addWidget(button);
    }
    buttons->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 48, 48, 48);
    layout->addStretch(2);
    auto* centred = new QHBoxLayout; // keeps the label's height for its width, unlike an alignment
    centred->addStretch();
    centred->addWidget(text, 100);
    centred->addStretch();
    layout->addLayout(centred);
    layout->addSpacing(16);
    layout->addLayout(buttons);
    layout->addStretch(3);

    connect(importButton, &QPushButton::clicked, this, &EmptyCaseloadPanel::importRequested);
    connect(demoButton, &QPushButton::clicked, this, &EmptyCaseloadPanel::demoRequested);
    connect(newParticipant, &QPushButton::clicked, this, &EmptyCaseloadPanel::newParticipantRequested);
}

void EmptyCaseloadPanel::setNewParticipantAvailable(bool available)
{
    m_newParticipant->setEnabled(available);
    m_newParticipant->setToolTip(available ? tr("Enter a participant's file and their entry into the PLIE")
                                           : tr("Coming in a later version"));
}

} // namespace parcours::ui
