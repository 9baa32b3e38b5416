// « Qui êtes-vous ? »: the référent.e chooses their name among the database's, or types a new one.
#pragma once

#include <QDialog>
#include <QStringList>

#include <optional>

class QDialogButtonBox;
class QLineEdit;
class QListWidget;

namespace parcours::ui {

class ReferentDialog : public QDialog {
    Q_OBJECT

public:
    // `names`: the référent.e.s of the database; `current`: the name chosen before, if any.
    ReferentDialog(const QStringList& names, const QString& current, QWidget* parent = nullptr);

    QString chosenName() const; // trimmed

    // Shows the dialog and returns the name chosen, or nothing when it was cancelled.
    static std::optional<QString> ask(QWidget* parent, const QStringList& names, const QString& current);
    // For tests: from now on ask() shows nothing and returns `answer` at once.
    static void answerAutomatically(std::optional<QString> answer);
    static void showToUser();
    // The names the last ask() offered, and how many times it was called, for tests.
    static QStringList lastNamesOffered();
    static int askCount();

private:
    void updateOk();

    QListWidget* m_list;
    QLineEdit* m_name;
    QDialogButtonBox* m_buttons;
};

} // namespace parcours::ui
