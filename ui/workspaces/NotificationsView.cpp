#include "NotificationsView.h"

#include "FieldErrorLabel.h"
#include "MailboxModel.h"
#include "NotificationListJob.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLoggingCategory>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

Q_LOGGING_CATEGORY(lcNotifications, "billing.ui.notifications", QtInfoMsg)

namespace billing {

NotificationsView::NotificationsView(BillingClient &client, bool sandbox, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_model(new MailboxModel(this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_table(new QTableView(this))
    , m_body(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
    , m_error(new FieldErrorLabel(this))
{
    setObjectName(QStringLiteral("notificationsView"));

    auto *intro = new QLabel(
        sandbox ? tr("Mails the Billing Center sent to this account, newest first. The local "
                     "sandbox sends no real e-mail: this is where its mails arrive.")
                : tr("Mails the Billing Center sent to this account, newest first: for example "
                     "when a marketplace subscription ends and workspaces change settlement."),
        this);
    intro->setObjectName(QStringLiteral("notificationsIntroLabel"));
    intro->setWordWrap(true);

    m_refresh->setObjectName(QStringLiteral("refreshNotificationsButton"));
    m_refresh->setAccessibleName(tr("Refresh the notifications"));
    m_refresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    connect(m_refresh, &QPushButton::clicked, this, &NotificationsView::refresh);

    m_table->setObjectName(QStringLiteral("notificationsTableView"));
    m_table->setAccessibleName(tr("Notifications"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(false);
    header->moveSection(MailboxModel::SubjectColumn, MailboxModel::ToColumn);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(MailboxModel::TimeColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(MailboxModel::SubjectColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(MailboxModel::ToColumn, QHeaderView::ResizeToContents);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &NotificationsView::showSelectedMail);

    m_body->setObjectName(QStringLiteral("notificationBodyTextEdit"));
    m_body->setAccessibleName(tr("Mail text"));
    m_body->setReadOnly(true);
    m_body->setPlaceholderText(tr("Select a mail to read it."));

    m_status->setObjectName(QStringLiteral("notificationsStatusLabel"));
    m_error->setObjectName(QStringLiteral("notificationsErrorLabel"));

    auto *top = new QHBoxLayout;
    top->addWidget(intro, 1);
    top->addWidget(m_refresh, 0, Qt::AlignTop);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("notificationsSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(m_body);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
}

NotificationsView::~NotificationsView()
{
    if (m_job)
        m_job->disconnect(this);
}

bool NotificationsView::isLoading() const
{
    return m_job != nullptr;
}

void NotificationsView::refresh()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
        m_job->deleteLater();
    }
    auto *job = new NotificationListJob(m_client, NotificationListJob::Source::Account, {}, this);
    m_job = job;
    m_refresh->setEnabled(false);
    m_status->setText(tr("Loading notifications…"));
    setCursor(Qt::BusyCursor);
    connect(job, &PagedListJob::finished, this, &NotificationsView::onJobFinished);
    job->start();
}

void NotificationsView::onJobFinished()
{
    NotificationListJob *job = m_job;
    m_job = nullptr;
    if (!job)
        return;
    job->deleteLater();
    m_refresh->setEnabled(true);
    unsetCursor();
    if (!job->ok()) {
        // What was shown before stays: a failed refresh loses nothing.
        qCInfo(lcNotifications) << "notifications failed:" << job->error().detail;
        m_error->setMessage(
            tr("Could not load the notifications: %1").arg(job->error().userMessage()));
        m_status->clear();
        Q_EMIT refreshed();
        return;
    }
    m_error->setMessage({});

    const QString selectedId = m_table->currentIndex().isValid()
                                   ? m_model->mails().at(m_table->currentIndex().row()).id
                                   : QString();
    QList<Notification> mails = job->notifications();
    std::stable_sort(mails.begin(), mails.end(), [](const Notification &a, const Notification &b) {
        return a.createdAt > b.createdAt;
    });
    m_model->setMails(mails);
    const int count = m_model->rowCount();
    m_status->setText(count == 0 ? tr("No notifications yet.")
                                 : tr("%n notification(s).", nullptr, count));
    int selectRow = count > 0 ? 0 : -1;
    for (int row = 0; row < count && !selectedId.isEmpty(); ++row) {
        if (mails.at(row).id == selectedId)
            selectRow = row;
    }
    if (selectRow >= 0)
        m_table->selectRow(selectRow);
    else
        m_body->clear();
    Q_EMIT countChanged(count);
    Q_EMIT refreshed();
}

void NotificationsView::showSelectedMail()
{
    const QModelIndex current = m_table->currentIndex();
    m_body->setPlainText(
        current.isValid() ? m_model->data(current, MailboxModel::BodyRole).toString() : QString());
}

} // namespace billing
