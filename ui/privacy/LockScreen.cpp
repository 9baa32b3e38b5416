// The lock screen: an opaque page over the whole main window, with one field.
#include "ui/privacy/LockScreen.h"

#include <QEvent>
#include <QHideEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace parcours::ui {

LockScreen::LockScreen(QWidget* parent, bool withField)
    : QWidget(parent), m_prompt(new QLabel(this)), m_secret(new QLineEdit(this)), m_wrong(new QLabel(this))
{
    setObjectName(QStringLiteral("lockScreen"));
    setAutoFillBackground(true);
    auto* title = new QLabel(tr("<h2>Parcours is locked</h2>"), this);
    title->setAlignment(Qt::AlignCenter);
    m_prompt->setWordWrap(true);
    m_prompt->setAlignment(Qt::AlignCenter);
    m_secret->setObjectName(QStringLiteral("unlockSecret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setMaximumWidth(360);
    m_wrong->setObjectName(QStringLiteral("unlockWrong"));
    m_wrong->setStyleSheet(QStringLiteral("color: #b00020"));
    m_wrong->setAlignment(Qt::AlignCenter);
    m_wrong->hide();
    auto* unlock = new QPushButton(tr("&Unlock"), this);
    unlock->setObjectName(QStringLiteral("unlock"));
    unlock->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(title);
    layout->addWidget(m_prompt);
    layout->addSpacing(12);
    layout->addWidget(m_secret, 0, Qt::AlignHCenter);
    layout->addWidget(m_wrong);
    layout->addWidget(unlock, 0, Qt::AlignHCenter);
    layout->addStretch(3);

    if (!withField) {
        m_secret->hide();
        unlock->hide();
        m_prompt->setText(tr("Unlock it in its main window."));
    }
    const auto request = [this] { emit unlockRequested(m_secret->text()); };
    connect(unlock, &QPushButton::clicked, this, request);
    connect(m_secret, &QLineEdit::returnPressed, this, request);
    connect(m_secret, &QLineEdit::textEdited, m_wrong, &QWidget::hide);
    parent->installEventFilter(this); // follows its parent's size
    hide();
}

void LockScreen::setPrompt(const QString& prompt)
{
    m_prompt->setText(prompt);
}

void LockScreen::showOver()
{
    m_secret->clear();
    m_wrong->hide();
    setGeometry(parentWidget()->rect());
    raise();
    show();
    if (m_secret->isVisibleTo(this))
        m_secret->setFocus();
}

void LockScreen::sayWrong()
{
    m_secret->clear();
    m_wrong->setText(tr("This does not unlock Parcours. Type it again."));
    m_wrong->show();
    m_secret->setFocus();
}

bool LockScreen::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void LockScreen::hideEvent(QHideEvent* event)
{
    m_secret->clear();
    QWidget::hideEvent(event);
}

void LockScreen::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().window());
}

} // namespace parcours::ui
