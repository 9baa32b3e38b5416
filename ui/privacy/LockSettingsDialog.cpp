// The lock's settings: a number of minutes and, for a plain base, a code typed twice.
#include "ui/privacy/LockSettingsDialog.h"

#include "ui/privacy/LockCode.h"
#include "ui/privacy/WindowLock.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace parcours::ui {

LockSettingsDialog::LockSettingsDialog(bool encrypted, QWidget* parent)
    : QDialog(parent),
      m_minutes(new QSpinBox(this)),
      m_code(new QLineEdit(this)),
      m_again(new QLineEdit(this)),
      m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Lock"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        encrypted ? tr("<p>Parcours hides every window after some minutes without use, and with Ctrl+Alt+L. The "
                       "database's passphrase unlocks it.</p>")
                  : tr("<p>Parcours hides every window after some minutes without use, and with Ctrl+Alt+L. "
                       "The database has no passphrase: choose a lock code, which unlocks it. It is kept on this "
                       "computer only, as a digest.</p>"),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_minutes->setObjectName(QStringLiteral("minutes"));
    m_minutes->setRange(0, 120);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setSpecialValueText(tr("never"));
    m_minutes->setValue(WindowLock::idleMinutes());
    form->addRow(tr("Lock &after:"), m_minutes);
    for (QLineEdit* field : {m_code, m_again})
        field->setEchoMode(QLineEdit::Password);
    m_code->setObjectName(QStringLiteral("code"));
    m_again->setObjectName(QStringLiteral("again"));
    if (!encrypted) {
        m_code->setPlaceholderText(LockCode::isSet() ? tr("unchanged")
                                                     : tr("%n characters at least", nullptr, LockCode::kMinimumLength));
        form->addRow(LockCode::isSet() ? tr("New &code:") : tr("Lock &code:"), m_code);
        form->addRow(tr("&Again:"), m_again);
    } else {
        m_code->hide();
        m_again->hide();
    }
    layout->addLayout(form);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LockSettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_code, &QLineEdit::textChanged, this, &LockSettingsDialog::updateState);
    connect(m_again, &QLineEdit::textChanged, this, &LockSettingsDialog::updateState);
    updateState();
}

void LockSettingsDialog::updateState()
{
    QString problem;
    const QString code = m_code->text();
    if (!code.isEmpty() && code.size() < LockCode::kMinimumLength)
        problem = tr("The code is too short: %n characters at least.", nullptr, LockCode::kMinimumLength);
    else if (!code.isEmpty() && !m_again->text().isEmpty() && m_again->text() != code)
        problem = tr("The two codes differ.");
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(problem.isEmpty() && (code.isEmpty() || m_again->text() == code));
}

void LockSettingsDialog::accept()
{
    WindowLock::setIdleMinutes(m_minutes->value());
    if (!m_code->text().isEmpty())
        LockCode::set(m_code->text());
    QDialog::accept();
}

} // namespace parcours::ui
