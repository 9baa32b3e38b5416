// « Qui êtes-vous ? »: the référent.e chooses their name among the database's, or types a new one.
#include "ui/referent/ReferentDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace parcours::ui {

namespace {

struct Automatic {
    bool enabled = false;
    std::optional<QString> answer;
    QStringList lastNames;
    int count = 0;
};

Automatic& automatic()
{
    static Automatic state;
    return state;
}

} // namespace

ReferentDialog::ReferentDialog(const QStringList& names, const QString& current, QWidget* parent)
    : QDialog(parent),
      m_list(new QListWidget(this)),
      m_name(new QLineEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Who are you?"));
    auto* intro = new QLabel(tr("Parcours shows first the participants you follow. Choose your name among the "
                                "case workers of this database, or type it if you are new."),
                             this);
    intro->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("referentList"));
    m_list->addItems(names);
    m_name->setObjectName(QStringLiteral("referentName"));
    m_name->setPlaceholderText(tr("First name and last name"));
    m_name->setClearButtonEnabled(true);
    auto* nameLabel = new QLabel(tr("&Your name:"), this);
    nameLabel->setBuddy(m_name);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(nameLabel);
    layout->addWidget(m_name);
    layout->addWidget(m_buttons);

    connect(m_list, &QListWidget::currentTextChanged, m_name, &QLineEdit::setText);
    connect(m_list, &QListWidget::itemActivated, this, [this] {
        if (!chosenName().isEmpty())
            accept();
    });
    connect(m_name, &QLineEdit::textChanged, this, &ReferentDialog::updateOk);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const QList<QListWidgetItem*> matches = m_list->findItems(current, Qt::MatchExactly);
    if (!matches.isEmpty())
        m_list->setCurrentItem(matches.first());
    else
        m_name->setText(current);
    updateOk();
    // The name field has the focus: focusing the list would pick its first name for the user.
    m_list->setVisible(!names.isEmpty());
    m_name->setFocus();
    resize(420, names.isEmpty() ? sizeHint().height() : 420);
}

QString ReferentDialog::chosenName() const
{
    return m_name->text().simplified();
}

void ReferentDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!chosenName().isEmpty());
}

std::optional<QString> ReferentDialog::ask(QWidget* parent, const QStringList& names, const QString& current)
{
    Automatic& state = automatic();
    state.lastNames = names;
    ++state.count;
    if (state.enabled)
        return state.answer;
    ReferentDialog dialog(names, current, parent);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenName().isEmpty())
        return std::nullopt;
    return dialog.chosenName();
}

void ReferentDialog::answerAutomatically(std::optional<QString> answer)
{
    automatic().enabled = true;
    automatic().answer = std::move(answer);
}

void ReferentDialog::showToUser()
{
    automatic().enabled = false;
}

QStringList ReferentDialog::lastNamesOffered()
{
    return automatic().lastNames;
}

int ReferentDialog::askCount()
{
    return automatic().count;
}

} // namespace parcours::ui
