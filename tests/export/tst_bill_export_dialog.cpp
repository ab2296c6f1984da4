// BillExportDialog, offscreen: from a month's offline copy (its age, a month without a copy,
// the file name following the month), a failure that keeps the dialog open, Cancel; then
// File → Export bill… in the main window against the real sandbox billing-center with the
// demo account's settled days, and the same with the server gone (the copy it left is used).
#include "BillCache.h"
#include "BillExportDialog.h"
#include "BillFixtures.h"
#include "BillMonth.h"
#include "Branding.h"
#include "ExportTestFiles.h"
#include "MainWindow.h"
#include "MainWindowFixture.h"
#include "WorkspaceExport.h"
#include "WorkspaceStatusBar.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace billing;
using namespace billing::test;

namespace {
const QUrl kServer(u"https://billing.example.com"_qs);

template <typename T> T *child(QWidget *root, const char *name)
{
    auto *widget = root->findChild<T *>(QLatin1String(name));
    if (!widget)
        qWarning("no child %s", name);
    return widget;
}

// An offline dialog over a copy of November 2026 synced 3 hours ago.
std::unique_ptr<BillExportDialog> offlineDialog(const QTemporaryDir &cache)
{
    const QDateTime syncedAt =
        QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() - 3 * 3600 - 60, Qt::UTC);
    BillCache(cache.path(), kServer, u"alice"_qs, u"2026-11"_qs).save(monthOfLines(), syncedAt);
    auto dialog = std::make_unique<BillExportDialog>(
        new BillExportController(nullptr, cache.path(), kServer, u"alice"_qs));
    dialog->setMonth(QDate(2026, 11, 17));
    return dialog;
}

QPushButton *cancelButton(QWidget *dialog)
{
    auto *box = dialog->findChild<QDialogButtonBox *>();
    return box ? box->button(QDialogButtonBox::Cancel) : nullptr;
}

qint64 centsOf(const QJsonValue &amount)
{
    return money::parseScaled(amount.toString(), 2).value_or(-1);
}
} // namespace

class TestBillExportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void offlineCopyShowsItsAgeAndExportsTheMonth();
    void monthWithoutCopyDisablesExport();
    void failureKeepsTheDialogOpenWithEverything();
    void cancelWhileWritingWritesNothing();
    void menuExportsWhatTheServerBills();
    void unreachableServerUsesTheMonthsCopy();

private:
    MainWindowFixture m_fixture{5};
    std::unique_ptr<WorkspaceSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    QString m_month; // of the server's bill, once read
};

void TestBillExportDialog::offlineCopyShowsItsAgeAndExportsTheMonth()
{
    QTemporaryDir cache, out;
    auto dialog = offlineDialog(cache);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    QCOMPARE(dialog->month(), u"2026-11"_qs);
    QVERIFY2(dialog->ageText().contains(u"3 hour(s)"), qPrintable(dialog->ageText()));
    QVERIFY(child<QLabel>(dialog.get(), "dataAgeLabel")->isVisible());
    QCOMPARE(dialog->grouping(), BillGrouping::Payer);
    QCOMPARE(dialog->format(), BillFormat::Csv);
    QVERIFY2(dialog->path().endsWith(u"bill-2026-11.csv"), qPrintable(dialog->path()));

    dialog->setGrouping(BillGrouping::Item);
    auto *format = child<QComboBox>(dialog.get(), "formatCombo");
    format->setCurrentIndex(format->findData(int(ExportFormat::Xlsx)));
    QCOMPARE(dialog->format(), BillFormat::Xlsx);
    QVERIFY2(dialog->path().endsWith(u"bill-2026-11.xlsx"), qPrintable(dialog->path()));
    format->setCurrentIndex(format->findData(int(ExportFormat::Json)));
    QVERIFY2(dialog->path().endsWith(u"bill-2026-11.json"), qPrintable(dialog->path()));
    dialog->setPath(out.filePath(u"items.json"_qs));
    QSignalSpy finished(dialog.get(), &BillExportDialog::exportFinished);
    QTest::mouseClick(child<QPushButton>(dialog.get(), "exportButton"), Qt::LeftButton);
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(finished.at(0).at(0).toBool());
    const QString message = finished.at(0).at(1).toString();
    QVERIFY2(message.startsWith(u"Exported the bill 2026-11 (270 line(s), total "),
             qPrintable(message));
    QVERIFY2(message.contains(u"offline copy"), qPrintable(message));
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    const QJsonObject root =
        QJsonDocument::fromJson(readAll(out.filePath(u"items.json"_qs))).object();
    QCOMPARE(root.value(u"by").toString(), u"item"_qs);
    QVERIFY(root.contains(u"syncedAt"));
    QCOMPARE(centsOf(root.value(u"total")), totalCents(monthOfLines()));
    qint64 sum = 0;
    for (const QJsonValue &row : root.value(u"rows").toArray())
        sum += centsOf(row[u"total"]);
    QCOMPARE(sum, totalCents(monthOfLines()));
}

void TestBillExportDialog::monthWithoutCopyDisablesExport()
{
    QTemporaryDir cache;
    auto dialog = offlineDialog(cache);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    auto *exportButton = child<QPushButton>(dialog.get(), "exportButton");
    auto *error = child<QLabel>(dialog.get(), "exportErrorLabel");
    QVERIFY(exportButton->isEnabled());
    child<QDateEdit>(dialog.get(), "monthEdit")->setDate(QDate(2026, 10, 1));
    QCOMPARE(dialog->month(), u"2026-10"_qs);
    QVERIFY(dialog->path().endsWith(u"bill-2026-10.csv"));
    QVERIFY(!exportButton->isEnabled());
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"no offline copy of the bill 2026-10"),
             qPrintable(error->text()));
    QVERIFY(dialog->ageText().isEmpty());
    dialog->accept(); // nothing happens
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isExporting());
    dialog->setMonth(QDate(2026, 11, 30));
    QVERIFY(exportButton->isEnabled());
    QVERIFY(!error->isVisible());
    child<QLineEdit>(dialog.get(), "pathEdit")->clear();
    QVERIFY(!exportButton->isEnabled());
}

void TestBillExportDialog::failureKeepsTheDialogOpenWithEverything()
{
    QTemporaryDir cache, out;
    auto dialog = offlineDialog(cache);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    const QString target = out.filePath(u"missing/bill.csv"_qs);
    dialog->setGrouping(BillGrouping::Workspace);
    dialog->setPath(target);
    QTest::mouseClick(child<QPushButton>(dialog.get(), "exportButton"), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isExporting());
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->result(), int(QDialog::Rejected));
    QVERIFY2(dialog->errorText().contains(u"does not exist"), qPrintable(dialog->errorText()));
    QCOMPARE(dialog->path(), target);
    QCOMPARE(dialog->grouping(), BillGrouping::Workspace);
    QCOMPARE(dialog->month(), u"2026-11"_qs);
    QVERIFY(filesIn(out.path()).isEmpty());
    QVERIFY(QDir(out.path()).mkdir(u"missing"_qs));
    QTest::keyClicks(child<QLineEdit>(dialog.get(), "pathEdit"), u"v"_qs);
    QVERIFY(dialog->errorText().isEmpty());
    QTest::mouseClick(child<QPushButton>(dialog.get(), "exportButton"), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isExporting());
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    // Three workspaces, the header and the total row.
    QCOMPARE(readAll(target + u'v').count('\n'), 1 + 3 + 1);
}

void TestBillExportDialog::cancelWhileWritingWritesNothing()
{
    QTemporaryDir cache, out;
    const QString target = out.filePath(u"kept.csv"_qs);
    QFile old(target);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("old contents\n");
    old.close();
    // The pool's only thread is held until the dialog was cancelled.
    QThreadPool pool;
    pool.setMaxThreadCount(1);
    QSemaphore gate;
    pool.start([&gate] { gate.acquire(); });
    auto dialog = offlineDialog(cache);
    dialog->controller().setThreadPool(&pool);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    dialog->setPath(target);
    QTest::mouseClick(child<QPushButton>(dialog.get(), "exportButton"), Qt::LeftButton);
    QVERIFY(dialog->isExporting());
    QVERIFY(child<QProgressBar>(dialog.get(), "exportProgressBar")->isVisible());
    const QString busy = child<QLabel>(dialog.get(), "exportProgressLabel")->text();
    QVERIFY2(busy.contains(u"Writing 270 bill line(s)"), qPrintable(busy));
    QVERIFY(!child<QDateEdit>(dialog.get(), "monthEdit")->isEnabled());
    QVERIFY(!child<QComboBox>(dialog.get(), "groupingCombo")->isEnabled());
    QVERIFY(!child<QPushButton>(dialog.get(), "exportButton")->isEnabled());
    QTest::mouseClick(cancelButton(dialog.get()), Qt::LeftButton);
    QVERIFY(!dialog->isExporting());
    QVERIFY(!dialog->isVisible());
    gate.release();
    pool.waitForDone();
    QCoreApplication::processEvents();
    QCOMPARE(filesIn(out.path()), QStringList{u"kept.csv"_qs});
    QCOMPARE(readAll(target), QByteArray("old contents\n"));
}

void TestBillExportDialog::menuExportsWhatTheServerBills()
{
    QString error;
    QVERIFY2(m_fixture.start(&error), qPrintable(error));
    m_session = m_fixture.newSession();
    m_window = std::make_unique<MainWindow>(*m_session, Branding::builtIn(), true);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY2(MainWindowFixture::sync(*m_session, &error), qPrintable(error));

    auto *fileMenu = m_window->menuBar()->findChild<QMenu *>(u"fileMenu"_qs);
    auto *action = m_window->findChild<QAction *>(u"exportBillAction"_qs);
    QVERIFY(fileMenu && action && fileMenu->actions().contains(action));
    QVERIFY(action->isEnabled());
    action->trigger();
    auto *dialog = m_window->findChild<BillExportDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    // Without a month from the Costs tab: the current month in Beijing time.
    QCOMPARE(dialog->month(), currentBillMonth(QDateTime::currentDateTimeUtc()));
    QVERIFY(dialog->ageText().isEmpty()); // online: no age to tell
    // The last whole month of the demo account's 90 settled days.
    m_month = billMonthText(parseBillMonth(dialog->month()).addMonths(-1));
    dialog->setMonth(parseBillMonth(m_month));
    dialog->setGrouping(BillGrouping::Payer);
    dialog->setFormat(BillFormat::Json);
    QTemporaryDir out;
    const QString path = out.filePath(u"payers.json"_qs);
    dialog->setPath(path);
    QSignalSpy finished(dialog, &BillExportDialog::exportFinished);
    dialog->accept();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, MainWindowFixture::kSlowMs);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));

    const HttpReply reply = m_fixture.http().get(u"/api/v1/bills"_qs, {{u"month"_qs, m_month}});
    QVERIFY2(reply.status == 200, qPrintable(reply.describe()));
    const QJsonObject statement = reply.object();
    const QJsonObject root = QJsonDocument::fromJson(readAll(path)).object();
    QVERIFY(!root.contains(u"syncedAt"));
    QCOMPARE(root.value(u"total").toString(), statement.value(u"total").toString());
    QVERIFY(centsOf(root.value(u"total")) > 0);
    // Payer by payer, the figures the server's statement shows, to the cent.
    QCOMPARE(root.value(u"rows").toArray(), statement.value(u"byPayer").toArray());
    const QString note = m_window->findChild<WorkspaceStatusBar *>()->noteText();
    QVERIFY2(note.startsWith(u"Exported the bill "_qs + m_month), qPrintable(note));
    // The read saved the month's offline copy.
    const auto copy = BillCache(QDir(m_fixture.dataDirectory()).filePath(u"cache"_qs),
                                m_fixture.profile().url, m_fixture.profile().username, m_month)
                          .load();
    QVERIFY(copy);
    QCOMPARE(totalCents(copy->lines), centsOf(statement.value(u"total")));
}

void TestBillExportDialog::unreachableServerUsesTheMonthsCopy()
{
    QVERIFY(m_window);
    QVERIFY(m_fixture.server().stop());
    m_window->findChild<QAction *>(u"exportBillAction"_qs)->trigger();
    auto *dialog = m_window->findChild<BillExportDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    dialog->setMonth(parseBillMonth(m_month));
    dialog->setGrouping(BillGrouping::Line);
    QTemporaryDir out;
    const QString path = out.filePath(u"lines.csv"_qs);
    dialog->setPath(path);
    QSignalSpy finished(dialog, &BillExportDialog::exportFinished);
    dialog->accept();
    QVERIFY(dialog->isExporting());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, MainWindowFixture::kSlowMs);
    const QString message = finished.at(0).at(1).toString();
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(message));
    QVERIFY2(message.contains(u"could not be reached"_qs), qPrintable(message));
    QVERIFY2(message.contains(u"Using the offline copy of the bill "_qs + m_month),
             qPrintable(message));
    const QByteArray csv = readAll(path);
    QVERIFY(csv.startsWith("day,workspace_id,"));
    QVERIFY(csv.count('\n') > 30);
    m_window.reset();
    m_session.reset();
}

QTEST_MAIN(TestBillExportDialog)
#include "tst_bill_export_dialog.moc"
