#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace billing {

class BillingClient;
class FieldErrorLabel;
class MailboxModel;
class NotificationListJob;

// The mails the Billing Center sent to the account (GET /api/v1/notifications), newest
// first, with the selected mail's text: for example that a marketplace subscription was
// released and its workspaces went back to Billing Center settlement.
class NotificationsView : public QWidget
{
    Q_OBJECT

public:
    NotificationsView(BillingClient &client, bool sandbox, QWidget *parent = nullptr);
    ~NotificationsView() override;

    MailboxModel *model() const { return m_model; }
    bool isLoading() const;

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void countChanged(int total);
    // A refresh ended, successfully or not (the error is shown in the view).
    void refreshed();

private:
    void onJobFinished();
    void showSelectedMail();

    BillingClient &m_client;
    MailboxModel *m_model;
    QPushButton *m_refresh;
    QTableView *m_table;
    QPlainTextEdit *m_body;
    QLabel *m_status;
    FieldErrorLabel *m_error;
    QPointer<NotificationListJob> m_job;
};

} // namespace billing
