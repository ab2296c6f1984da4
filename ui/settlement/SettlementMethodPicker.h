#pragma once

#include "SettlementMethod.h"

#include <QList>
#include <QString>
#include <QWidget>

#include <optional>

class QButtonGroup;
class QGridLayout;
class QRadioButton;

namespace billing {

// The settlement methods to choose from, one radio button each, as the registration wizard
// and the change-settlement dialog show them. Which methods are offered, whether they can be
// chosen and what they are called is decided by the caller; the picker shows the options and
// the current choice and reports a new one.
class SettlementMethodPicker : public QWidget
{
    Q_OBJECT

public:
    // Every member has an initializer, so designated initializers may leave any out.
    struct Option {
        SettlementMethod method = SettlementMethod::BillingCenter;
        QString text{};
        QString accessibleName{};
        bool enabled = true;
        QString toolTip{};
    };

    // Options fill `columns` columns row by row, in the order given.
    explicit SettlementMethodPicker(int columns, QWidget *parent = nullptr);

    // Adds a button for each method not shown yet (after the others) and updates the rest.
    void setOptions(const QList<Option> &options);
    bool offers(SettlementMethod method) const;
    QRadioButton *button(SettlementMethod method) const;

    // The checked method, if any.
    std::optional<SettlementMethod> method() const;
    // Checks the method's button; a method not offered leaves the choice as it is.
    void setMethod(SettlementMethod method);

    // "billingCenterRadioButton", "aliyunRadioButton", …
    static QString buttonObjectName(SettlementMethod method);

Q_SIGNALS:
    // A button was checked, by the user or by setMethod().
    void methodChanged(SettlementMethod method);

private:
    const int m_columns;
    QGridLayout *m_grid;
    QButtonGroup *m_group;
};

} // namespace billing
