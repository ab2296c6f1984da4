#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace billing {

class BillingClient;
class MailboxModel;
class NotificationListJob;

// Every mail the sandbox Billing Center "sent" (verification codes, subscription notices):
// the sandbox delivers no real e-mail, so this is where a tester reads them.
class SandboxMailboxWindow : public QWidget
{
    Q_OBJECT

public:
    explicit SandboxMailboxWindow(BillingClient &client, QWidget *parent = nullptr);
    ~SandboxMailboxWindow() override;

    // Only mails to this address (empty: all).
    void setRecipient(const QString &address);
    MailboxModel *model() const { return m_model; }
    bool isLoading() const;

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void refreshed();

private:
    void showSelectedMail();

    BillingClient &m_client;
    MailboxModel *m_model;
    QLineEdit *m_recipient;
    QPushButton *m_refresh;
    QTableView *m_table;
    QPlainTextEdit *m_body;
    QLabel *m_status;
    QPointer<NotificationListJob> m_job;
};

} // namespace billing
