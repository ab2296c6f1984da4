#pragma once

#include "SandboxSubscription.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace billing {

// What the buyer takes from the marketplace to Billing Desk for the selected subscription:
// for AWS and Azure the claim code, large, with Copy code and Bind in Billing Desk…; for
// Alibaba Cloud and Huawei Cloud the account and instance IDs with Copy IDs.
class SandboxSubscriptionPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SandboxSubscriptionPanel(bool claimable, QWidget *parent = nullptr);

    // nullptr: nothing selected.
    void showSubscription(const SandboxSubscription *subscription);
    QString codeText() const;

    // The IDs a Change settlement form takes, one "label: value" a line.
    static QString idsText(const MarketplaceSubscription &subscription);

Q_SIGNALS:
    void bindRequested(const QString &claimCode);
    void copied(const QString &what); // translated, for the status line

private:
    void copy();

    bool m_claimable;
    QString m_code;
    QString m_ids;
    QLabel *m_title;
    QLabel *m_value;
    QLabel *m_note;
    QPushButton *m_copy;
    QPushButton *m_bind = nullptr;
};

} // namespace billing
