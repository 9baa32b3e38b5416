// The PLIE's identity: two fields, the name required.
#include "ui/reports/PlieIdentityDialog.h"

#include "ui/common/CoreConversions.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace parcours::ui {

PlieIdentityDialog::PlieIdentityDialog(const PlieSettings& current, QWidget* parent)
    : QDialog(parent),
      m_name(new QLineEdit(toQString(current.name), this)),
      m_code(new QLineEdit(toQString(current.code), this))
{
    setWindowTitle(tr("The PLIE's identity"));
    auto* text = new QLabel(tr("<p>The consolidation names its PLIE: the national network adds up each PLIE "
                               "once, and tells them apart by their code (or, without one, by their name). "
                               "Type them once; Parcours keeps them in the database.</p>"),
                            this);
    text->setWordWrap(true);
    m_name->setObjectName(QStringLiteral("plieName"));
    m_code->setObjectName(QStringLiteral("plieCode"));
    m_name->setPlaceholderText(tr("PLIE de …"));
    m_code->setPlaceholderText(tr("the code the network gave the PLIE"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Code:"), m_code);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto update = [this] { m_ok->setEnabled(!m_name->text().trimmed().isEmpty()); };
    connect(m_name, &QLineEdit::textChanged, this, update);
    update();
    resize(480, sizeHint().height());
}

PlieSettings PlieIdentityDialog::identity() const
{
    return {m_name->text().trimmed().toStdString(), m_code->text().trimmed().toStdString()};
}

} // namespace parcours::ui
