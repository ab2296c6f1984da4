#pragma once

#include "PlanImport.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
template <typename T> class QFutureWatcher;

namespace billing {

class BillingClient;

// Reads and validates a plan file against the current workspaces and shows every issue
// (line, column, field, message) and how many changes it would stage. Accepting ("Stage N
// changes") hands changes() to the bulk editor; nothing is applied here. The file is read off
// the GUI thread: the dialog opens at once, busy, and fills when the result is there; Cancel
// while reading closes it and stages nothing. With a client, the account's claimed AWS and
// Azure subscriptions are read first; without one (offline) rows changing to such a
// subscription are problems that say it could not be checked.
class PlanImportDialog : public QDialog
{
    Q_OBJECT

public:
    PlanImportDialog(const QString &path, const QList<Workspace> &current,
                     QWidget *parent = nullptr);
    PlanImportDialog(const QString &path, const QList<Workspace> &current, BillingClient *client,
                     QWidget *parent = nullptr);

    // Empty until the result is there (isReading() is false).
    QList<StagedChange> changes() const;
    const PlanImportResult &importResult() const { return m_result; }
    bool isReading() const;

Q_SIGNALS:
    void resultReady();

public Q_SLOTS:
    void reject() override; // while reading: the result is dropped

private:
    void fetchSubscriptions(BillingClient &client);
    void startReading(const ClaimedSubscriptions &claimed);
    void readingDone();
    void showResult();

    QString m_path;
    QList<Workspace> m_current;
    bool m_waiting = true; // for the subscriptions or the file
    PlanImportResult m_result;
    QFutureWatcher<PlanImportResult> *m_watcher = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_issues = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_stage = nullptr;
};

} // namespace billing
