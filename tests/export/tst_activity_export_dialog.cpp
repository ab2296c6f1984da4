// ActivityExportDialog, offscreen: from the offline copy (its age, no copy, the period),
// errors that keep the dialog open, Cancel; then File → Export activity… in the main window
// against the real sandbox billing-center, and the same with the server gone.
#include "ActivityCache.h"
#include "ActivityExportDialog.h"
#include "ActivityFilterBar.h"
#include "ActivityFixtures.h"
#include "ActivityPeriod.h"
#include "ActivityQuery.h"
#include "Branding.h"
#include "ExportTestFiles.h"
#include "MainWindow.h"
#include "MainWindowFixture.h"
#include "Rfc3339.h"
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
const QDate kDay = fixedNow().date(); // the day of makeEvents()' events

template <typename T> T *child(QWidget *root, const char *name)
{
    auto *widget = root->findChild<T *>(QLatin1String(name));
    if (!widget)
        qWarning("no child %s", name);
    return widget;
}

// An offline dialog over a copy synced 3 hours ago: 30 events on kDay and 5 the day before.
std::unique_ptr<ActivityExportDialog> offlineDialog(const QTemporaryDir &cache)
{
    QList<SettlementEvent> events = makeEvents(30);
    for (int i = 0; i < 5; ++i)
        events.append(makeEvent(100 + i, 24 * 60 + i));
    const QDateTime syncedAt =
        QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() - 3 * 3600 - 60, Qt::UTC);
    AuditFilter read;
    read.since = fixedNow().addDays(-10);
    read.until = syncedAt;
    ActivityCache(cache.path(), kServer, u"alice"_qs).record(read, events, syncedAt);
    return std::make_unique<ActivityExportDialog>(
        new ActivityExportController(nullptr, cache.path(), kServer, u"alice"_qs));
}

QPushButton *cancelButton(QWidget *dialog)
{
    auto *box = dialog->findChild<QDialogButtonBox *>();
    return box ? box->button(QDialogButtonBox::Cancel) : nullptr;
}
} // namespace

class TestActivityExportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void offlineCopyShowsItsAgeAndExportsThePeriod();
    void noCopyDisablesExport();
    void reversedPeriodDisablesExport();
    void failureKeepsTheDialogOpenWithEverything();
    void cancelWhileWritingWritesNothing();
    void menuExportsWhatTheServerHas();
    void unreachableServerIsShownInTheDialog();

private:
    MainWindowFixture m_fixture{5};
    std::unique_ptr<WorkspaceSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

void TestActivityExportDialog::offlineCopyShowsItsAgeAndExportsThePeriod()
{
    QTemporaryDir cache, out;
    auto dialog = offlineDialog(cache);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    auto *age = child<QLabel>(dialog.get(), "dataAgeLabel");
    QVERIFY(age->isVisible());
    QVERIFY2(age->text().contains(u"3 hour(s)"), qPrintable(age->text()));
    // By default the Activity tab's period: the last 30 local days, today included.
    const QDate today = QDate::currentDate();
    QCOMPARE(dialog->lastDay(), today);
    QCOMPARE(dialog->firstDay(), today.addDays(-29));
    QCOMPARE(dialog->format(), ExportFormat::Csv);
    QVERIFY(dialog->path().endsWith(u"activity.csv"));

    dialog->setPeriod(kDay, kDay);
    dialog->setPath(out.filePath(u"day.csv"_qs));
    QSignalSpy finished(dialog.get(), &ActivityExportDialog::exportFinished);
    QTest::mouseClick(child<QPushButton>(dialog.get(), "exportButton"), Qt::LeftButton);
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(finished.at(0).at(0).toBool());
    QVERIFY2(finished.at(0).at(1).toString().startsWith(u"Exported 30 event(s) to "),
             qPrintable(finished.at(0).at(1).toString()));
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(readAll(out.filePath(u"day.csv"_qs)).count('\n'), 1 + 30);

    // JSON of the day before: the suffix follows the format, and the file says how old it is.
    auto again = offlineDialog(cache);
    again->show();
    QVERIFY(QTest::qWaitForWindowExposed(again.get()));
    again->setPath(out.filePath(u"before.csv"_qs));
    again->setPeriod(kDay.addDays(-1), kDay.addDays(-1));
    auto *format = child<QComboBox>(again.get(), "formatCombo");
    format->setCurrentIndex(format->findData(int(ExportFormat::Json)));
    QCOMPARE(again->path(), out.filePath(u"before.json"_qs));
    again->accept();
    QTRY_VERIFY(!again->isExporting());
    const QJsonObject root = QJsonDocument::fromJson(readAll(again->path())).object();
    QCOMPARE(root.value(u"events").toArray().size(), 5);
    QVERIFY(root.contains(u"syncedAt"));
    QCOMPARE(root[u"period"][u"until"].toString(), rfc3339::format(fixedNow().addSecs(-8 * 3600)));
}

void TestActivityExportDialog::noCopyDisablesExport()
{
    QTemporaryDir cache;
    ActivityExportDialog dialog(
        new ActivityExportController(nullptr, cache.path(), kServer, u"alice"_qs));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!child<QLabel>(&dialog, "dataAgeLabel")->isVisible());
    auto *error = child<QLabel>(&dialog, "exportErrorLabel");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"no offline copy of the activity"), qPrintable(error->text()));
    QVERIFY(!child<QPushButton>(&dialog, "exportButton")->isEnabled());
    dialog.accept(); // nothing happens
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.isExporting());
}

void TestActivityExportDialog::reversedPeriodDisablesExport()
{
    QTemporaryDir cache;
    auto dialog = offlineDialog(cache);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    auto *exportButton = child<QPushButton>(dialog.get(), "exportButton");
    auto *error = child<QLabel>(dialog.get(), "exportErrorLabel");
    QVERIFY(exportButton->isEnabled());
    child<QDateEdit>(dialog.get(), "firstDayEdit")->setDate(kDay.addDays(1));
    child<QDateEdit>(dialog.get(), "lastDayEdit")->setDate(kDay);
    QVERIFY(!exportButton->isEnabled());
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().startsWith(u"The period starts after it ends"),
             qPrintable(error->text()));
    child<QDateEdit>(dialog.get(), "lastDayEdit")->setDate(kDay.addDays(1)); // one day
    QVERIFY(exportButton->isEnabled());
    QVERIFY(!error->isVisible());
    child<QLineEdit>(dialog.get(), "pathEdit")->clear();
    QVERIFY(!exportButton->isEnabled());
}

void TestActivityExportDialog::failureKeepsTheDialogOpenWithEverything()
{
    QTemporaryDir cache, out;
    auto dialog = offlineDialog(cache);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    const QString target = out.filePath(u"missing/activity.json"_qs);
    dialog->setPeriod(kDay.addDays(-1), kDay);
    dialog->setFormat(ExportFormat::Json);
    dialog->setPath(target);
    QTest::mouseClick(child<QPushButton>(dialog.get(), "exportButton"), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isExporting());
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->result(), int(QDialog::Rejected));
    auto *error = child<QLabel>(dialog.get(), "exportErrorLabel");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"does not exist"), qPrintable(error->text()));
    QCOMPARE(dialog->errorText(), error->text());
    QCOMPARE(dialog->path(), target);
    QCOMPARE(dialog->format(), ExportFormat::Json);
    QCOMPARE(dialog->firstDay(), kDay.addDays(-1));
    QCOMPARE(dialog->lastDay(), kDay);
    QVERIFY(child<QPushButton>(dialog.get(), "exportButton")->isEnabled());
    QVERIFY(QDir(out.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());

    // Fixing the path clears the error; the export then succeeds.
    QVERIFY(QDir(out.path()).mkdir(u"missing"_qs));
    QTest::keyClicks(child<QLineEdit>(dialog.get(), "pathEdit"), u"l"_qs);
    QVERIFY(!error->isVisible());
    QTest::mouseClick(child<QPushButton>(dialog.get(), "exportButton"), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isExporting());
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(
        QJsonDocument::fromJson(readAll(target + u'l')).object().value(u"events").toArray().size(),
        35);
}

void TestActivityExportDialog::cancelWhileWritingWritesNothing()
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
    QVERIFY2(busy.contains(u"Writing 35 event(s)"), qPrintable(busy));
    QVERIFY(!child<QLineEdit>(dialog.get(), "pathEdit")->isEnabled());
    QVERIFY(!child<QDateEdit>(dialog.get(), "firstDayEdit")->isEnabled());
    QVERIFY(!child<QPushButton>(dialog.get(), "exportButton")->isEnabled());
    QTest::mouseClick(cancelButton(dialog.get()), Qt::LeftButton);
    QVERIFY(!dialog->isExporting());
    QVERIFY(!dialog->isVisible());
    QCOMPARE(dialog->result(), int(QDialog::Rejected));
    gate.release();
    pool.waitForDone();
    QCoreApplication::processEvents();
    QCOMPARE(QDir(out.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries),
             QStringList{u"kept.csv"_qs});
    QCOMPARE(readAll(target), QByteArray("old contents\n"));
}

void TestActivityExportDialog::menuExportsWhatTheServerHas()
{
    QString error;
    QVERIFY2(m_fixture.start(&error), qPrintable(error));
    for (int i = 0; i < 3; ++i) {
        createWorkspace(m_fixture.http(), workspaceBody(uniqueName(u"dialog-ws-"_qs), u"cn1"_qs),
                        &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    m_session = m_fixture.newSession();
    m_window = std::make_unique<MainWindow>(*m_session, Branding::builtIn(), true);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY2(MainWindowFixture::sync(*m_session, &error), qPrintable(error));

    auto *fileMenu = m_window->menuBar()->findChild<QMenu *>(u"fileMenu"_qs);
    QVERIFY(fileMenu);
    auto *action = m_window->findChild<QAction *>(u"exportActivityAction"_qs);
    QVERIFY(action && fileMenu->actions().contains(action));
    QVERIFY(action->isEnabled());
    // The dialog starts with the period the Activity tab shows.
    auto *filters = m_window->findChild<ActivityFilterBar *>();
    QVERIFY(filters);
    filters->setQuery(ActivityQuery::lastDays(7, QDate::currentDate()));
    action->trigger();
    auto *dialog = m_window->findChild<ActivityExportDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->firstDay(), QDate::currentDate().addDays(-6));
    QCOMPARE(dialog->lastDay(), QDate::currentDate());
    QVERIFY(!child<QLabel>(dialog, "dataAgeLabel")->isVisible()); // online: no age to tell
    QTemporaryDir out;
    const QString path = out.filePath(u"activity.json"_qs);
    dialog->setFormat(ExportFormat::Json);
    dialog->setPath(path);
    const AuditFilter period =
        activityDays(dialog->firstDay(), dialog->lastDay(), QTimeZone::systemTimeZone());
    QSignalSpy finished(dialog, &ActivityExportDialog::exportFinished);
    dialog->accept();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, MainWindowFixture::kSlowMs);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));

    const QJsonArray listed = listAll(m_fixture.http(), u"/api/v1/audit"_qs,
                                      {{u"since"_qs, rfc3339::format(period.since)},
                                       {u"until"_qs, rfc3339::format(period.until)}},
                                      &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(listed.size() >= 3);
    const QJsonObject root = QJsonDocument::fromJson(readAll(path)).object();
    QCOMPARE(root.value(u"events").toArray(), listed);
    QVERIFY(!root.contains(u"syncedAt"));
    const QString note = m_window->findChild<WorkspaceStatusBar *>()->noteText();
    QVERIFY2(note.startsWith(u"Exported "), qPrintable(note));
    // The read refreshed the profile's offline copy.
    const auto copy = ActivityCache(QDir(m_fixture.dataDirectory()).filePath(u"cache"_qs),
                                    m_fixture.profile().url, m_fixture.profile().username)
                          .load();
    QVERIFY(copy);
    QCOMPARE(copy->events.size(), listed.size());
}

void TestActivityExportDialog::unreachableServerIsShownInTheDialog()
{
    QVERIFY(m_window);
    QVERIFY(m_fixture.server().stop());
    m_window->findChild<QAction *>(u"exportActivityAction"_qs)->trigger();
    auto *dialog = m_window->findChild<ActivityExportDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTemporaryDir out;
    const QString path = out.filePath(u"activity.csv"_qs);
    dialog->setPath(path);
    dialog->setPeriod(kDay, kDay.addDays(2));
    QSignalSpy finished(dialog, &ActivityExportDialog::exportFinished);
    dialog->accept();
    QVERIFY(dialog->isExporting());
    QVERIFY2(child<QLabel>(dialog, "exportProgressLabel")->text().contains(u"Reading"),
             qPrintable(child<QLabel>(dialog, "exportProgressLabel")->text()));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, MainWindowFixture::kSlowMs);
    QVERIFY(!finished.at(0).at(0).toBool());
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->errorText().contains(u"could not be reached"),
             qPrintable(dialog->errorText()));
    QCOMPARE(dialog->path(), path);
    QCOMPARE(dialog->firstDay(), kDay);
    QCOMPARE(dialog->lastDay(), kDay.addDays(2));
    QVERIFY(!QFile::exists(path));
    dialog->reject();
    m_window.reset();
    m_session.reset();
}

QTEST_MAIN(TestActivityExportDialog)
#include "tst_activity_export_dialog.moc"
