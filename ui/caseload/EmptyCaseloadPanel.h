// What a database without participants shows: a word of welcome and the ways to start.
#pragma once

#include <QWidget>

class QPushButton;

namespace parcours::ui {

class EmptyCaseloadPanel : public QWidget {
    Q_OBJECT

public:
    explicit EmptyCaseloadPanel(QWidget* parent = nullptr);

    // « Nouvelle ou nouveau participant.e » is offered once the application can create one.
    void setNewParticipantAvailable(bool available);

signals:
    void importRequested();
    void demoRequested();
    void newParticipantRequested();

private:
    QPushButton* m_newParticipant;
};

} // namespace parcours::ui
