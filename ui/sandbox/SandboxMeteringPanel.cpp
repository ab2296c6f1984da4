#include "SandboxMeteringPanel.h"

#include "FittedColumns.h"
#include "MeteringRecordModel.h"
#include "SandboxMarketConsole.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace billing {

SandboxMeteringPanel::SandboxMeteringPanel(SandboxMarketConsole &console, QWidget *parent)
    : QWidget(parent)
    , m_console(console)
    , m_table(new QTableView(this))
    , m_refresh(new QPushButton(tr("Re&fresh metering"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("meteringPanel"));
    auto *title = new QLabel(tr("<b>Metering</b>: the usage this market accepted from Billing "
                                "Center for the selected subscription"),
                             this);
    title->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("meteringTableView"));
    m_table->setAccessibleName(tr("Metering records"));
    m_table->setModel(console.metering());
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    keepColumnsFitted(*m_table);
    m_refresh->setObjectName(QStringLiteral("refreshMeteringButton"));
    m_refresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    connect(m_refresh, &QPushButton::clicked, this, &SandboxMeteringPanel::refresh);
    m_status->setObjectName(QStringLiteral("meteringStatusLabel"));
    m_status->setWordWrap(true);
    connect(&console, &SandboxMarketConsole::meteringRefreshed, this,
            &SandboxMeteringPanel::showResult);

    auto *bar = new QHBoxLayout;
    bar->addWidget(title, 1);
    bar->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    setSubscription({});
}

QString SandboxMeteringPanel::statusText() const
{
    return m_status->text();
}

void SandboxMeteringPanel::setSubscription(const QString &subscriptionId)
{
    m_subscriptionId = subscriptionId;
    m_refresh->setEnabled(!subscriptionId.isEmpty());
    refresh();
}

void SandboxMeteringPanel::refresh()
{
    if (!m_subscriptionId.isEmpty())
        m_status->setText(tr("Loading…"));
    m_console.refreshMetering(m_subscriptionId);
}

void SandboxMeteringPanel::showResult(qint64 total, const QString &error)
{
    const int shown = m_console.metering()->rowCount();
    if (!error.isEmpty())
        m_status->setText(error);
    else if (m_subscriptionId.isEmpty())
        m_status->setText(tr("Select a subscription to see its usage records."));
    else if (shown == 0)
        m_status->setText(tr("No usage records yet. Usage is pushed after the clock passes a "
                             "day (Advance one day) for the days a workspace was bound."));
    else if (total > shown)
        m_status->setText(tr("The first %1 of %2 records.").arg(shown).arg(total));
    else
        m_status->setText(tr("%n record(s).", nullptr, shown));
}

} // namespace billing
