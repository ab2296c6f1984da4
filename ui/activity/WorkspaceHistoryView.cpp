#include "WorkspaceHistoryView.h"

#include "EventTableModel.h"
#include "FieldErrorLabel.h"
#include "WorkspaceHistory.h"

#include <QHBoxLayout>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QListView>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace billing {
namespace {
// Shows each event's summary (every part on its own line) as the text of its row.
class SummaryProxy : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            role = EventTableModel::SummaryRole;
        return QIdentityProxyModel::data(index, role);
    }
};
} // namespace

WorkspaceHistoryView::WorkspaceHistoryView(WorkspaceHistory &history, QWidget *parent)
    : QWidget(parent)
    , m_history(history)
    , m_reload(new QToolButton(this))
    , m_status(new QLabel(this))
    , m_error(new FieldErrorLabel(this))
    , m_list(new QListView(this))
{
    setObjectName(QStringLiteral("workspaceHistoryView"));

    auto *title = new QLabel(tr("History"), this);
    title->setObjectName(QStringLiteral("historyTitleLabel"));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);

    m_reload->setObjectName(QStringLiteral("reloadHistoryButton"));
    m_reload->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_reload->setToolTip(tr("Load the history again"));
    m_reload->setAccessibleName(tr("Reload the history"));
    connect(m_reload, &QToolButton::clicked, &m_history, &WorkspaceHistory::refresh);

    m_status->setObjectName(QStringLiteral("historyStatusLabel"));
    m_status->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("historyErrorLabel"));

    auto *proxy = new SummaryProxy(this);
    proxy->setSourceModel(&m_history.loader().model());
    m_list->setObjectName(QStringLiteral("historyListView"));
    m_list->setAccessibleName(tr("Settlement history"));
    m_list->setModel(proxy);
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setAlternatingRowColors(true);
    m_list->setSpacing(2);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Items are measured at the viewport's width: a scroll bar appearing afterwards would
    // narrow it and cut the last line of the wrapped items.
    m_list->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);

    auto *header = new QHBoxLayout;
    header->addWidget(title, 1);
    header->addWidget(m_reload);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_status);
    layout->addWidget(m_error);
    layout->addWidget(m_list, 1);

    connect(&m_history.loader(), &EventLoader::stateChanged, this,
            &WorkspaceHistoryView::showState);
    connect(&m_history.loader(), &EventLoader::finished, this, &WorkspaceHistoryView::showState);
    showState();
}

void WorkspaceHistoryView::showState()
{
    const EventLoader &loader = m_history.loader();
    const int count = loader.model().rowCount();
    QString status;
    switch (loader.state()) {
    case EventLoader::State::Idle:
        break;
    case EventLoader::State::Loading:
        status = tr("Loading the history…");
        break;
    case EventLoader::State::Loaded:
        status = count == 0 ? tr("No events in this workspace's history yet.")
                            : tr("%n event(s), newest first.", nullptr, count);
        if (loader.unreadable() > 0)
            status +=
                u' '
                + tr("Left out %n event(s) that could not be read.", nullptr, loader.unreadable());
        break;
    case EventLoader::State::Failed:
        break;
    }
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());
    m_error->setMessage(loader.state() == EventLoader::State::Failed
                            ? tr("Could not load the history: %1").arg(loader.error().userMessage())
                            : QString());
    m_reload->setEnabled(!m_history.workspaceId().isEmpty());
}

} // namespace billing
