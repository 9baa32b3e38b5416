// The guide to the daily tasks (resources/help/guide.html), in a simple window: Aide › Guide de Parcours, F1.
#pragma once

#include <QWidget>

class QTextBrowser;

namespace parcours::ui {

class HelpWindow : public QWidget {
    Q_OBJECT

public:
    explicit HelpWindow(QWidget* parent = nullptr);

    QTextBrowser* browser() const { return m_browser; }

    // The one guide window of `owner`, created the first time, then raised.
    static HelpWindow* show(QWidget* owner);

private:
    QTextBrowser* m_browser = nullptr;
};

} // namespace parcours::ui
