#include "SandboxMarketsWindow.h"

#include "SandboxClock.h"
#include "SandboxMarketConsole.h"
#include "SandboxMarketTab.h"
#include "SandboxMeteringPanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace billing {
namespace {
// Settling a day and pushing its usage takes the server a moment after the clock moves.
constexpr int kMeteringRefreshDelayMs = 4000;
} // namespace

SandboxMarketsWindow::SandboxMarketsWindow(BillingClient &client, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_tabs(new QTabWidget(this))
    , m_clock(new SandboxClock(client, this))
    , m_advance(new QPushButton(tr("&Advance one day"), this))
    , m_clockLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("sandboxMarketsWindow"));
    setWindowTitle(tr("Sandbox markets"));

    auto *intro = new QLabel(tr("Each tab plays a marketplace's console: subscribe as a buyer, "
                                "take the claim code or the IDs to Billing Desk, and end the "
                                "subscription as the marketplace would. Nothing here is real."),
                             this);
    intro->setWordWrap(true);
    m_tabs->setObjectName(QStringLiteral("marketTabWidget"));
    for (SettlementMethod marketplace : SandboxMarketProfile::marketplaces()) {
        auto *tab = new SandboxMarketTab(client, marketplace, m_tabs);
        m_tabs->addTab(tab, tab->console().profile().name);
        connect(tab, &SandboxMarketTab::bindRequested, this, &SandboxMarketsWindow::bindRequested);
    }

    m_advance->setObjectName(QStringLiteral("advanceDayButton"));
    m_advance->setToolTip(tr("Move the sandbox clock 24 hours on: the day is settled and its "
                             "usage pushed to the marketplaces"));
    connect(m_advance, &QPushButton::clicked, m_clock, &SandboxClock::advanceOneDay);
    m_clockLabel->setObjectName(QStringLiteral("clockLabel"));
    m_clockLabel->setWordWrap(true);
    connect(m_clock, &SandboxClock::busyChanged, m_advance, &QWidget::setDisabled);
    connect(m_clock, &SandboxClock::clockRead, this,
            [this](const QDateTime &now) { showClock(now, false); });
    connect(m_clock, &SandboxClock::advanced, this,
            [this](const QDateTime &now) { showClock(now, true); });
    connect(m_clock, &SandboxClock::failed, m_clockLabel, &QLabel::setText);

    auto *clockBar = new QHBoxLayout;
    clockBar->addWidget(m_clockLabel, 1);
    clockBar->addWidget(m_advance);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(clockBar);
    resize(900, 720);
    m_clock->read();
}

SandboxMarketTab *SandboxMarketsWindow::tab(SettlementMethod marketplace) const
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *tab = qobject_cast<SandboxMarketTab *>(m_tabs->widget(i));
        if (tab && tab->console().profile().marketplace == marketplace)
            return tab;
    }
    return nullptr;
}

QString SandboxMarketsWindow::clockText() const
{
    return m_clockLabel->text();
}

void SandboxMarketsWindow::showClock(const QDateTime &now, bool advanced)
{
    const QString time = QLocale().toString(now.toLocalTime(), QLocale::ShortFormat);
    if (!advanced) {
        m_clockLabel->setText(tr("Sandbox clock: %1.").arg(time));
        return;
    }
    m_clockLabel->setText(tr("Sandbox clock: %1. The day before is being settled; its usage "
                             "shows under Metering once it is pushed to the marketplace "
                             "(Refresh metering in a few seconds).")
                              .arg(time));
    QTimer::singleShot(kMeteringRefreshDelayMs, this, [this] {
        if (auto *tab = qobject_cast<SandboxMarketTab *>(m_tabs->currentWidget()))
            tab->meteringPanel()->refresh();
    });
}

} // namespace billing
