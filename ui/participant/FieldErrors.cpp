// The rules' French messages under their fields.
#include "ui/participant/FieldErrors.h"

#include "ui/common/CoreConversions.h"

#include <QFormLayout>
#include <QLabel>

namespace parcours::ui {

namespace {

QLabel* errorLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->setWordWrap(true);
    label->hide();
    return label;
}

} // namespace

void FieldErrors::add(QFormLayout* form, QWidget* field, const std::string& name)
{
    QLabel* label = errorLabel(form->parentWidget());
    int row = 0;
    QFormLayout::ItemRole role{};
    form->getWidgetPosition(field, &row, &role);
    form->insertRow(row + 1, QString(), label);
    m_labels[name] = label;
}

QLabel* FieldErrors::general(QWidget* parent)
{
    m_general = errorLabel(parent);
    return m_general;
}

void FieldErrors::show(const Violations& violations)
{
    clear();
    for (const RuleViolation& violation : violations) {
        auto it = m_labels.find(violation.field);
        QLabel* label = it != m_labels.end() ? it->second : m_general;
        if (!label)
            continue;
        const QString message = toQString(violation.message);
        label->setText(label->text().isEmpty() ? message : label->text() + QLatin1Char('\n') + message);
        label->show();
    }
}

void FieldErrors::clear()
{
    for (auto& [name, label] : m_labels) {
        label->clear();
        label->hide();
    }
    if (m_general) {
        m_general->clear();
        m_general->hide();
    }
}

QString FieldErrors::text(const std::string& name) const
{
    auto it = m_labels.find(name);
    return it != m_labels.end() ? it->second->text() : QString();
}

QLabel* FieldErrors::label(const std::string& name) const
{
    auto it = m_labels.find(name);
    return it != m_labels.end() ? it->second : nullptr;
}

} // namespace parcours::ui
