// The passphrase dialog: one field to open, two to choose, strength from the length alone.
#include "ui/privacy/PassphraseDialog.h"

#include "store/DatabaseKey.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace parcours::ui {

namespace {

QLabel* wrappedLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

QLineEdit* secretField(const QString& name, QWidget* parent)
{
    auto* field = new QLineEdit(parent);
    field->setObjectName(name);
    field->setEchoMode(QLineEdit::Password);
    field->setMinimumWidth(320);
    return field;
}

} // namespace

PassphraseDialog::PassphraseDialog(Purpose purpose, const QString& database, const QString& problem, QWidget* parent)
    : QDialog(parent), m_purpose(purpose)
{
    const QString shown = QDir::toNativeSeparators(database).toHtmlEscaped();
    auto* layout = new QVBoxLayout(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (purpose == Purpose::Open) {
        setWindowTitle(tr("Protected database"));
        layout->addWidget(wrappedLabel(
            tr("<p>The database <b>%1</b> is protected by a passphrase. Type it to open the database.</p>").arg(shown),
            this));
        m_passphrase = secretField(QStringLiteral("passphrase"), this);
        auto* form = new QFormLayout;
        form->addRow(tr("&Passphrase:"), m_passphrase);
        layout->addLayout(form);
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Open"));
    } else {
        switch (purpose) {
        case Purpose::NewDatabase:
            setWindowTitle(tr("New database"));
            layout->addWidget(wrappedLabel(
                tr("<p>Parcours creates the database <b>%1</b>. It will hold personal data (health, "
                   "disability, welfare): protect it with a passphrase, so that the file cannot be read without "
                   "it, on this computer or on a lost one.</p>")
                    .arg(shown),
                this));
            m_protect = new QCheckBox(tr("P&rotect the database with a passphrase (recommended)"), this);
            m_protect->setObjectName(QStringLiteral("protect"));
            m_protect->setChecked(true);
            layout->addWidget(m_protect);
            m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
            break;
        case Purpose::Protect:
            setWindowTitle(tr("Protect the database"));
            layout->addWidget(wrappedLabel(
                tr("<p>The database <b>%1</b> and its backups will be encrypted: without the passphrase, nobody "
                   "can read them. No unencrypted copy is kept.</p>")
                    .arg(shown),
                this));
            m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Protect"));
            break;
        default:
            setWindowTitle(tr("Change the passphrase"));
            layout->addWidget(
                wrappedLabel(tr("<p>The database <b>%1</b> and its backups will be encrypted with the new "
                                "passphrase; the former one will no longer open them.</p>")
                                 .arg(shown),
                             this));
            m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Change"));
            break;
        }
        m_choice = new QWidget(this);
        auto* form = new QFormLayout(m_choice);
        form->setContentsMargins(0, 0, 0, 0);
        m_passphrase = secretField(QStringLiteral("passphrase"), m_choice);
        m_confirmation = secretField(QStringLiteral("confirmation"), m_choice);
        form->addRow(purpose == Purpose::Change ? tr("&New passphrase:") : tr("&Passphrase:"), m_passphrase);
        form->addRow(tr("&Again:"), m_confirmation);
        m_strengthBar = new QProgressBar(m_choice);
        m_strengthBar->setRange(0, 3);
        m_strengthBar->setTextVisible(false);
        m_strengthBar->setMaximumHeight(8);
        m_strength = new QLabel(m_choice);
        m_strength->setObjectName(QStringLiteral("strength"));
        auto* strength = new QVBoxLayout;
        strength->addWidget(m_strengthBar);
        strength->addWidget(m_strength);
        form->addRow(tr("Strength:"), strength);
        m_mismatch = new QLabel(tr("The two passphrases differ."), m_choice);
        m_mismatch->setStyleSheet(QStringLiteral("color: #b00020"));
        QSizePolicy keepsItsPlace = m_mismatch->sizePolicy(); // the dialog does not jump when it shows
        keepsItsPlace.setRetainSizeWhenHidden(true);
        m_mismatch->setSizePolicy(keepsItsPlace);
        form->addRow(QString(), m_mismatch);
        auto* warning = wrappedLabel(
            tr("<p><b>A forgotten passphrase cannot be recovered</b>: nobody, not even the PLIE's support, can "
               "open the database without it. Write it down and keep it somewhere safe, away from the "
               "computer.</p><p>A short sentence of four or five words is both strong and easy to remember.</p>"),
            m_choice);
        warning->setObjectName(QStringLiteral("warning"));
        form->addRow(warning);
        layout->addWidget(m_choice);
        connect(m_confirmation, &QLineEdit::textChanged, this, &PassphraseDialog::updateState);
        if (m_protect)
            connect(m_protect, &QCheckBox::toggled, this, &PassphraseDialog::updateState);
    }
    if (!problem.isEmpty()) {
        auto* error = wrappedLabel(problem.toHtmlEscaped(), this);
        error->setObjectName(QStringLiteral("problem"));
        error->setStyleSheet(QStringLiteral("color: #b00020"));
        layout->addWidget(error);
    }
    layout->addWidget(m_buttons);
    connect(m_passphrase, &QLineEdit::textChanged, this, &PassphraseDialog::updateState);
    updateState();
    m_passphrase->setFocus();
}

QString PassphraseDialog::passphrase() const
{
    return m_passphrase->text();
}

bool PassphraseDialog::protects() const
{
    return !m_protect || m_protect->isChecked();
}

void PassphraseDialog::updateState()
{
    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    if (m_purpose == Purpose::Open) {
        ok->setEnabled(!m_passphrase->text().isEmpty());
        return;
    }
    m_choice->setEnabled(protects());
    if (m_purpose == Purpose::NewDatabase)
        ok->setText(protects() ? tr("&Create") : tr("&Create without protection"));
    if (!protects()) {
        ok->setEnabled(true);
        return;
    }
    const QString text = m_passphrase->text();
    const PassphraseStrength strength = passphraseStrength(text.toStdString());
    const auto characters = text.size();
    switch (strength) {
    case PassphraseStrength::TooShort:
        m_strength->setText(tr("%n character(s): too short, %1 at least", nullptr, static_cast<int>(characters))
                                .arg(kPassphraseMinimumLength));
        break;
    case PassphraseStrength::Weak:
        m_strength->setText(tr("%n character(s): weak, a longer one is better", nullptr, static_cast<int>(characters)));
        break;
    case PassphraseStrength::Fair:
        m_strength->setText(tr("%n character(s): fair", nullptr, static_cast<int>(characters)));
        break;
    case PassphraseStrength::Strong:
        m_strength->setText(tr("%n character(s): strong", nullptr, static_cast<int>(characters)));
        break;
    }
    m_strengthBar->setValue(static_cast<int>(strength));
    const bool matches = m_confirmation->text() == text;
    m_mismatch->setVisible(!matches && !m_confirmation->text().isEmpty());
    ok->setEnabled(strength != PassphraseStrength::TooShort && matches);
}

} // namespace parcours::ui
