// Against the real Secret Service: run inside a D-Bus session with an unlocked gnome-keyring
// (scripts/test does that with a throwaway HOME).
#include "KeychainCredentialStore.h"

#include <QDirIterator>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace billing;
using namespace std::chrono_literals;
using Status = CredentialResult::Status;

namespace {
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

QString uniqueSuffix()
{
    return QString::number(QRandomGenerator::system()->generate64(), 36);
}

// Every regular file under the folders a careless store could write to, and how many were
// read, so "not found" cannot come from looking nowhere.
struct Leak {
    QStringList files;
    int scanned = 0;
};

Leak findInFiles(const QList<QByteArray> &needles)
{
    QStringList roots{QDir::homePath()};
    for (const char *variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME",
                                 "XDG_STATE_HOME", "XDG_RUNTIME_DIR"}) {
        if (!qEnvironmentVariableIsEmpty(variable))
            roots << qEnvironmentVariable(variable);
    }
    for (const auto location :
         {QStandardPaths::AppDataLocation, QStandardPaths::AppConfigLocation,
          QStandardPaths::GenericConfigLocation, QStandardPaths::GenericDataLocation,
          QStandardPaths::CacheLocation, QStandardPaths::RuntimeLocation})
        roots << QStandardPaths::writableLocation(location);
    roots.removeDuplicates();

    Leak leak;
    QSet<QString> seen;
    for (const QString &root : std::as_const(roots)) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QFileInfo info(it.next());
            // Regular files only: reading a socket or FIFO would block.
            if (!info.isFile() || info.isSymLink() || info.size() > 64 * 1024 * 1024
                || seen.contains(info.absoluteFilePath()))
                continue;
            seen.insert(info.absoluteFilePath());
            QFile file(info.absoluteFilePath());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray content = file.readAll();
            ++leak.scanned;
            for (const QByteArray &needle : needles) {
                if (content.contains(needle))
                    leak.files << info.absoluteFilePath();
            }
        }
    }
    return leak;
}
} // namespace

class TestCredentialStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrip();
    void keysAreDistinct();
    void sameServerSpelledTwiceIsOneEntry();
    void unicodePasswords_data();
    void unicodePasswords();
    void passwordNeverInAFile();
    void deadContextGetsNoCallback();

private:
    CredentialResult read(const CredentialKey &key);
    CredentialResult write(const CredentialKey &key, const QString &password);
    CredentialResult remove(const CredentialKey &key);
    template <typename Call> CredentialResult wait(Call call);

    KeychainCredentialStore m_store;
    const QString m_run = uniqueSuffix();
};

template <typename Call> CredentialResult TestCredentialStore::wait(Call call)
{
    ResultCatcher catcher;
    QSignalSpy spy(&catcher, &ResultCatcher::done);
    call(&catcher, catcher.callback());
    if (!spy.wait(30000)) {
        CredentialResult timedOut;
        timedOut.message = u"no answer from the store within 30 s"_qs;
        return timedOut;
    }
    return catcher.result;
}

CredentialResult TestCredentialStore::read(const CredentialKey &key)
{
    return wait([&](QObject *context, CredentialCallback callback) {
        m_store.read(key, context, std::move(callback));
    });
}

CredentialResult TestCredentialStore::write(const CredentialKey &key, const QString &password)
{
    return wait([&](QObject *context, CredentialCallback callback) {
        m_store.write(key, password, context, std::move(callback));
    });
}

CredentialResult TestCredentialStore::remove(const CredentialKey &key)
{
    return wait([&](QObject *context, CredentialCallback callback) {
        m_store.remove(key, context, std::move(callback));
    });
}

void TestCredentialStore::initTestCase()
{
    m_store.setRetryDelay(200ms);
    const CredentialResult probe =
        read(CredentialKey(QUrl(u"https://probe.example.com"_qs), u"probe-"_qs + m_run));
    if (probe.status == Status::NoBackend && qEnvironmentVariableIsEmpty("GNOME_KEYRING_CONTROL"))
        QSKIP(qPrintable(u"no Secret Service here; run through scripts/test, or inside "
                         "dbus-run-session with an unlocked gnome-keyring: "_qs
                         + probe.message));
    QVERIFY2(probe.status == Status::NotFound, qPrintable(probe.message));
}

void TestCredentialStore::roundTrip()
{
    const CredentialKey key(QUrl(u"https://billing.example.com"_qs), u"alice-"_qs + m_run);
    const QString first = u"first-"_qs + uniqueSuffix();
    const QString second = u"second-"_qs + uniqueSuffix();

    CredentialResult result = write(key, first);
    QVERIFY2(result.ok(), qPrintable(result.message));
    result = read(key);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.password, first);

    result = write(key, second);
    QVERIFY2(result.ok(), qPrintable(result.message));
    result = read(key);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.password, second);

    result = remove(key);
    QVERIFY2(result.ok(), qPrintable(result.message));
    result = read(key);
    QCOMPARE(result.status, Status::NotFound);
    QVERIFY(result.password.isEmpty());
    QVERIFY2(result.message.contains(u"keychain", Qt::CaseInsensitive), qPrintable(result.message));

    result = remove(key); // an entry that is not there
    QVERIFY2(result.ok(), qPrintable(result.message));
}

void TestCredentialStore::keysAreDistinct()
{
    const QUrl serverA(u"https://a.example.com"_qs);
    const QUrl serverB(u"https://b.example.com:8443"_qs);
    const QList<CredentialKey> keys{
        CredentialKey(serverA, u"alice-"_qs + m_run),
        CredentialKey(serverB, u"alice-"_qs + m_run),
        CredentialKey(serverA, u"bob-"_qs + m_run),
        CredentialKey(serverB, u"bob-"_qs + m_run),
    };
    QStringList passwords;
    for (const CredentialKey &key : keys) {
        passwords << u"pw-"_qs + key.keychainKey() + u'-' + uniqueSuffix();
        const CredentialResult result = write(key, passwords.last());
        QVERIFY2(result.ok(), qPrintable(result.message));
    }
    for (int i = 0; i < keys.size(); ++i) {
        const CredentialResult result = read(keys.at(i));
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.password, passwords.at(i));
    }

    QVERIFY(remove(keys.at(0)).ok());
    QCOMPARE(read(keys.at(0)).status, Status::NotFound);
    for (int i = 1; i < keys.size(); ++i) {
        const CredentialResult result = read(keys.at(i));
        QVERIFY2(result.ok(),
                 qPrintable(u"%1: %2"_qs.arg(keys.at(i).keychainKey(), result.message)));
        QCOMPARE(result.password, passwords.at(i));
        QVERIFY(remove(keys.at(i)).ok());
    }
}

void TestCredentialStore::sameServerSpelledTwiceIsOneEntry()
{
    const QString user = u"carol-"_qs + m_run;
    const CredentialKey written(QUrl(u"HTTPS://Billing.Example.com:443/"_qs), user);
    const CredentialKey readBack(QUrl(u"https://billing.example.com"_qs), user);
    const QString password = u"one-entry-"_qs + uniqueSuffix();
    QVERIFY(write(written, password).ok());
    const CredentialResult result = read(readBack);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.password, password);
    QVERIFY(remove(readBack).ok());
    QCOMPARE(read(written).status, Status::NotFound);
}

void TestCredentialStore::unicodePasswords_data()
{
    QTest::addColumn<QString>("password");
    QTest::newRow("umlauts") << u"p\u00e4ssw\u00f6rd-\u00df"_qs;
    QTest::newRow("cjk and emoji") << u"\u5bc6\u7801\u30c6\u30b9\u30c8-\U0001F511"_qs;
    QTest::newRow("right to left") << u"\u0643\u0644\u0645\u0629 \u0627\u0644\u0633\u0631"_qs;
    QTest::newRow("combining marks") << u"e\u0301 vs \u00e9"_qs;
    QTest::newRow("quotes and backslashes") << u" a \"b\" 'c' \\ $HOME `x` "_qs;
    QTest::newRow("newlines and tabs") << u"line1\nline2\tend"_qs;
    QTest::newRow("long") << QString(2048, u'\u00e6');
}

void TestCredentialStore::unicodePasswords()
{
    QFETCH(QString, password);
    const CredentialKey key(QUrl(u"https://unicode.example.com"_qs),
                            u"\u00fcser-"_qs + QTest::currentDataTag() + u'-' + m_run);
    CredentialResult result = write(key, password);
    QVERIFY2(result.ok(), qPrintable(result.message));
    result = read(key);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.password, password);
    QVERIFY(remove(key).ok());
}

void TestCredentialStore::passwordNeverInAFile()
{
    const CredentialKey key(QUrl(u"https://leak.example.com"_qs), u"dave-"_qs + m_run);
    const QString password = u"never-in-a-file-\u00e5-"_qs + uniqueSuffix();
    QVERIFY(write(key, password).ok());
    const CredentialResult stored = read(key);
    QVERIFY2(stored.ok(), qPrintable(stored.message));
    QCOMPARE(stored.password, password);

    const QByteArray utf8 = password.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(password.utf16()),
                           password.size() * qsizetype(sizeof(char16_t)));
    const Leak leak = findInFiles({utf8, utf16, utf8.toBase64()});
    QVERIFY2(leak.files.isEmpty(), qPrintable(leak.files.join(u", ")));
    QVERIFY2(leak.scanned > 0, "no file found to look in: is HOME empty?");

    QVERIFY(remove(key).ok());
}

void TestCredentialStore::deadContextGetsNoCallback()
{
    const CredentialKey key(QUrl(u"https://context.example.com"_qs), u"erin-"_qs + m_run);
    const auto doomedCalled = std::make_shared<bool>(false);
    auto doomed = std::make_unique<QObject>();
    m_store.read(key, doomed.get(),
                 [doomedCalled](const CredentialResult &) { *doomedCalled = true; });
    doomed.reset();

    const CredentialResult result = read(key);
    QCOMPARE(result.status, Status::NotFound);
    QTest::qWait(200);
    QVERIFY(!*doomedCalled);
}

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
