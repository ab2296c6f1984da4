#include "ActivityTab.h"

#include "ActivityFilterBar.h"
#include "ActivityQuery.h"
#include "EventDescriptions.h"
#include "EventLoader.h"
#include "EventTableModel.h"
#include "FieldErrorLabel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace billing {

ActivityTab::ActivityTab(BillingClient &client, const QString &signedInUser, QWidget *parent)
    : QWidget(parent)
    , m_loader(new EventLoader(client, this))
    , m_signedInUser(signedInUser)
    , m_filters(new ActivityFilterBar(this))
    , m_error(new FieldErrorLabel(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_showWorkspace(new QPushButton(tr("&Show workspace"), this))
{
    setObjectName(QStringLiteral("activityTab"));
    m_loader->setSettleDelay(400);
    m_filters->addUserNames(ActivityQuery::userNames({}, signedInUser));

    auto *intro = new QLabel(tr("Every change of settlement or status of this account's "
                                "workspaces, newest first: who made it and why. Double-click "
                                "an event to show its workspace."),
                             this);
    intro->setObjectName(QStringLiteral("activityIntroLabel"));
    intro->setWordWrap(true);

    m_error->setObjectName(QStringLiteral("activityErrorLabel"));

    m_table->setObjectName(QStringLiteral("activityTableView"));
    m_table->setAccessibleName(tr("Activity"));
    m_table->setModel(&m_loader->model());
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // As the workspace table: measured with Chinese too, whose fallback font is taller.
    m_table->verticalHeader()->setDefaultSectionSize(
        m_table->fontMetrics().boundingRect(QStringLiteral("Ág中文")).height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    // Wide enough for their usual texts before any event is listed (an empty table, an
    // error), in the current language; the user may still resize them.
    const auto widthOf = [this](const QStringList &texts) {
        int widest = 0;
        for (const QString &text : texts)
            widest = std::max(widest, fontMetrics().horizontalAdvance(text));
        return widest + 2 * fontMetrics().horizontalAdvance(QLatin1Char('M'));
    };
    QStringList kinds;
    for (EventKind kind : {EventKind::Created, EventKind::SettlementChanged, EventKind::LockPending,
                           EventKind::Locked, EventKind::Unlocked})
        kinds << EventDescriptions::kind(kind);
    header->resizeSection(EventTableModel::WhenColumn,
                          widthOf({EventDescriptions::when(QDateTime::currentDateTime())}));
    QStringList marketplaces;
    for (SettlementMethod method : allSettlementMethods()) {
        if (isCloudMethod(method))
            marketplaces << EventDescriptions::marketplace(toWire(method));
    }
    header->resizeSection(EventTableModel::WhoColumn, widthOf(marketplaces));
    header->resizeSection(EventTableModel::EventColumn, widthOf(kinds));
    header->resizeSection(EventTableModel::ReasonColumn,
                          widthOf({EventDescriptions::reason(EventReason::SubscriptionReleased),
                                   EventDescriptions::reason(EventReason::SubscriptionExpired)}));
    header->resizeSection(EventTableModel::WorkspaceColumn,
                          fontMetrics().horizontalAdvance(QLatin1Char('M')) * 16);
    header->setSectionResizeMode(EventTableModel::ChangeColumn, QHeaderView::Stretch);

    m_count->setObjectName(QStringLiteral("activityCountLabel"));
    m_showWorkspace->setObjectName(QStringLiteral("showWorkspaceButton"));
    m_showWorkspace->setAccessibleName(tr("Show the event's workspace"));
    m_showWorkspace->setToolTip(tr("Select this event's workspace in the Workspaces tab"));

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(m_showWorkspace);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_filters);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    connect(m_filters, &ActivityFilterBar::changed, this, [this] { load(false); });
    connect(m_filters, &ActivityFilterBar::refreshRequested, this, &ActivityTab::refresh);
    connect(m_loader, &EventLoader::stateChanged, this, &ActivityTab::showState);
    connect(m_loader, &EventLoader::finished, this, [this] {
        m_filters->addUserNames(
            ActivityQuery::userNames(m_loader->model().events(), m_signedInUser));
        showState();
    });
    connect(m_table, &QTableView::activated, this, &ActivityTab::activateCurrent);
    connect(m_showWorkspace, &QPushButton::clicked, this, &ActivityTab::activateCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ActivityTab::showState);
    connect(&m_loader->model(), &QAbstractItemModel::modelReset, this, &ActivityTab::showState);
    showState();
}

ActivityTab::~ActivityTab() = default;

void ActivityTab::refresh()
{
    load(true);
}

void ActivityTab::markStale()
{
    if (!m_loadedOnce)
        return;
    m_stale = true;
    if (isVisible())
        refresh();
}

void ActivityTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loadedOnce || m_stale)
        refresh();
}

void ActivityTab::load(bool now)
{
    m_loadedOnce = true;
    m_stale = false;
    const ActivityQuery query = m_filters->query();
    if (const QString problem = query.problem(); !problem.isEmpty()) {
        m_loader->clear();
        m_error->setMessage(problem);
        return;
    }
    m_loader->loadAudit(query.toFilter(),
                        query.filtersLocally() ? EventLoader::Matcher(
                            [query](const SettlementEvent &event) { return query.matches(event); })
                                               : EventLoader::Matcher(),
                        now ? EventLoader::Timing::Now : EventLoader::Timing::Settled);
}

void ActivityTab::showState()
{
    const int count = m_loader->model().rowCount();
    QString text;
    switch (m_loader->state()) {
    case EventLoader::State::Idle:
        break;
    case EventLoader::State::Loading:
        text = tr("Loading the activity…");
        break;
    case EventLoader::State::Loaded:
        text = count == 0 ? tr("No events match these filters.")
                          : tr("%n event(s) listed.", nullptr, count);
        if (m_loader->unreadable() > 0)
            text += u' '
                    + tr("Left out %n event(s) that could not be read.", nullptr,
                         m_loader->unreadable());
        break;
    case EventLoader::State::Failed:
        text = tr("No events listed.");
        break;
    }
    m_count->setText(text);
    if (m_loader->state() == EventLoader::State::Failed)
        m_error->setMessage(
            tr("Could not load the activity: %1").arg(m_loader->error().userMessage()));
    else if (m_loader->state() != EventLoader::State::Idle)
        m_error->setMessage({});
    m_showWorkspace->setEnabled(m_table->currentIndex().isValid());
}

void ActivityTab::activateCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    Q_EMIT workspaceActivated(current.data(EventTableModel::WorkspaceIdRole).toString());
}

} // namespace billing
