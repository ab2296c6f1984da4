#include "WalletBanner.h"

#include "WalletAlert.h"
#include "WalletMonitor.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace billing {

WalletBanner::WalletBanner(WalletMonitor &monitor, QWidget *parent)
    : QFrame(parent)
    , m_monitor(monitor)
    , m_text(new QLabel(this))
    , m_showCosts(new QPushButton(tr("Show &wallet"), this))
{
    setObjectName(QStringLiteral("walletBannerFrame"));
    setAccessibleName(tr("Wallet warning"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setObjectName(QStringLiteral("walletBannerLabel"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_showCosts->setObjectName(QStringLiteral("walletBannerShowButton"));
    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(24, 24));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_showCosts);
    connect(m_showCosts, &QPushButton::clicked, this, &WalletBanner::showCostsRequested);
    connect(&m_monitor, &WalletMonitor::changed, this, &WalletBanner::showAlert);
    showAlert();
}

void WalletBanner::showAlert()
{
    if (!m_monitor.hasWallet()) {
        hide();
        return;
    }
    const WalletAlert alert = WalletAlert::of(m_monitor.wallet());
    m_text->setText(alert.text);
    const bool urgent =
        alert.kind == WalletAlert::Kind::LockCountdown || alert.kind == WalletAlert::Kind::Arrears;
    setStyleSheet(urgent ? QStringLiteral("#walletBannerFrame { background: #fde7e9; }")
                         : QStringLiteral("#walletBannerFrame { background: #fff4ce; }"));
    setVisible(alert.kind != WalletAlert::Kind::None);
}

} // namespace billing
