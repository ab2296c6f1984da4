// ExportDialog and PlanImportDialog, offscreen: scopes with counts, the offline age, errors
// that keep the dialog open, and a plan's issues and changes.
#include "ExportDialog.h"
#include "PlanImportDialog.h"
#include "PlanReader.h"
#include "WorkspaceFixtures.h"
#include "XlsxTestReader.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace billing;
using namespace billing::test;

namespace {
ExportSources sources(bool fromCache = false)
{
    ExportSources s;
    s.all = syntheticWorkspaces(12);
    s.filtered = s.all.mid(0, 5);
    s.server = QUrl(u"https://billing.example.com"_qs);
    s.username = u"demo"_qs;
    s.syncedAt = QDateTime::currentDateTimeUtc().addSecs(-3 * 3600 - 60);
    s.fromCache = fromCache;
    return s;
}

template <typename T> T *child(QWidget *root, const char *name)
{
    auto *widget = root->findChild<T *>(QLatin1String(name));
    if (!widget)
        qWarning("no child %s", name);
    return widget;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    return file.fileName();
}

QPushButton *cancelButton(QWidget *dialog)
{
    auto *box = dialog->findChild<QDialogButtonBox *>();
    return box ? box->button(QDialogButtonBox::Cancel) : nullptr;
}

// A plan for current() that stages one change: the first workspace moves to Aliyun.
QByteArray oneChangePlan(const QList<Workspace> &current)
{
    return "id,name,site,language,method,aliyun_account_id,instance_id,status\n"
           + current.at(0).id.toUtf8() + ",a,cn1,en,aliyun,1234567890123456,6227091,active\n";
}
} // namespace

class TestExportDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scopesShowCountsAndEmptyOnesAreDisabled();
    void exportsTheChosenScopeAndFormat();
    void exportsAnExcelWorkbook();
    void failureKeepsTheDialogOpenWithEverything();
    void cachedDataShowsItsAge();
    void exportOfHundredThousandRowsRunsOffTheGuiThread();
    void cancelledExportWritesNothing();
    void planImportListsIssuesAndStagesValidRows();
    void planImportOfUnchangedPlanOffersNothing();
    void planImportIsBusyThenShowsTheResult();
    void cancelWhileReadingStagesNothing();
    void planOverTheLimitOffersNothing();
};

void TestExportDialogs::scopesShowCountsAndEmptyOnesAreDisabled()
{
    ExportDialog dialog(sources());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *all = child<QRadioButton>(&dialog, "scopeAllRadio");
    auto *selection = child<QRadioButton>(&dialog, "scopeSelectionRadio");
    auto *filtered = child<QRadioButton>(&dialog, "scopeFilteredRadio");
    QVERIFY(all && selection && filtered);
    QVERIFY(all->text().contains(u"(12)"));
    QVERIFY(selection->text().contains(u"(0)"));
    QVERIFY(filtered->text().contains(u"(5)"));
    QVERIFY(!selection->isEnabled());
    QVERIFY(all->isChecked());
    QVERIFY(!child<QLabel>(&dialog, "dataAgeLabel")->isVisible());

    ExportDialog empty(ExportSources{});
    QVERIFY(!child<QPushButton>(&empty, "exportButton")->isEnabled());
}

void TestExportDialogs::exportsTheChosenScopeAndFormat()
{
    QTemporaryDir dir;
    ExportDialog dialog(sources());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.setPath(dir.filePath(u"view.json"_qs));
    QTest::mouseClick(child<QRadioButton>(&dialog, "scopeFilteredRadio"), Qt::LeftButton, {},
                      QPoint(6, 6));
    QCOMPARE(dialog.scope(), ExportDialog::Scope::Filtered);
    auto *format = child<QComboBox>(&dialog, "formatCombo");
    format->setCurrentIndex(format->findData(int(ExportFormat::Csv)));
    QCOMPARE(dialog.path(), dir.filePath(u"view.csv"_qs)); // the suffix follows the format
    QTest::mouseClick(child<QPushButton>(&dialog, "exportButton"), Qt::LeftButton);
    QTRY_VERIFY(!dialog.isExporting());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QFile file(dir.filePath(u"view.csv"_qs));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count('\n'), 1 + 5);
}

void TestExportDialogs::exportsAnExcelWorkbook()
{
    QTemporaryDir dir;
    ExportDialog dialog(sources());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.setPath(dir.filePath(u"all.json"_qs));
    auto *format = child<QComboBox>(&dialog, "formatCombo");
    const int excel = format->findData(int(ExportFormat::Xlsx));
    QVERIFY(excel >= 0);
    QCOMPARE(format->itemText(excel), u"Excel (.xlsx)"_qs);
    format->setCurrentIndex(excel);
    QCOMPARE(dialog.format(), ExportFormat::Xlsx);
    QCOMPARE(dialog.path(), dir.filePath(u"all.xlsx"_qs)); // the suffix follows the format
    QTest::mouseClick(child<QPushButton>(&dialog, "exportButton"), Qt::LeftButton);
    QTRY_VERIFY(!dialog.isExporting());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    // A workbook with the twelve workspaces under the plan's header.
    QFile file(dir.filePath(u"all.xlsx"_qs));
    QVERIFY(file.open(QIODevice::ReadOnly));
    TestXlsxWorkbook workbook(file.readAll());
    const auto sheet = workbook.sheet(u"Workspaces"_qs);
    QVERIFY2(sheet, qPrintable(workbook.errorString()));
    QCOMPARE(sheet->values(0, 10), PlanReader::csvHeader());
    QCOMPARE(sheet->rowCount, 1 + 12);
    QCOMPARE(sheet->cell(1, 0).value, sources().all.first().id);
}

void TestExportDialogs::failureKeepsTheDialogOpenWithEverything()
{
    QTemporaryDir dir;
    ExportDialog dialog(sources());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString target = dir.filePath(u"missing/export.json"_qs);
    dialog.setPath(target);
    dialog.setScope(ExportDialog::Scope::Filtered);
    dialog.setFormat(ExportFormat::Json);
    QTest::mouseClick(child<QPushButton>(&dialog, "exportButton"), Qt::LeftButton);
    QTRY_VERIFY(!dialog.isExporting());
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    auto *error = child<QLabel>(&dialog, "exportErrorLabel");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"does not exist"), qPrintable(error->text()));
    QCOMPARE(dialog.errorText(), error->text());
    QCOMPARE(dialog.path(), target);
    QCOMPARE(dialog.scope(), ExportDialog::Scope::Filtered);
    QVERIFY(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());

    // Fixing the path clears the error; the export then succeeds.
    QVERIFY(QDir(dir.path()).mkdir(u"missing"_qs));
    QTest::keyClicks(child<QLineEdit>(&dialog, "pathEdit"), u"l"_qs);
    QVERIFY(!error->isVisible());
    QTest::mouseClick(child<QPushButton>(&dialog, "exportButton"), Qt::LeftButton);
    QTRY_VERIFY(!dialog.isExporting());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(QFile::exists(target + u'l'));
}

void TestExportDialogs::cachedDataShowsItsAge()
{
    QTemporaryDir dir;
    ExportDialog dialog(sources(true));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *age = child<QLabel>(&dialog, "dataAgeLabel");
    QVERIFY(age->isVisible());
    QVERIFY2(age->text().contains(u"3 hour(s)"), qPrintable(age->text()));
    dialog.setPath(dir.filePath(u"cached.json"_qs));
    dialog.accept();
    QTRY_VERIFY(!dialog.isExporting());
    QFile file(dir.filePath(u"cached.json"_qs));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(QJsonDocument::fromJson(file.readAll()).object().contains(u"syncedAt"));
}

void TestExportDialogs::exportOfHundredThousandRowsRunsOffTheGuiThread()
{
    QTemporaryDir dir;
    ExportSources big = sources();
    big.all = syntheticWorkspaces(100000);
    ExportDialog dialog(big);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.setFormat(ExportFormat::Csv);
    dialog.setPath(dir.filePath(u"big.csv"_qs));
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    QTest::mouseClick(child<QPushButton>(&dialog, "exportButton"), Qt::LeftButton);
    // The result arrives through the event loop, which has not run yet: still busy.
    QVERIFY(dialog.isExporting());
    QVERIFY(child<QProgressBar>(&dialog, "exportProgressBar")->isVisible());
    const QString busy = child<QLabel>(&dialog, "exportProgressLabel")->text();
    QVERIFY2(busy.contains(u"100000"), qPrintable(busy));
    QVERIFY(!child<QLineEdit>(&dialog, "pathEdit")->isEnabled());
    QVERIFY(!child<QComboBox>(&dialog, "formatCombo")->isEnabled());
    QVERIFY(!child<QPushButton>(&dialog, "exportButton")->isEnabled());
    QVERIFY(cancelButton(&dialog)->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QFile file(dir.filePath(u"big.csv"_qs));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QCOMPARE(csv.count('\n'), 1 + 100000);
    QVERIFY(csv.endsWith("\r\n"));
}

void TestExportDialogs::cancelledExportWritesNothing()
{
    QTemporaryDir dir;
    const QString target = writeFile(dir, u"kept.csv"_qs, "old contents\n");
    QVERIFY(!target.isEmpty());
    // The only thread of this pool is held until the dialog was cancelled, so the export
    // starts after Cancel whatever the machine's speed.
    QThreadPool pool;
    pool.setMaxThreadCount(1);
    QSemaphore gate;
    pool.start([&gate] { gate.acquire(); });
    ExportDialog dialog(sources());
    dialog.setThreadPool(&pool);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.setFormat(ExportFormat::Csv);
    dialog.setPath(target);
    QTest::mouseClick(child<QPushButton>(&dialog, "exportButton"), Qt::LeftButton);
    QVERIFY(dialog.isExporting());
    QTest::mouseClick(cancelButton(&dialog), Qt::LeftButton);
    QVERIFY(!dialog.isExporting());
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    gate.release();
    pool.waitForDone();
    QCoreApplication::processEvents();
    QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries),
             QStringList{u"kept.csv"_qs});
    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("old contents\n"));
    QVERIFY(dialog.errorText().isEmpty());
}

void TestExportDialogs::planImportListsIssuesAndStagesValidRows()
{
    const QList<Workspace> current{makeWorkspace(1, u"a"_qs, u"cn1"_qs),
                                   makeWorkspace(2, u"b"_qs, u"cn1"_qs),
                                   makeWorkspace(3, u"c"_qs, u"cn1"_qs)};
    QByteArray csv = "id,name,site,language,method,aliyun_account_id,instance_id,status\n";
    csv += current.at(0).id.toUtf8() + ",a,cn1,en,aliyun,1234567890123456,6227091,active\n";
    csv += current.at(1).id.toUtf8() + ",b,cn1,zh,aliyun,12x,6227091,active\n";
    csv += current.at(2).id.toUtf8() + ",c,cn1,en,billing_center,,,active\n";
    QTemporaryDir dir;
    PlanImportDialog dialog(writeFile(dir, u"plan.csv"_qs, csv), current);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTRY_VERIFY(!dialog.isReading());
    auto *table = child<QTableWidget>(&dialog, "planIssuesTable");
    QVERIFY(table->isVisible());
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), u"3"_qs);
    QCOMPARE(table->item(0, 1)->text(), u"6"_qs);
    QCOMPARE(table->item(0, 2)->text(), u"aliyun_account_id"_qs);
    QVERIFY(!table->item(0, 3)->text().isEmpty());
    const QString summary = child<QLabel>(&dialog, "planSummaryLabel")->text();
    QVERIFY2(summary.contains(u"1 change(s) to stage, 1 row(s) unchanged"), qPrintable(summary));
    QVERIFY2(summary.endsWith(u"Read as CSV, UTF-8, separated by commas."), qPrintable(summary));
    auto *stage = child<QPushButton>(&dialog, "stageChangesButton");
    QVERIFY(stage->isEnabled());
    QCOMPARE(stage->text(), u"&Stage 1 change(s)"_qs);
    QTest::mouseClick(stage, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.changes().size(), 1);
    QCOMPARE(dialog.changes().constFirst().workspaceId(), current.at(0).id);
}

void TestExportDialogs::planImportOfUnchangedPlanOffersNothing()
{
    const QList<Workspace> current{makeWorkspace(1, u"a"_qs, u"cn1"_qs)};
    QTemporaryDir dir;
    const QString path =
        writeFile(dir, u"plan.csv"_qs,
                  "id,name,site,language,method,aliyun_account_id,instance_id,status\n"
                      + current.at(0).id.toUtf8() + ",a,cn1,en,billing_center,,,active\n");
    PlanImportDialog dialog(path, current);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTRY_VERIFY(!dialog.isReading());
    QVERIFY(!child<QTableWidget>(&dialog, "planIssuesTable")->isVisible());
    QVERIFY(!child<QPushButton>(&dialog, "stageChangesButton")->isEnabled());
    QVERIFY(child<QLabel>(&dialog, "planSummaryLabel")->text().contains(u"already as planned"));

    PlanImportDialog missing(dir.filePath(u"none.csv"_qs), current);
    QTRY_VERIFY(!missing.isReading());
    QVERIFY(missing.changes().isEmpty());
    QVERIFY(child<QLabel>(&missing, "planSummaryLabel")->text().contains(u"cannot be read"));
    QCOMPARE(child<QTableWidget>(&missing, "planIssuesTable")->rowCount(), 1);
}

void TestExportDialogs::planImportIsBusyThenShowsTheResult()
{
    const QList<Workspace> current{makeWorkspace(1, u"a"_qs, u"cn1"_qs)};
    QTemporaryDir dir;
    PlanImportDialog dialog(writeFile(dir, u"plan.csv"_qs, oneChangePlan(current)), current);
    QSignalSpy ready(&dialog, &PlanImportDialog::resultReady);
    // The result comes through the event loop, which has not run yet.
    QVERIFY(dialog.isReading());
    QVERIFY(dialog.changes().isEmpty());
    const QString summary = child<QLabel>(&dialog, "planSummaryLabel")->text();
    QVERIFY2(summary.startsWith(u"Reading ") && summary.contains(u"plan.csv"), qPrintable(summary));
    QVERIFY(child<QProgressBar>(&dialog, "planProgressBar")->isVisibleTo(&dialog));
    auto *stage = child<QPushButton>(&dialog, "stageChangesButton");
    QVERIFY(!stage->isEnabled());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTRY_COMPARE(ready.count(), 1);
    QVERIFY(!dialog.isReading());
    QVERIFY(!child<QProgressBar>(&dialog, "planProgressBar")->isVisible());
    QVERIFY(stage->isEnabled());
    QCOMPARE(stage->text(), u"&Stage 1 change(s)"_qs);
    QCOMPARE(dialog.changes().size(), 1);
    QCOMPARE(dialog.importResult().rows, 1);
}

void TestExportDialogs::cancelWhileReadingStagesNothing()
{
    const QList<Workspace> current{makeWorkspace(1, u"a"_qs, u"cn1"_qs)};
    QTemporaryDir dir;
    PlanImportDialog dialog(writeFile(dir, u"plan.csv"_qs, oneChangePlan(current)), current);
    QSignalSpy ready(&dialog, &PlanImportDialog::resultReady);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.show();
    QVERIFY(dialog.isReading());
    cancelButton(&dialog)->click();
    QVERIFY(!dialog.isReading());
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    // Let the abandoned read finish and any queued result be delivered: it is dropped.
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    QCOMPARE(ready.count(), 0);
    QCOMPARE(accepted.count(), 0);
    QVERIFY(dialog.changes().isEmpty());
}

void TestExportDialogs::planOverTheLimitOffersNothing()
{
    // Refused before a row is read: nothing to stage, so what is staged stays as it was.
    const QList<Workspace> current{makeWorkspace(1, u"a"_qs, u"cn1"_qs)};
    QTemporaryDir dir;
    const QString path = writeFile(dir, u"plan.csv"_qs, oneChangePlan(current));
    QVERIFY(QFile::resize(path, PlanReader::kMaxFileBytes + 1));
    PlanImportDialog dialog(path, current);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTRY_VERIFY(!dialog.isReading());
    QVERIFY(dialog.changes().isEmpty());
    QVERIFY(!child<QPushButton>(&dialog, "stageChangesButton")->isEnabled());
    QVERIFY(child<QLabel>(&dialog, "planSummaryLabel")->text().contains(u"nothing can be staged"));
    auto *table = child<QTableWidget>(&dialog, "planIssuesTable");
    QCOMPARE(table->rowCount(), 1);
    QVERIFY2(table->item(0, 3)->text().contains(u"at most 64 MiB"_qs),
             qPrintable(table->item(0, 3)->text()));
}

QTEST_MAIN(TestExportDialogs)
#include "tst_export_dialogs.moc"
