#include "CostsTab.h"

#include "CostItemNames.h"
#include "CostsController.h"
#include "DailyCostChart.h"
#include "DayLines.h"
#include "DayLinesView.h"
#include "MoneyText.h"
#include "PushReasons.h"
#include "StatementSummaryView.h"
#include "WalletMonitor.h"
#include "WalletPanel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace billing {

CostsTab::CostsTab(CostsController &costs, DayLines &dayLines, WalletMonitor &wallet,
                   QWidget *parent)
    : QWidget(parent)
    , m_costs(costs)
    , m_dayLines(dayLines)
    , m_wallet(wallet)
    , m_pushReasons(new PushReasons(costs.client(), this))
    , m_month(new QComboBox(this))
    , m_reload(new QPushButton(tr("&Reload"), this))
    , m_status(new QLabel(this))
    , m_summary(new StatementSummaryView(this))
    , m_walletPanel(new WalletPanel(wallet, this))
    , m_chart(new DailyCostChart(this))
    , m_dayLinesView(new DayLinesView(dayLines, this))
    , m_filter(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("costsTab"));
    m_month->setObjectName(QStringLiteral("costsMonthComboBox"));
    m_month->setAccessibleName(tr("Month"));
    m_reload->setObjectName(QStringLiteral("costsReloadButton"));
    m_status->setObjectName(QStringLiteral("costsStatusLabel"));
    m_status->setWordWrap(true);
    auto *monthLabel = new QLabel(tr("&Month:"), this);
    monthLabel->setBuddy(m_month);
    auto *bar = new QHBoxLayout;
    bar->addWidget(monthLabel);
    bar->addWidget(m_month);
    bar->addWidget(m_reload);
    bar->addWidget(m_status, 1);

    auto *top = new QWidget(this);
    auto *topLayout = new QHBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_summary, 3);
    topLayout->addWidget(m_walletPanel, 1);

    auto *days = new QSplitter(Qt::Horizontal, this);
    days->setObjectName(QStringLiteral("costsDaysSplitter"));
    days->setChildrenCollapsible(false);
    days->addWidget(m_chart);
    days->addWidget(m_dayLinesView);
    days->setStretchFactor(0, 3);
    days->setStretchFactor(1, 2);
    days->setSizes({750, 500});

    auto *sections = new QSplitter(Qt::Vertical, this);
    sections->setObjectName(QStringLiteral("costsSplitter"));
    sections->setChildrenCollapsible(false);
    sections->addWidget(top);
    sections->addWidget(days);
    sections->addWidget(createTable());
    sections->setStretchFactor(2, 1);
    sections->setSizes({170, 260, 300});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(sections, 1);

    fillMonths();
    connect(m_month, &QComboBox::activated, this, [this](int index) {
        m_dayLines.clear();
        m_costs.setMonth(m_month->itemData(index).toString());
    });
    connect(m_reload, &QPushButton::clicked, this, &CostsTab::refresh);
    connect(&m_costs, &CostsController::stateChanged, this, &CostsTab::showState);
    connect(&m_costs, &CostsController::loaded, this, &CostsTab::showLoaded);
    connect(m_pushReasons, &PushReasons::reasonFound, m_summary,
            &StatementSummaryView::setPushReason);
    connect(m_chart, &DailyCostChart::dayClicked, &m_dayLines, &DayLines::show);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_costs.proxy().setFilterText(text);
        showState();
    });
    if (m_costs.hasStatement())
        showLoaded();
    showState();
}

QWidget *CostsTab::createTable()
{
    m_filter->setObjectName(QStringLiteral("costsFilterLineEdit"));
    m_filter->setAccessibleName(tr("Filter workspaces by name or site"));
    m_filter->setPlaceholderText(tr("Filter by name or site"));
    m_filter->setClearButtonEnabled(true);
    m_count->setObjectName(QStringLiteral("costsCountLabel"));
    m_table->setObjectName(QStringLiteral("costsTableView"));
    m_table->setAccessibleName(tr("Cost per workspace"));
    m_table->setModel(&m_costs.proxy());
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(
        m_table->fontMetrics().boundingRect(QStringLiteral("Ág中文")).height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(WorkspaceCostTableModel::TotalColumn, Qt::DescendingOrder);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        Q_EMIT workspaceActivated(index.data(WorkspaceCostTableModel::WorkspaceIdRole).toString());
    });
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_count);
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);
    return page;
}

void CostsTab::fillMonths()
{
    m_month->clear();
    for (const QString &month : m_costs.months()) {
        m_month->addItem(CostItemNames::month(month), month);
    }
    m_month->setCurrentIndex(std::max(0, m_month->findData(m_costs.month())));
}

void CostsTab::refresh()
{
    m_costs.reload();
    m_wallet.refresh();
    if (m_dayLines.day().isValid())
        m_dayLines.show(m_dayLines.day());
}

void CostsTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    fillMonths();
    m_costs.ensureLoaded();
    if (!m_wallet.hasWallet())
        m_wallet.refresh();
}

void CostsTab::showState()
{
    const int shown = m_costs.proxy().rowCount(), all = m_costs.model().rowCount();
    m_count->setText(shown == all ? tr("%n workspace(s)", nullptr, all)
                                  : tr("%1 of %n workspace(s)", nullptr, all).arg(shown));
    switch (m_costs.state()) {
    case CostsController::State::Loading:
        m_status->setText(tr("Loading…"));
        break;
    case CostsController::State::Failed:
        m_status->setText(tr("Could not load the costs: %1").arg(m_costs.error().userMessage()));
        break;
    case CostsController::State::Loaded: {
        const QDate through = m_costs.statement().settledThrough;
        m_status->setText(
            through.isValid()
                ? tr("Settled through %1.").arg(QLocale().toString(through, QLocale::LongFormat))
                : tr("No day of this month is settled yet."));
        break;
    }
    case CostsController::State::Idle:
        m_status->clear();
        break;
    }
    m_reload->setEnabled(m_costs.state() != CostsController::State::Loading);
}

void CostsTab::showLoaded()
{
    m_summary->showStatement(m_costs.statement());
    m_pushReasons->load(m_costs.statement());
    m_chart->showStatement(m_costs.statement());
    sizeColumns();
    showState();
}

void CostsTab::sizeColumns()
{
    // Measured on sample texts, not on the rows (there may be 100 000 of them).
    const QFontMetrics metrics = m_table->fontMetrics();
    const int margin = 2 * metrics.horizontalAdvance(QLatin1Char('M'));
    const QString money = money::moneyText(99999999, m_costs.statement().currency);
    QHeaderView *header = m_table->horizontalHeader();
    for (int column = 0; column < m_costs.proxy().columnCount(); ++column) {
        const QString title = m_costs.proxy().headerData(column, Qt::Horizontal).toString();
        int width = metrics.horizontalAdvance(title) + margin;
        if (column == WorkspaceCostTableModel::NameColumn)
            width = std::max(width, metrics.horizontalAdvance(QLatin1Char('M')) * 18);
        else if (column != WorkspaceCostTableModel::SiteColumn)
            width = std::max(width, metrics.horizontalAdvance(money) + margin);
        header->resizeSection(column, width);
    }
}

} // namespace billing
