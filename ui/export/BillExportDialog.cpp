#include "BillExportDialog.h"

#include "AtomicFile.h"
#include "BillMonth.h"
#include "ExportFileFields.h"
#include "ExportStatusArea.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace billing {
namespace {
QString fileNameFor(const QString &month, ExportFormat format)
{
    return u"bill-"_qs + month + u'.' + toWire(format);
}
} // namespace

BillExportDialog::BillExportDialog(BillExportController *controller, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
{
    m_controller->setParent(this);
    setObjectName(QStringLiteral("billExportDialog"));
    setWindowTitle(tr("Export Bill"));

    const QDate thisMonth = parseBillMonth(currentBillMonth(QDateTime::currentDateTimeUtc()));
    m_month = new QDateEdit(thisMonth, this);
    m_month->setObjectName(QStringLiteral("monthEdit"));
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_month->setMaximumDate(thisMonth.addMonths(1).addDays(-1));
    m_month->setAccessibleName(tr("Month"));
    m_shownMonth = month();

    m_grouping = new QComboBox(this);
    m_grouping->setObjectName(QStringLiteral("groupingCombo"));
    m_grouping->setAccessibleName(tr("Rows"));
    m_grouping->addItem(tr("One per payer"), int(BillGrouping::Payer));
    m_grouping->addItem(tr("One per item"), int(BillGrouping::Item));
    m_grouping->addItem(tr("One per site"), int(BillGrouping::Site));
    m_grouping->addItem(tr("One per workspace"), int(BillGrouping::Workspace));
    m_grouping->addItem(tr("Every bill line"), int(BillGrouping::Line));

    auto *note = new QLabel(tr("Billing days are Beijing-time days. Grouped rows end with a "
                               "total row; every total is the sum of the lines' amounts."),
                            this);
    note->setObjectName(QStringLiteral("billNoteLabel"));
    note->setWordWrap(true);

    m_file = new ExportFileFields(this, tr("Export Bill"), fileNameFor(month(), ExportFormat::Csv),
                                  ExportFormat::Csv);
    m_file->pathEdit()->setAccessibleName(tr("File"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Month:"), m_month);
    form->addRow(tr("&Rows:"), m_grouping);
    m_file->addRowsTo(*form);
    form->addRow(note);

    m_status = new ExportStatusArea(this, m_file->pathEdit());
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    m_status->addTo(*layout);

    connect(m_file, &ExportFileFields::pathChanged, this, &BillExportDialog::inputChanged);
    connect(m_file, &ExportFileFields::formatChanged, this, &BillExportDialog::inputChanged);
    connect(m_grouping, &QComboBox::currentIndexChanged, this, &BillExportDialog::inputChanged);
    connect(m_month, &QDateEdit::dateChanged, this, &BillExportDialog::monthChanged);
    connect(m_controller, &BillExportController::stageChanged, this, &BillExportDialog::showStage);
    connect(m_controller, &BillExportController::finished, this, &BillExportDialog::exportDone);
    monthChanged();
}

QString BillExportDialog::month() const
{
    return billMonthText(m_month->date());
}

void BillExportDialog::setMonth(const QDate &dayOfMonth)
{
    if (dayOfMonth.isValid())
        m_month->setDate(QDate(dayOfMonth.year(), dayOfMonth.month(), 1));
}

BillGrouping BillExportDialog::grouping() const
{
    return BillGrouping(m_grouping->currentData().toInt());
}

void BillExportDialog::setGrouping(BillGrouping grouping)
{
    m_grouping->setCurrentIndex(m_grouping->findData(int(grouping)));
}

BillFormat BillExportDialog::format() const
{
    switch (m_file->format()) {
    case ExportFormat::Json:
        return BillFormat::Json;
    case ExportFormat::Xlsx:
        return BillFormat::Xlsx;
    case ExportFormat::Csv:
        break;
    }
    return BillFormat::Csv;
}

void BillExportDialog::setFormat(BillFormat format)
{
    m_file->setFormat(format == BillFormat::Json   ? ExportFormat::Json
                      : format == BillFormat::Xlsx ? ExportFormat::Xlsx
                                                   : ExportFormat::Csv);
}

QString BillExportDialog::path() const
{
    return m_file->path();
}

void BillExportDialog::setPath(const QString &path)
{
    m_file->setPath(path);
}

QString BillExportDialog::errorText() const
{
    return m_status->errorText();
}

QString BillExportDialog::ageText() const
{
    const auto *label = findChild<QLabel *>(QStringLiteral("dataAgeLabel"));
    return label && !label->isHidden() ? label->text() : QString();
}

bool BillExportDialog::isExporting() const
{
    return m_controller->stage() != BillExportController::Stage::Idle;
}

void BillExportDialog::monthChanged()
{
    // The suggested name follows the month while the user has not named the file otherwise.
    const QFileInfo info(path());
    if (info.fileName() == fileNameFor(m_shownMonth, m_file->format()))
        setPath(QDir(info.path()).filePath(fileNameFor(month(), m_file->format())));
    m_shownMonth = month();
    m_copyProblem.clear();
    if (m_controller->isOffline()) {
        QString problem;
        const QDateTime syncedAt = m_controller->copySyncedAt(month(), &problem);
        if (syncedAt.isValid())
            m_status->showAge(tr("Offline data: the bill comes from the copy synced %1 ago (%2). "
                                 "Days settled since then are not in it."),
                              syncedAt);
        else
            m_status->showAge({}, {});
        m_copyProblem = syncedAt.isValid() ? QString()
                        : problem.isEmpty()
                            ? tr("There is no offline copy of the bill %1: export it once while "
                                 "the server can be reached.")
                                  .arg(month())
                            : problem;
    }
    inputChanged();
}

void BillExportDialog::inputChanged()
{
    m_failure.clear(); // the user is acting on it
    updateState();
}

void BillExportDialog::updateState()
{
    m_status->setError(m_copyProblem.isEmpty() ? m_failure : m_copyProblem);
    m_status->exportButton()->setEnabled(!isExporting() && m_copyProblem.isEmpty()
                                         && !path().isEmpty());
}

void BillExportDialog::showStage(BillExportController::Stage stage, int lines)
{
    const bool busy = stage != BillExportController::Stage::Idle;
    m_month->setEnabled(!busy);
    m_grouping->setEnabled(!busy);
    m_file->setEnabled(!busy);
    if (stage == BillExportController::Stage::Reading)
        m_status->setBusy(tr("Reading the bill from the Billing Center…"));
    else if (stage == BillExportController::Stage::Writing)
        m_status->setBusy(tr("Writing %n bill line(s)…", nullptr, lines));
    else
        m_status->setBusy({});
    updateState();
}

void BillExportDialog::accept()
{
    if (isExporting() || !m_status->exportButton()->isEnabled())
        return;
    m_failure.clear();
    m_status->setError({});
    m_controller->start(QDir::fromNativeSeparators(path()), format(), month(), grouping());
}

void BillExportDialog::exportDone(bool written, const QString &message)
{
    Q_EMIT exportFinished(written, message);
    if (!written) {
        m_failure = message;
        updateState();
        return;
    }
    QDialog::accept();
}

void BillExportDialog::reject()
{
    if (isExporting()) {
        m_controller->cancel();
        Q_EMIT exportFinished(false, exportCancelledMessage());
    }
    QDialog::reject();
}

} // namespace billing
