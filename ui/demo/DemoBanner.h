// The yellow band over the demo PLIE: its data is fictitious, and the way back to the user's database.
#pragma once

#include <QFrame>

namespace parcours::ui {

class DemoBanner : public QFrame {
    Q_OBJECT

public:
    explicit DemoBanner(QWidget* parent = nullptr);

signals:
    void backRequested();
};

} // namespace parcours::ui
