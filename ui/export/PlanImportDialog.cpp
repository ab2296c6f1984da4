#include "PlanImportDialog.h"

#include "SubscriptionListJob.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace billing {

PlanImportDialog::PlanImportDialog(const QString &path, const QList<Workspace> &current,
                                   QWidget *parent)
    : PlanImportDialog(path, current, nullptr, parent)
{}

PlanImportDialog::PlanImportDialog(const QString &path, const QList<Workspace> &current,
                                   BillingClient *client, QWidget *parent)
    : QDialog(parent)
    , m_path(path)
    , m_current(current)
{
    setObjectName(QStringLiteral("planImportDialog"));
    setWindowTitle(tr("Import Plan"));

    auto *file = new QLabel(tr("Plan file: %1").arg(QDir::toNativeSeparators(path)), this);
    file->setObjectName(QStringLiteral("planFileLabel"));
    file->setTextFormat(Qt::PlainText);
    file->setWordWrap(true);
    file->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("planSummaryLabel"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setText(tr("Reading %1…").arg(QDir::toNativeSeparators(path)));

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("planProgressBar"));
    m_progress->setRange(0, 0); // busy: reading has no steps to count
    m_progress->setAccessibleName(tr("Reading the plan"));
    m_progress->setTextVisible(false);

    m_issues = new QTableWidget(0, 4, this);
    m_issues->setObjectName(QStringLiteral("planIssuesTable"));
    m_issues->setAccessibleName(tr("Problems in the plan"));
    m_issues->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Field"), tr("Problem")});
    m_issues->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_issues->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Tab goes on to the buttons; the arrow keys move between the problems.
    m_issues->setTabKeyNavigation(false);
    // One line per issue, however many: the full message is in the tooltip.
    m_issues->setWordWrap(false);
    m_issues->setTextElideMode(Qt::ElideRight);
    m_issues->verticalHeader()->hide();
    m_issues->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_issues->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_issues->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_issues->horizontalHeader()->setStretchLastSection(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("planImportButtonBox"));
    m_stage = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_stage->setObjectName(QStringLiteral("stageChangesButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PlanImportDialog::reject);
    m_stage->setText(tr("&Stage changes"));
    m_stage->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    m_issues->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(file);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(m_issues, 1);
    layout->addWidget(m_buttons);
    resize(860, 440);

    if (client)
        fetchSubscriptions(*client);
    else
        startReading(ClaimedSubscriptions::unchecked(tr("working offline")));
}

void PlanImportDialog::fetchSubscriptions(BillingClient &client)
{
    auto *job = new SubscriptionListJob(client, std::nullopt, this);
    connect(job, &ApiJob::finished, this, [this, job] {
        job->deleteLater();
        if (!m_waiting)
            return; // cancelled meanwhile
        startReading(job->ok() ? ClaimedSubscriptions::of(job->subscriptions())
                               : ClaimedSubscriptions::unchecked(job->error().userMessage()));
    });
    job->start();
}

void PlanImportDialog::startReading(const ClaimedSubscriptions &claimed)
{
    // The worker gets copies of the path, the workspaces and the claims, never a widget.
    m_watcher = new QFutureWatcher<PlanImportResult>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &PlanImportDialog::readingDone);
    m_watcher->setFuture(QtConcurrent::run([path = m_path, current = m_current, claimed] {
        return importPlan(path, current, {}, claimed);
    }));
}

QList<StagedChange> PlanImportDialog::changes() const
{
    return m_result.changes;
}

bool PlanImportDialog::isReading() const
{
    return m_waiting;
}

void PlanImportDialog::readingDone()
{
    m_result = m_watcher->result();
    m_watcher->deleteLater();
    m_watcher = nullptr;
    m_waiting = false;
    m_progress->hide();
    showResult();
    Q_EMIT resultReady();
}

void PlanImportDialog::reject()
{
    m_waiting = false;
    if (m_watcher) {
        // importPlan() cannot be stopped; its result is dropped when it arrives.
        m_watcher->disconnect(this);
        m_watcher->deleteLater();
        m_watcher = nullptr;
        m_progress->hide();
    }
    QDialog::reject();
}

void PlanImportDialog::showResult()
{
    const int changes = int(m_result.changes.size());
    const int problems = int(m_result.issues.size());
    QString summary;
    if (!m_result.readable) {
        summary = tr("The file cannot be read; nothing can be staged.");
    } else if (changes == 0 && m_result.unchanged == 0 && problems > 0) {
        summary = tr("%n problem(s) found; no row can be staged.", nullptr, problems);
    } else {
        summary = tr("%n change(s) to stage, ", nullptr, changes)
                  + tr("%n row(s) unchanged.", nullptr, m_result.unchanged);
        if (problems > 0)
            summary +=
                u' ' + tr("%n problem(s) found: the rows below are not staged.", nullptr, problems);
        else if (changes == 0)
            summary += u' ' + tr("Every workspace is already as planned.");
        summary += u' ' + tr("Nothing is sent to the server until you apply the staged changes.");
    }
    if (!m_result.csvText.isEmpty())
        summary += u' ' + tr("Read as CSV, %1.").arg(m_result.csvText);
    m_summary->setText(summary);

    m_issues->setRowCount(problems);
    for (int row = 0; row < problems; ++row) {
        const PlanIssue &issue = m_result.issues.at(row);
        const auto cell = [](const QString &text) {
            auto *item = new QTableWidgetItem(text);
            item->setToolTip(text);
            return item;
        };
        m_issues->setItem(row, 0, cell(issue.line > 0 ? QString::number(issue.line) : QString()));
        m_issues->setItem(row, 1,
                          cell(issue.column > 0 ? QString::number(issue.column) : QString()));
        m_issues->setItem(row, 2, cell(issue.field));
        m_issues->setItem(row, 3, cell(issue.message));
    }
    m_issues->setVisible(problems > 0);

    m_stage->setText(tr("&Stage %n change(s)", nullptr, changes));
    m_stage->setEnabled(changes > 0);
    m_stage->setDefault(changes > 0);
    if (changes == 0)
        m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
}

} // namespace billing
