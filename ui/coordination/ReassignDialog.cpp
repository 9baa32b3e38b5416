// « Réaffecter à… »: a list of the référent.e.s; OK once one is chosen, Enter or a double click chooses.
#include "ui/coordination/ReassignDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace parcours::ui {

ReassignDialog::ReassignDialog(const QStringList& names, int count, QWidget* parent)
    : QDialog(parent),
      m_list(new QListWidget(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Reassign"));
    auto* intro = new QLabel(tr("The current pathway of the %n chosen participant(s) goes to:", nullptr, count), this);
    intro->setWordWrap(true);
    intro->setBuddy(m_list);
    m_list->setObjectName(QStringLiteral("reassignReferents"));
    m_list->addItems(names);
    m_list->setAccessibleName(tr("Case workers"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Reassign…"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_buttons);

    const auto updateOk = [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!chosenName().isEmpty()); };
    connect(m_list, &QListWidget::itemSelectionChanged, this, updateOk);
    connect(m_list, &QListWidget::itemActivated, this, [this] {
        if (!chosenName().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOk();
    m_list->setFocus();
    resize(380, 360);
}

QString ReassignDialog::chosenName() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item && item->isSelected() ? item->text() : QString();
}

std::optional<QString> ReassignDialog::ask(QWidget* parent, const QStringList& names, int count)
{
    ReassignDialog dialog(names, count, parent);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenName().isEmpty())
        return std::nullopt;
    return dialog.chosenName();
}

} // namespace parcours::ui
