// What the locked main window shows, over all of it: that Parcours is locked, and the field
// that unlocks it. Nothing of the base shows through.
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace parcours::ui {

class LockScreen : public QWidget {
    Q_OBJECT

public:
    // `withField`: the main window's, which unlocks; the other windows' only say where to unlock.
    LockScreen(QWidget* parent, bool withField);

    void setPrompt(const QString& prompt);
    // Shown over its parent, the field empty and focused.
    void showOver();
    void sayWrong();

signals:
    void unlockRequested(const QString& secret);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    // Hidden (unlocked): the secret typed does not stay in the field.
    void hideEvent(QHideEvent* event) override;

private:
    QLabel* m_prompt;
    QLineEdit* m_secret;
    QLabel* m_wrong;
};

} // namespace parcours::ui
