// « Réaffecter à… »: the référent.e who takes over the chosen participant.e.s, among the database's.
#pragma once

#include <QDialog>
#include <QStringList>

#include <optional>

class QDialogButtonBox;
class QListWidget;

namespace parcours::ui {

class ReassignDialog : public QDialog {
    Q_OBJECT

public:
    // `names`: the référent.e.s of the database; `count`: how many people were chosen.
    ReassignDialog(const QStringList& names, int count, QWidget* parent = nullptr);

    QString chosenName() const; // empty until one is chosen

    // Shows the dialog; the name chosen, or nothing when cancelled.
    static std::optional<QString> ask(QWidget* parent, const QStringList& names, int count);

private:
    QListWidget* m_list;
    QDialogButtonBox* m_buttons;
};

} // namespace parcours::ui
