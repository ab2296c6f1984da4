#include "OverviewTab.h"

#include "SiteTable.h"
#include "SiteText.h"
#include "WorkspaceTableModel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace billing {
namespace {
constexpr int kRefreshDelayMs = 100;
constexpr int kMaxComingLocksShown = 500;

enum LockColumn { LockNameColumn, LockSiteColumn, LockDateColumn, LockDaysColumn };

QColor methodColor(SettlementMethod method)
{
    switch (method) {
    case SettlementMethod::BillingCenter:
        return QColor(0x4a, 0x7b, 0xc4);
    case SettlementMethod::Aliyun:
        return QColor(0xf0, 0x8a, 0x24);
    case SettlementMethod::Aws:
        return QColor(0x3f, 0xa3, 0x6b);
    case SettlementMethod::Huawei:
        return QColor(0xc9, 0x4c, 0x4c);
    case SettlementMethod::Azure:
        return QColor(0x8e, 0x6b, 0xbf);
    }
    return Qt::gray;
}

QString siteLabel(const QString &code)
{
    const auto site = SiteTable::builtIn().find(code);
    return site ? OverviewTab::tr("%1 · %2").arg(code, SiteText::siteName(*site)) : code;
}
} // namespace

// The chart, rebuilt from an overview; a QChartView that owns its series.
class OverviewChart : public QChartView
{
public:
    explicit OverviewChart(OverviewTab *tab)
        : QChartView(new QChart, tab)
        , m_tab(tab)
    {
        setObjectName(QStringLiteral("overviewChartView"));
        setAccessibleName(OverviewTab::tr("Workspaces per site and settlement method"));
        setRenderHint(QPainter::Antialiasing);
        setMinimumHeight(220);
        chart()->setAnimationOptions(QChart::NoAnimation);
        chart()->legend()->setAlignment(Qt::AlignRight);
        chart()->addAxis(m_sites, Qt::AlignLeft);
        chart()->addAxis(m_counts, Qt::AlignBottom);
        m_counts->setLabelFormat(QStringLiteral("%d"));
    }

    void show(const WorkspaceOverview &overview)
    {
        chart()->removeAllSeries();
        // Horizontal bars are laid out bottom-up: reversed, the first site is on top.
        QStringList categories;
        for (const auto &site : overview.sites)
            categories.prepend(siteLabel(site.siteCode));
        m_sites->clear();
        m_sites->append(categories);

        auto *series = new QHorizontalStackedBarSeries;
        int largest = 0;
        for (const SettlementMethod method : allSettlementMethods()) {
            QList<qreal> values;
            int methodTotal = 0;
            for (const auto &site : overview.sites) {
                const int count = site.perMethod[size_t(method)];
                values.prepend(count);
                methodTotal += count;
            }
            if (methodTotal == 0)
                continue;
            auto *set = new QBarSet(displayName(method));
            set->setObjectName(QStringLiteral("barSet_%1").arg(toWire(method)));
            set->append(values);
            set->setColor(methodColor(method));
            set->setBorderColor(methodColor(method).darker(120));
            QObject::connect(set, &QBarSet::clicked, m_tab,
                             [tab = m_tab, method, last = int(overview.sites.size()) - 1](
                                 int index) { tab->requestFilter(last - index, method); });
            series->append(set);
        }
        for (const auto &site : overview.sites)
            largest = std::max(largest, site.total());
        series->setBarWidth(0.6);
        chart()->addSeries(series);
        series->attachAxis(m_sites);
        series->attachAxis(m_counts);
        m_counts->setRange(0, std::max(largest, 4));
        m_counts->applyNiceNumbers();
        // Whole numbers only: at most one tick per workspace.
        m_counts->setTickCount(int(std::min<qreal>(m_counts->max(), 5)) + 1);
    }

private:
    OverviewTab *m_tab;
    QBarCategoryAxis *m_sites = new QBarCategoryAxis(this);
    QValueAxis *m_counts = new QValueAxis(this);
};

OverviewTab::OverviewTab(const WorkspaceTableModel &model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_chartStack(new QStackedWidget(this))
    , m_chart(new OverviewChart(this))
    , m_emptyLabel(new QLabel(this))
    , m_summaryLabel(new QLabel(this))
    , m_locksLabel(new QLabel(tr("Coming lock dates"), this))
    , m_locks(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("overviewTab"));

    m_emptyLabel->setObjectName(QStringLiteral("overviewEmptyLabel"));
    m_emptyLabel->setText(tr("No workspaces yet. Once the account has workspaces, this chart "
                             "shows how many each site has per settlement method."));
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_chartStack->addWidget(m_emptyLabel);
    m_chartStack->addWidget(m_chart);

    m_summaryLabel->setObjectName(QStringLiteral("overviewSummaryLabel"));
    m_summaryLabel->setWordWrap(true);

    QFont heading = m_locksLabel->font();
    heading.setBold(true);
    m_locksLabel->setFont(heading);
    m_locksLabel->setObjectName(QStringLiteral("comingLocksLabel"));
    m_locks->setObjectName(QStringLiteral("comingLocksTreeWidget"));
    m_locks->setAccessibleName(tr("Coming lock dates"));
    m_locks->setRootIsDecorated(false);
    m_locks->setAlternatingRowColors(true);
    m_locks->setUniformRowHeights(true);
    m_locks->setHeaderLabels({tr("Workspace"), tr("Site"), tr("Locks on"), tr("Days left")});
    m_locks->header()->setStretchLastSection(false);
    m_locks->header()->setSectionResizeMode(LockNameColumn, QHeaderView::Stretch);
    for (const int column : {LockSiteColumn, LockDateColumn, LockDaysColumn})
        m_locks->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_locks->setToolTip(tr("Workspaces whose marketplace subscription expired. They lock on the "
                           "date shown unless the subscription is renewed or the settlement "
                           "method is changed."));
    connect(m_locks, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        const QString id = item->data(LockNameColumn, Qt::UserRole).toString();
        if (!id.isEmpty())
            Q_EMIT workspaceActivated(id);
    });
    m_locksLabel->setBuddy(m_locks);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_chartStack, 3);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_locksLabel);
    layout->addWidget(m_locks, 2);

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(kRefreshDelayMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &OverviewTab::refreshNow);
    connect(&m_model, &QAbstractItemModel::modelReset, this, &OverviewTab::scheduleRefresh);
    connect(&m_model, &QAbstractItemModel::rowsInserted, this, &OverviewTab::scheduleRefresh);
    connect(&m_model, &QAbstractItemModel::rowsRemoved, this, &OverviewTab::scheduleRefresh);
    connect(&m_model, &QAbstractItemModel::layoutChanged, this, &OverviewTab::scheduleRefresh);
    connect(&m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const int first = topLeft.column(), last = bottomRight.column();
                const auto touches = [first, last](int column) {
                    return first <= column && column <= last;
                };
                if (touches(WorkspaceTableModel::SiteColumn)
                    || touches(WorkspaceTableModel::MethodColumn)
                    || touches(WorkspaceTableModel::StatusColumn))
                    scheduleRefresh();
            });
    refreshNow();
}

OverviewTab::~OverviewTab() = default;

void OverviewTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    scheduleRefresh();
}

void OverviewTab::scheduleRefresh()
{
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
}

void OverviewTab::refreshNow()
{
    m_refreshTimer.stop();
    const qint64 nowMs = m_model.now().toMSecsSinceEpoch();
    m_overview = WorkspaceOverview::fromModel(m_model, nowMs);
    if (m_overview.workspaceCount == 0) {
        m_chartStack->setCurrentWidget(m_emptyLabel);
        m_summaryLabel->clear();
    } else {
        m_chart->show(m_overview);
        m_chartStack->setCurrentWidget(m_chart);
        m_summaryLabel->setText(tr("%n workspace(s). Click a bar to show those workspaces in "
                                   "the table.",
                                   nullptr, m_overview.workspaceCount));
    }
    showComingLocks(nowMs);
    Q_EMIT refreshed();
}

void OverviewTab::showComingLocks(qint64 nowMs)
{
    m_locks->clear();
    const auto &locks = m_overview.comingLocks;
    if (locks.isEmpty()) {
        m_locksLabel->setText(tr("Coming lock dates: none"));
        return;
    }
    m_locksLabel->setText(tr("Coming lock dates (%n workspace(s))", nullptr, int(locks.size())));
    QList<QTreeWidgetItem *> items;
    const qsizetype shown = std::min<qsizetype>(locks.size(), kMaxComingLocksShown);
    for (qsizetype i = 0; i < shown; ++i) {
        const auto &lock = locks.at(i);
        const QDateTime lockAt = QDateTime::fromMSecsSinceEpoch(lock.lockAtMs, Qt::UTC);
        auto *item = new QTreeWidgetItem;
        item->setText(LockNameColumn, lock.name);
        item->setData(LockNameColumn, Qt::UserRole, lock.workspaceId);
        item->setText(LockSiteColumn, lock.siteCode);
        item->setText(LockDateColumn,
                      QLocale().toString(lockAt.toLocalTime(), QLocale::ShortFormat));
        item->setText(LockDaysColumn, tr("%n day(s)", nullptr, lock.daysLeft(nowMs)));
        item->setTextAlignment(LockDaysColumn, Qt::AlignRight | Qt::AlignVCenter);
        items.append(item);
    }
    if (locks.size() > shown) {
        auto *more = new QTreeWidgetItem;
        more->setText(LockNameColumn, tr("… and %n more", nullptr, int(locks.size() - shown)));
        more->setFlags(Qt::ItemIsEnabled);
        items.append(more);
    }
    m_locks->addTopLevelItems(items);
}

void OverviewTab::requestFilter(int siteIndex, SettlementMethod method)
{
    if (siteIndex < 0 || siteIndex >= m_overview.sites.size())
        return;
    Q_EMIT filterRequested(m_overview.sites.at(siteIndex).siteCode, method);
}

} // namespace billing
