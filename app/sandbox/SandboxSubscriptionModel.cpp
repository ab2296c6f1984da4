#include "SandboxSubscriptionModel.h"

#include <QLocale>

namespace billing {

SandboxSubscriptionModel::SandboxSubscriptionModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int SandboxSubscriptionModel::add(const SandboxSubscription &subscription)
{
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(subscription);
    endInsertRows();
    return row;
}

bool SandboxSubscriptionModel::update(const MarketplaceSubscription &subscription)
{
    const int row = rowOf(subscription.instanceId);
    if (row < 0)
        return false;
    m_rows[row].subscription = subscription;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

int SandboxSubscriptionModel::rowOf(const QString &subscriptionId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).subscription.instanceId == subscriptionId)
            return row;
    }
    return -1;
}

QString SandboxSubscriptionModel::statusText(const MarketplaceSubscription &subscription)
{
    const SettlementMethod market = subscription.marketplace;
    switch (subscription.status) {
    case InstanceStatus::Pending:
        return market == SettlementMethod::Azure ? tr("Pending: claim it to activate")
                                                 : tr("Pending");
    case InstanceStatus::Opened:
        return subscription.trial ? tr("Active (trial)") : tr("Active");
    case InstanceStatus::Expired:
        if (market == SettlementMethod::Huawei)
            return tr("Frozen");
        if (market == SettlementMethod::Azure)
            return tr("Suspended");
        return tr("Expired");
    case InstanceStatus::Released:
        if (market == SettlementMethod::Aws || market == SettlementMethod::Azure)
            return tr("Unsubscribed");
        return tr("Released");
    }
    return {};
}

QString SandboxSubscriptionModel::customerText(const MarketplaceSubscription &subscription)
{
    const QJsonObject &customer = subscription.customer;
    switch (subscription.marketplace) {
    case SettlementMethod::Aliyun:
        return subscription.aliUid.isEmpty() ? customer.value(u"aliUid").toString()
                                             : subscription.aliUid;
    case SettlementMethod::Huawei:
        return customer.value(u"huaweiAccountId").toString();
    case SettlementMethod::Aws:
        return tr("Account %1").arg(customer.value(u"awsAccountId").toString());
    case SettlementMethod::Azure:
        return tr("%1, plan %2 × %3")
            .arg(customer.value(u"subscriptionName").toString(), subscription.planId)
            .arg(customer.value(u"quantity").toInteger(1));
    case SettlementMethod::BillingCenter:
        break;
    }
    return {};
}

int SandboxSubscriptionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SandboxSubscriptionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SandboxSubscriptionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const MarketplaceSubscription &subscription = m_rows.at(index.row()).subscription;
    switch (index.column()) {
    case IdColumn:
        return subscription.instanceId;
    case CustomerColumn:
        return customerText(subscription);
    case StatusColumn:
        return statusText(subscription);
    case BoundColumn:
        return subscription.boundWorkspaces;
    case ExpiresColumn:
        return subscription.expiredOn.isValid()
                   ? QLocale().toString(subscription.expiredOn.toLocalTime(), QLocale::ShortFormat)
                   : QString();
    }
    return {};
}

QVariant SandboxSubscriptionModel::headerData(int section, Qt::Orientation orientation,
                                              int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("Subscription");
    case CustomerColumn:
        return tr("Buyer");
    case StatusColumn:
        return tr("Status");
    case BoundColumn:
        return tr("Workspaces");
    case ExpiresColumn:
        return tr("Expires");
    }
    return {};
}

} // namespace billing
