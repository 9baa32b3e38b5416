// What a database without participants shows: a word of welcome and the ways to start.
#pragma once

#include <QWidget>

namespace parcours::ui {

class EmptyCaseloadPanel : public QWidget {
    Q_OBJECT

public:
    explicit EmptyCaseloadPanel(QWidget* parent = nullptr);

signals:
    void importRequested();
    void demoRequested();
};

} // namespace parcours::ui
