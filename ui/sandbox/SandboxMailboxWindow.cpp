#include "SandboxMailboxWindow.h"

#include "MailboxModel.h"
#include "NotificationListJob.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcSandboxMailbox, "billing.ui.sandbox", QtInfoMsg)

namespace billing {

SandboxMailboxWindow::SandboxMailboxWindow(BillingClient &client, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_client(client)
    , m_model(new MailboxModel(this))
    , m_recipient(new QLineEdit(this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_table(new QTableView(this))
    , m_body(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("sandboxMailboxWindow"));
    setWindowTitle(tr("Sandbox mailbox"));

    auto *intro = new QLabel(tr("The sandbox sends no real e-mail. Every mail it would have sent "
                                "is listed here, newest first."),
                             this);
    intro->setWordWrap(true);
    m_recipient->setObjectName(QStringLiteral("recipientLineEdit"));
    m_recipient->setAccessibleName(tr("Show mails to"));
    m_recipient->setPlaceholderText(tr("All recipients"));
    m_recipient->setClearButtonEnabled(true);
    connect(m_recipient, &QLineEdit::returnPressed, this, &SandboxMailboxWindow::refresh);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_refresh->setAccessibleName(tr("Refresh the mailbox"));
    m_refresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    connect(m_refresh, &QPushButton::clicked, this, &SandboxMailboxWindow::refresh);

    m_table->setObjectName(QStringLiteral("mailTableView"));
    m_table->setAccessibleName(tr("Mails"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Rows are selected whole: the arrow keys move between mails, Tab leaves the table.
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(MailboxModel::TimeColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(MailboxModel::ToColumn,
                                                      QHeaderView::ResizeToContents);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SandboxMailboxWindow::showSelectedMail);

    m_body->setObjectName(QStringLiteral("mailBodyTextEdit"));
    m_body->setAccessibleName(tr("Mail text"));
    m_body->setReadOnly(true);
    m_body->setTabChangesFocus(true);
    m_status->setObjectName(QStringLiteral("mailboxStatusLabel"));
    m_status->setWordWrap(true);

    auto *recipientLabel = new QLabel(tr("Show mails &to:"), this);
    recipientLabel->setBuddy(m_recipient);
    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(recipientLabel);
    toolbar->addWidget(m_recipient, 1);
    toolbar->addWidget(m_refresh);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_body);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(toolbar);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    resize(720, 520);
}

SandboxMailboxWindow::~SandboxMailboxWindow()
{
    if (m_job)
        m_job->disconnect(this);
}

bool SandboxMailboxWindow::isLoading() const
{
    return m_job != nullptr;
}

void SandboxMailboxWindow::setRecipient(const QString &address)
{
    m_recipient->setText(address);
}

void SandboxMailboxWindow::refresh()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
        m_job->deleteLater();
    }
    auto *job = new NotificationListJob(m_client, NotificationListJob::Source::SandboxMailbox,
                                        m_recipient->text().trimmed(), this);
    m_job = job;
    m_refresh->setEnabled(false);
    m_status->setText(tr("Loading…"));
    connect(job, &PagedListJob::finished, this, [this, job] {
        job->deleteLater();
        m_job = nullptr;
        m_refresh->setEnabled(true);
        if (!job->ok()) {
            qCInfo(lcSandboxMailbox) << "mailbox failed:" << job->error().detail;
            m_status->setText(job->error().userMessage());
            Q_EMIT refreshed();
            return;
        }
        m_model->setMails(job->notifications());
        m_status->setText(tr("%n mail(s).", nullptr, int(m_model->rowCount())));
        if (m_model->rowCount() > 0)
            m_table->selectRow(0);
        else
            m_body->clear();
        Q_EMIT refreshed();
    });
    job->start();
}

void SandboxMailboxWindow::showSelectedMail()
{
    const QModelIndex current = m_table->currentIndex();
    m_body->setPlainText(
        current.isValid() ? m_model->data(current, MailboxModel::BodyRole).toString() : QString());
}

} // namespace billing
