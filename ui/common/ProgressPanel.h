// What a long operation is doing: its stage, in the core's French words, and a progress bar.
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace parcours::ui {

class ProgressPanel : public QWidget {
    Q_OBJECT

public:
    explicit ProgressPanel(QWidget* parent = nullptr);

    // A percent of -1 shows a busy bar: the stage cannot tell how far it is.
    void showProgress(const QString& stage, int percent);
    QString stage() const;
    int percent() const; // -1 while busy

private:
    QLabel* m_stage;
    QProgressBar* m_bar;
};

} // namespace parcours::ui
