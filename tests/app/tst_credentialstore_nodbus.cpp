// The keychain store when the session bus cannot be reached. ctest runs this with
// DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/bus and no keyring variables.
#include "ApplicationInfo.h"
#include "KeychainCredentialStore.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace billing;
using namespace std::chrono_literals;
using Status = CredentialResult::Status;

namespace {
constexpr auto kRetryDelay = 300ms;
const QString kPassword = u"nodbus-secret-\u00f8-4711"_qs;

// Turns a store's callback into a signal, so the tests can wait with QSignalSpy.
class ResultCatcher : public QObject
{
    Q_OBJECT

public:
    CredentialCallback callback()
    {
        return [this](const CredentialResult &result) {
            this->result = result;
            Q_EMIT done();
        };
    }
    CredentialResult result;

Q_SIGNALS:
    void done();
};

QStringList filesUnder(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!QFileInfo(path).isDir())
            files << path;
    }
    return files;
}
} // namespace

class TestCredentialStoreNoDbus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyOperationFails_data();
    void everyOperationFails();
    void nothingWrittenUnderHome();

private:
    // A HOME of our own (set before any keychain call), so that "nothing was written" cannot
    // be confused by tests running alongside in the shared one.
    QTemporaryDir m_home;
    KeychainCredentialStore m_store;
};

void TestCredentialStoreNoDbus::initTestCase()
{
    QCOMPARE(qgetenv("DBUS_SESSION_BUS_ADDRESS"), QByteArray("unix:path=/nonexistent/bus"));
    QVERIFY(qEnvironmentVariableIsEmpty("GNOME_KEYRING_CONTROL"));
    QVERIFY(m_home.isValid());

    const QString home = m_home.path();
    qputenv("HOME", QFile::encodeName(home));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home + u"/.config"));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home + u"/.local/share"));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(home + u"/.cache"));
    qputenv("XDG_STATE_HOME", QFile::encodeName(home + u"/.local/state"));
    QCOMPARE(QDir::homePath(), home);
    QVERIFY(
        QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation).startsWith(home));

    m_store.setRetryDelay(kRetryDelay);
}

void TestCredentialStoreNoDbus::everyOperationFails_data()
{
    QTest::addColumn<int>("operation");
    QTest::newRow("write") << 1;
    QTest::newRow("read") << 0;
    QTest::newRow("remove") << 2;
}

void TestCredentialStoreNoDbus::everyOperationFails()
{
    QFETCH(int, operation);
    const CredentialKey key(QUrl(u"https://billing.example.com"_qs), u"alice"_qs);
    ResultCatcher catcher;
    QSignalSpy spy(&catcher, &ResultCatcher::done);
    QElapsedTimer clock;
    clock.start();
    if (operation == 0)
        m_store.read(key, &catcher, catcher.callback());
    else if (operation == 1)
        m_store.write(key, kPassword, &catcher, catcher.callback());
    else
        m_store.remove(key, &catcher, catcher.callback());
    QVERIFY(spy.wait(30000));
    QCOMPARE(spy.count(), 1);

    const CredentialResult &result = catcher.result;
    QCOMPARE(result.status, Status::NoBackend);
    QVERIFY(result.password.isEmpty());
    QVERIFY2(result.message.contains(u"keychain", Qt::CaseInsensitive), qPrintable(result.message));
    QVERIFY2(!result.message.contains(kPassword), qPrintable(result.message));
    // Tried once more after the retry delay, as for a keychain that is not up yet.
    QVERIFY2(clock.elapsed() >= kRetryDelay.count(), qPrintable(QString::number(clock.elapsed())));
}

void TestCredentialStoreNoDbus::nothingWrittenUnderHome()
{
    const QStringList written = filesUnder(m_home.path());
    QVERIFY2(written.isEmpty(), qPrintable(written.join(u", ")));
    // QtKeychain's insecure fallback would have used QSettings named after the service.
    const QSettings fallback(applicationId());
    QVERIFY(!QFileInfo::exists(fallback.fileName()));
}

QTEST_GUILESS_MAIN(TestCredentialStoreNoDbus)
#include "tst_credentialstore_nodbus.moc"
