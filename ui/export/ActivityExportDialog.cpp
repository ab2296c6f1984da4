#include "ActivityExportDialog.h"

#include "ActivityQuery.h"

#include "ActivityPeriod.h"
#include "AtomicFile.h"
#include "ExportFileFields.h"
#include "ExportStatusArea.h"

#include <QDateEdit>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace billing {
namespace {
QDateEdit *dayEdit(const QString &objectName, const QDate &day, QWidget *parent)
{
    auto *edit = new QDateEdit(day, parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}
} // namespace

ActivityExportDialog::ActivityExportDialog(ActivityExportController *controller, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
{
    m_controller->setParent(this);
    setObjectName(QStringLiteral("activityExportDialog"));
    setWindowTitle(tr("Export Activity"));

    // The Activity tab's default period; the main window passes the tab's own (setPeriod).
    const ActivityQuery lastDays =
        ActivityQuery::lastDays(kDefaultActivityDays, QDate::currentDate());
    m_periodBox = new QGroupBox(tr("Period"), this);
    m_firstDay = dayEdit(QStringLiteral("firstDayEdit"), lastDays.from, m_periodBox);
    m_lastDay = dayEdit(QStringLiteral("lastDayEdit"), lastDays.to, m_periodBox);
    auto *periodNote = new QLabel(
        tr("Both days are included, in this computer's time zone, as on the Activity tab."),
        m_periodBox);
    periodNote->setObjectName(QStringLiteral("periodNoteLabel"));
    periodNote->setWordWrap(true);
    auto *periodForm = new QFormLayout(m_periodBox);
    periodForm->addRow(tr("&First day:"), m_firstDay);
    periodForm->addRow(tr("&Last day:"), m_lastDay);
    periodForm->addRow(periodNote);

    m_file = new ExportFileFields(this, tr("Export Activity"), QStringLiteral("activity.csv"),
                                  ExportFormat::Csv);
    auto *form = new QFormLayout;
    m_file->addRowsTo(*form);

    m_status = new ExportStatusArea(this, m_file->pathEdit());
    if (controller->isOffline() && controller->copySyncedAt().isValid()) {
        m_status->showAge(tr("Offline data: the events come from the copy synced %1 ago (%2). "
                             "Events since then are not in it."),
                          controller->copySyncedAt());
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_periodBox);
    layout->addLayout(form);
    m_status->addTo(*layout);

    connect(m_file, &ExportFileFields::pathChanged, this, &ActivityExportDialog::inputChanged);
    connect(m_file, &ExportFileFields::formatChanged, this, &ActivityExportDialog::inputChanged);
    connect(m_firstDay, &QDateEdit::dateChanged, this, &ActivityExportDialog::inputChanged);
    connect(m_lastDay, &QDateEdit::dateChanged, this, &ActivityExportDialog::inputChanged);
    connect(m_controller, &ActivityExportController::stageChanged, this,
            &ActivityExportDialog::showStage);
    connect(m_controller, &ActivityExportController::finished, this,
            &ActivityExportDialog::exportDone);
    updateState();
}

QDate ActivityExportDialog::firstDay() const
{
    return m_firstDay->date();
}

QDate ActivityExportDialog::lastDay() const
{
    return m_lastDay->date();
}

void ActivityExportDialog::setPeriod(const QDate &first, const QDate &last)
{
    m_firstDay->setDate(first);
    m_lastDay->setDate(last);
}

ExportFormat ActivityExportDialog::format() const
{
    return m_file->format();
}

void ActivityExportDialog::setFormat(ExportFormat format)
{
    m_file->setFormat(format);
}

QString ActivityExportDialog::path() const
{
    return m_file->path();
}

void ActivityExportDialog::setPath(const QString &path)
{
    m_file->setPath(path);
}

QString ActivityExportDialog::errorText() const
{
    return m_status->errorText();
}

bool ActivityExportDialog::isExporting() const
{
    return m_controller->stage() != ActivityExportController::Stage::Idle;
}

void ActivityExportDialog::inputChanged()
{
    m_failure.clear(); // the user is acting on it
    updateState();
}

// The error line shows what stops an export (no offline copy, no period), else why the last
// attempt failed.
void ActivityExportDialog::updateState()
{
    QString problem = m_controller->copyProblem();
    if (problem.isEmpty())
        problem = activityDaysProblem(firstDay(), lastDay());
    m_status->setError(problem.isEmpty() ? m_failure : problem);
    m_status->exportButton()->setEnabled(!isExporting() && problem.isEmpty() && !path().isEmpty());
}

void ActivityExportDialog::showStage(ActivityExportController::Stage stage, int events)
{
    const bool busy = stage != ActivityExportController::Stage::Idle;
    m_periodBox->setEnabled(!busy);
    m_file->setEnabled(!busy);
    if (stage == ActivityExportController::Stage::Reading)
        m_status->setBusy(tr("Reading the activity from the Billing Center…"));
    else if (stage == ActivityExportController::Stage::Writing)
        m_status->setBusy(tr("Writing %n event(s)…", nullptr, events));
    else
        m_status->setBusy({});
    updateState();
}

void ActivityExportDialog::accept()
{
    if (isExporting() || !m_status->exportButton()->isEnabled())
        return;
    m_failure.clear();
    m_status->setError({});
    m_controller->start(QDir::fromNativeSeparators(path()), format(),
                        activityDays(firstDay(), lastDay(), QTimeZone::systemTimeZone()));
}

void ActivityExportDialog::exportDone(bool written, const QString &message)
{
    Q_EMIT exportFinished(written, message);
    if (!written) {
        m_failure = message;
        updateState();
        return;
    }
    QDialog::accept();
}

void ActivityExportDialog::reject()
{
    if (isExporting()) {
        m_controller->cancel();
        Q_EMIT exportFinished(false, exportCancelledMessage());
    }
    QDialog::reject();
}

} // namespace billing
