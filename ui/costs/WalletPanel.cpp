#include "WalletPanel.h"

#include "MoneyText.h"
#include "WalletMonitor.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace billing {

WalletPanel::WalletPanel(WalletMonitor &monitor, QWidget *parent)
    : QGroupBox(tr("Billing Center wallet"), parent)
    , m_monitor(monitor)
{
    setObjectName(QStringLiteral("walletGroupBox"));
    auto *form = new QFormLayout;
    m_cash = addRow(form, QStringLiteral("walletCashLabel"), tr("Cash:"));
    m_arrears = addRow(form, QStringLiteral("walletArrearsLabel"), tr("Arrears:"));
    m_vouchers = addRow(form, QStringLiteral("walletVouchersLabel"), tr("Vouchers:"));
    m_vouchers->setWordWrap(false);
    m_average = addRow(form, QStringLiteral("walletAverageLabel"), tr("Average daily charge:"));
    m_days = addRow(form, QStringLiteral("walletDaysCoveredLabel"), tr("Days covered:"));
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("walletNoteLabel"));
    m_note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addStretch(1);
    connect(&m_monitor, &WalletMonitor::changed, this, &WalletPanel::showWallet);
    showWallet();
}

QLabel *WalletPanel::addRow(QFormLayout *form, const QString &objectName, const QString &caption)
{
    auto *value = new QLabel(this);
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    auto *label = new QLabel(caption, this);
    label->setBuddy(value);
    value->setAccessibleName(QString(caption).remove(u':').remove(u'：'));
    form->addRow(label, value);
    return value;
}

void WalletPanel::showWallet()
{
    if (!m_monitor.hasWallet()) {
        for (QLabel *label : {m_cash, m_arrears, m_vouchers, m_average, m_days})
            label->setText(QStringLiteral("—"));
        m_note->setText(
            m_monitor.error().isError()
                ? tr("The wallet could not be read: %1").arg(m_monitor.error().userMessage())
                : QString());
        return;
    }
    const WalletState &wallet = m_monitor.wallet();
    const auto money = [&](qint64 cents) {
        return money::moneyText(cents, wallet.currency);
    };
    m_cash->setText(money(wallet.cashCents));
    m_arrears->setText(money(wallet.arrearsCents));
    m_arrears->setStyleSheet(wallet.arrearsCents > 0 ? QStringLiteral("color: #b3261e;")
                                                     : QString());
    QStringList vouchers;
    for (const Voucher &voucher : wallet.vouchers) {
        // Two lines of their own: a wrapped label in a form row was given one line's height
        // and lost its expiry date.
        vouchers << tr("%1 of %2,\nexpires %3")
                        .arg(money(voucher.remainingCents), money(voucher.amountCents),
                             QLocale().toString(voucher.expiresAt.toLocalTime().date(),
                                                QLocale::ShortFormat));
    }
    m_vouchers->setText(vouchers.isEmpty() ? tr("None") : vouchers.join(u'\n'));
    m_average->setText(money(wallet.averageDailyChargeCents));
    m_days->setText(wallet.daysCovered ? tr("%n day(s)", nullptr, *wallet.daysCovered)
                                       : tr("No recent charges"));
    m_note->setText(m_monitor.error().isError()
                        ? tr("Not up to date: %1").arg(m_monitor.error().userMessage())
                        : QString());
}

} // namespace billing
