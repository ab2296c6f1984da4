#include "SettlementMethodPicker.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QRadioButton>

#include <algorithm>

namespace billing {

SettlementMethodPicker::SettlementMethodPicker(int columns, QWidget *parent)
    : QWidget(parent)
    , m_columns(std::max(columns, 1))
    , m_grid(new QGridLayout(this))
    , m_group(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("settlementMethodPicker"));
    // Laid out as if the buttons sat directly in the caller's layout.
    m_grid->setContentsMargins(0, 0, 0, 0);
    connect(m_group, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (checked)
            Q_EMIT methodChanged(static_cast<SettlementMethod>(id));
    });
}

void SettlementMethodPicker::setOptions(const QList<Option> &options)
{
    for (const Option &option : options) {
        QRadioButton *radio = button(option.method);
        if (!radio) {
            radio = new QRadioButton(this);
            radio->setObjectName(buttonObjectName(option.method));
            const int index = int(m_group->buttons().size());
            m_group->addButton(radio, static_cast<int>(option.method));
            m_grid->addWidget(radio, index / m_columns, index % m_columns);
        }
        radio->setText(option.text);
        radio->setAccessibleName(option.accessibleName);
        radio->setEnabled(option.enabled);
        radio->setToolTip(option.toolTip);
    }
}

bool SettlementMethodPicker::offers(SettlementMethod method) const
{
    return button(method) != nullptr;
}

QRadioButton *SettlementMethodPicker::button(SettlementMethod method) const
{
    return static_cast<QRadioButton *>(m_group->button(static_cast<int>(method)));
}

std::optional<SettlementMethod> SettlementMethodPicker::method() const
{
    const int id = m_group->checkedId();
    if (id < 0)
        return std::nullopt;
    return static_cast<SettlementMethod>(id);
}

void SettlementMethodPicker::setMethod(SettlementMethod method)
{
    if (QRadioButton *radio = button(method))
        radio->setChecked(true);
}

QString SettlementMethodPicker::buttonObjectName(SettlementMethod method)
{
    // The wire name in camel case: billing_center -> billingCenter.
    const QString wire = toWire(method);
    QString name;
    name.reserve(wire.size());
    bool upper = false;
    for (const QChar c : wire) {
        if (c == u'_') {
            upper = true;
            continue;
        }
        name.append(upper ? c.toUpper() : c);
        upper = false;
    }
    return name + QStringLiteral("RadioButton");
}

} // namespace billing
