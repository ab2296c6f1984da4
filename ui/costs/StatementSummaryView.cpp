#include "StatementSummaryView.h"

#include "CostItemNames.h"
#include "MoneyText.h"
#include "MonthStatement.h"
#include "SiteTable.h"
#include "SiteText.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace billing {
namespace {
enum PayerColumn { PayerNameColumn, PayerTotalColumn, PayerStatusColumn };
constexpr int kPayerKeyRole = Qt::UserRole + 1;
constexpr int kStatusRole = Qt::UserRole + 2;

QString payerKey(const StatementPayer &payer)
{
    return payer.instanceId.isEmpty() ? payer.method : payer.method + u':' + payer.instanceId;
}
} // namespace

StatementSummaryView::StatementSummaryView(QWidget *parent)
    : QWidget(parent)
    , m_total(new QLabel(this))
{
    m_total->setObjectName(QStringLiteral("costsTotalLabel"));
    m_total->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_total->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_total->setFont(big);
    m_payers = makeTree(QStringLiteral("costsPayerTreeWidget"), tr("Totals by payer"),
                        {tr("Payer"), tr("Total"), tr("Marketplace")});
    m_items = makeTree(QStringLiteral("costsItemTreeWidget"), tr("Totals by item"),
                       {tr("Item"), tr("Total"), tr("Quantity")});
    m_sites = makeTree(QStringLiteral("costsSiteTreeWidget"), tr("Totals by site"),
                       {tr("Site"), tr("Total")});

    auto *trees = new QHBoxLayout;
    trees->addWidget(m_payers, 4);
    trees->addWidget(m_items, 4);
    trees->addWidget(m_sites, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_total);
    layout->addLayout(trees);
}

QTreeWidget *StatementSummaryView::makeTree(const QString &objectName,
                                            const QString &accessibleName,
                                            const QStringList &headers)
{
    auto *tree = new QTreeWidget(this);
    tree->setObjectName(objectName);
    tree->setAccessibleName(accessibleName);
    tree->setRootIsDecorated(false);
    tree->setHeaderLabels(headers);
    tree->setSelectionMode(QAbstractItemView::NoSelection);
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree->header()->setStretchLastSection(false);
    for (int column = 1; column < headers.size(); ++column)
        tree->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    tree->setMinimumHeight(90);
    return tree;
}

void StatementSummaryView::showStatement(const MonthStatement &statement)
{
    const QString &currency = statement.currency;
    m_total->setText(tr("Total for %1: %2")
                         .arg(CostItemNames::month(statement.month),
                              money::moneyText(statement.totalCents, currency)));
    m_total->setAccessibleName(m_total->text());
    m_payers->clear();
    m_reasons.clear();
    for (const PayerTotal &payer : statement.byPayer) {
        auto *row = new QTreeWidgetItem(m_payers);
        row->setText(PayerNameColumn, CostItemNames::payer(payer.payer));
        row->setText(PayerTotalColumn, money::moneyText(payer.cents, currency));
        row->setTextAlignment(PayerTotalColumn, Qt::AlignRight | Qt::AlignVCenter);
        row->setData(PayerNameColumn, kPayerKeyRole, payerKey(payer.payer));
        row->setData(PayerNameColumn, kStatusRole, payer.status);
        if (!payer.payer.isWallet())
            row->setText(PayerStatusColumn, CostItemNames::status(payer.status));
    }
    updateStatusTips();
    m_items->clear();
    for (const ItemTotal &item : statement.byItem) {
        auto *row = new QTreeWidgetItem(m_items);
        row->setText(0, CostItemNames::item(item.item));
        row->setData(0, kPayerKeyRole, item.item);
        row->setText(1, money::moneyText(item.cents, currency));
        row->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        row->setText(2, money::quantityText(item.quantity));
        row->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_sites->clear();
    for (const SiteTotal &site : statement.bySite) {
        auto *row = new QTreeWidgetItem(m_sites);
        row->setText(0, site.site);
        if (const auto known = SiteTable::builtIn().find(site.site))
            row->setToolTip(0, SiteText::siteName(*known));
        row->setText(1, money::moneyText(site.cents, currency));
        row->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
}

void StatementSummaryView::clear()
{
    m_total->clear();
    m_payers->clear();
    m_items->clear();
    m_sites->clear();
}

void StatementSummaryView::setPushReason(const QString &payerKey, const QString &reason)
{
    m_reasons.insert(payerKey, reason);
    updateStatusTips();
}

void StatementSummaryView::updateStatusTips()
{
    for (int i = 0; i < m_payers->topLevelItemCount(); ++i) {
        QTreeWidgetItem *row = m_payers->topLevelItem(i);
        const QString status = row->data(PayerNameColumn, kStatusRole).toString();
        const QString reason =
            m_reasons.value(row->data(PayerNameColumn, kPayerKeyRole).toString());
        QString tip;
        if (status == u"pushed")
            tip = tr("Every line was reported to the marketplace, which bills it.");
        else if (status == u"pending_push")
            tip = tr("Some lines are waiting to be reported to the marketplace.");
        else if (status == u"push_failed")
            tip = tr("The marketplace did not accept some lines before the "
                     "deadline.");
        if (!reason.isEmpty() && status != u"pushed")
            tip += u'\n' + tr("Last refusal: %1").arg(reason);
        row->setToolTip(PayerStatusColumn, tip);
        row->setToolTip(PayerNameColumn, tip);
    }
}

} // namespace billing
