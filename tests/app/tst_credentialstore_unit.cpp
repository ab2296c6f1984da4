#include "CredentialKey.h"
#include "KeychainCredentialStore.h"
#include "KeychainErrorMapping.h"
#include "UnavailableCredentialStore.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace billing;
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
} // namespace

class TestCredentialStoreUnit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keychainKey_data();
    void keychainKey();
    void distinctKeys_data();
    void distinctKeys();
    void validity_data();
    void validity();
    void errorMapping_data();
    void errorMapping();
    void messagesNameTheKeychain();
    void unavailableStoreFailsLater_data();
    void unavailableStoreFailsLater();
    void deadContextGetsNoCallback();
    void invalidKeyFailsWithoutKeychain();
};

void TestCredentialStoreUnit::keychainKey_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"https://billing.example.com"_qs << u"alice"_qs
                           << u"alice@https://billing.example.com"_qs;
    QTest::newRow("trailing slash") << u"https://billing.example.com/"_qs << u"alice"_qs
                                    << u"alice@https://billing.example.com"_qs;
    QTest::newRow("uppercase host and scheme") << u"HTTPS://Billing.Example.COM/"_qs << u"alice"_qs
                                               << u"alice@https://billing.example.com"_qs;
    QTest::newRow("default port") << u"https://billing.example.com:443/"_qs << u"alice"_qs
                                  << u"alice@https://billing.example.com"_qs;
    QTest::newRow("other port") << u"https://billing.example.com:8443/"_qs << u"alice"_qs
                                << u"alice@https://billing.example.com:8443"_qs;
    QTest::newRow("path") << u"https://example.com/billing/api//"_qs << u"alice"_qs
                          << u"alice@https://example.com/billing/api"_qs;
    QTest::newRow("loopback http")
        << u"http://127.0.0.1:8480"_qs << u"demo"_qs << u"demo@http://127.0.0.1:8480"_qs;
    QTest::newRow("ipv6") << u"http://[::1]:8480/"_qs << u"demo"_qs << u"demo@http://[::1]:8480"_qs;
    QTest::newRow("user info, query, fragment dropped")
        << u"https://bob:secret@example.com/?a=1#top"_qs << u"alice"_qs
        << u"alice@https://example.com"_qs;
    QTest::newRow("username case kept")
        << u"https://example.com"_qs << u"Alice"_qs << u"Alice@https://example.com"_qs;
}

void TestCredentialStoreUnit::keychainKey()
{
    QFETCH(QString, url);
    QFETCH(QString, username);
    QFETCH(QString, expected);
    const CredentialKey key(QUrl(url), username);
    QCOMPARE(key.keychainKey(), expected);
    QVERIFY(!key.keychainKey().contains(u"secret"));
}

void TestCredentialStoreUnit::distinctKeys_data()
{
    QTest::addColumn<QString>("urlA");
    QTest::addColumn<QString>("userA");
    QTest::addColumn<QString>("urlB");
    QTest::addColumn<QString>("userB");
    QTest::newRow("two users") << u"https://a.example.com"_qs << u"alice"_qs
                               << u"https://a.example.com"_qs << u"bob"_qs;
    QTest::newRow("two servers") << u"https://a.example.com"_qs << u"alice"_qs
                                 << u"https://b.example.com"_qs << u"alice"_qs;
    QTest::newRow("two ports") << u"http://127.0.0.1:8480"_qs << u"demo"_qs
                               << u"http://127.0.0.1:8481"_qs << u"demo"_qs;
    QTest::newRow("two schemes") << u"http://localhost"_qs << u"demo"_qs << u"https://localhost"_qs
                                 << u"demo"_qs;
    QTest::newRow("two paths") << u"https://a.example.com/one"_qs << u"alice"_qs
                               << u"https://a.example.com/two"_qs << u"alice"_qs;
}

void TestCredentialStoreUnit::distinctKeys()
{
    QFETCH(QString, urlA);
    QFETCH(QString, userA);
    QFETCH(QString, urlB);
    QFETCH(QString, userB);
    const CredentialKey a(QUrl(urlA), userA);
    const CredentialKey b(QUrl(urlB), userB);
    QVERIFY(a.isValid());
    QVERIFY(b.isValid());
    QVERIFY(a.keychainKey() != b.keychainKey());
    QVERIFY(!(a == b));
}

void TestCredentialStoreUnit::validity_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("username");
    QTest::addColumn<bool>("valid");
    QTest::newRow("https") << u"https://example.com"_qs << u"alice"_qs << true;
    QTest::newRow("http loopback") << u"http://127.0.0.1:1"_qs << u"alice"_qs << true;
    QTest::newRow("no username") << u"https://example.com"_qs << QString() << false;
    QTest::newRow("no url") << QString() << u"alice"_qs << false;
    QTest::newRow("no host") << u"https://"_qs << u"alice"_qs << false;
    QTest::newRow("ftp") << u"ftp://example.com"_qs << u"alice"_qs << false;
    QTest::newRow("relative") << u"example.com"_qs << u"alice"_qs << false;
}

void TestCredentialStoreUnit::validity()
{
    QFETCH(QString, url);
    QFETCH(QString, username);
    QFETCH(bool, valid);
    QCOMPARE(CredentialKey(QUrl(url), username).isValid(), valid);
}

void TestCredentialStoreUnit::errorMapping_data()
{
    QTest::addColumn<QKeychain::Error>("error");
    QTest::addColumn<QString>("text");
    QTest::addColumn<Status>("expected");
    QTest::newRow("no error") << QKeychain::NoError << QString() << Status::Ok;
    QTest::newRow("entry not found")
        << QKeychain::EntryNotFound << u"Entry not found"_qs << Status::NotFound;
    QTest::newRow("access denied")
        << QKeychain::AccessDenied << u"locked"_qs << Status::AccessDenied;
    QTest::newRow("denied by user")
        << QKeychain::AccessDeniedByUser << u"dismissed"_qs << Status::AccessDenied;
    QTest::newRow("no backend") << QKeychain::NoBackendAvailable
                                << u"No keychain service available"_qs << Status::NoBackend;
    QTest::newRow("not implemented") << QKeychain::NotImplemented << QString() << Status::NoBackend;
    QTest::newRow("gdbus cannot connect")
        << QKeychain::OtherError << u"Could not connect: No such file or directory"_qs
        << Status::NoBackend;
    QTest::newRow("gdbus cannot autolaunch")
        << QKeychain::OtherError << u"Cannot autolaunch D-Bus without X11 $DISPLAY"_qs
        << Status::NoBackend;
    QTest::newRow("no secret service")
        << QKeychain::OtherError
        << u"The name org.freedesktop.secrets was not provided by any .service files"_qs
        << Status::NoBackend;
    QTest::newRow("kwallet without bus")
        << QKeychain::OtherError
        << u"Could not open wallet: org.freedesktop.DBus.Error.NoServer; D-Bus is not running"_qs
        << Status::NoBackend;
    QTest::newRow("missing collection")
        << QKeychain::OtherError
        << u"Object does not exist at path \u201c/org/freedesktop/secrets/collection/login\u201d"_qs
        << Status::Failed;
    QTest::newRow("unknown") << QKeychain::OtherError << u"Unknown error"_qs << Status::Failed;
    QTest::newRow("could not delete")
        << QKeychain::CouldNotDeleteEntry << QString() << Status::Failed;
}

void TestCredentialStoreUnit::errorMapping()
{
    QFETCH(QKeychain::Error, error);
    QFETCH(QString, text);
    QFETCH(Status, expected);
    QCOMPARE(credentialStatusFor(error, text), expected);
}

void TestCredentialStoreUnit::messagesNameTheKeychain()
{
    const QList<CredentialResult> results{
        CredentialResult::notFound(u"alice@https://example.com"_qs),
        CredentialResult::noBackend(u"Could not connect"_qs),
        CredentialResult::accessDenied(u"locked"_qs),
        CredentialResult::failed(u"boom"_qs),
    };
    for (const CredentialResult &result : results) {
        QVERIFY2(result.message.contains(u"keychain", Qt::CaseInsensitive),
                 qPrintable(result.message));
        QVERIFY(!result.ok());
        QVERIFY(result.password.isEmpty());
    }
    QVERIFY(results.at(1).message.contains(u"Could not connect"));
    QVERIFY(results.at(0).message.contains(u"alice@https://example.com"));
    QCOMPARE(CredentialResult::success(u"pw"_qs).password, u"pw"_qs);
    QVERIFY(CredentialResult::success().ok());
}

void TestCredentialStoreUnit::unavailableStoreFailsLater_data()
{
    QTest::addColumn<int>("operation");
    QTest::newRow("read") << 0;
    QTest::newRow("write") << 1;
    QTest::newRow("remove") << 2;
}

void TestCredentialStoreUnit::unavailableStoreFailsLater()
{
    QFETCH(int, operation);
    UnavailableCredentialStore store;
    ResultCatcher catcher;
    QSignalSpy spy(&catcher, &ResultCatcher::done);
    const CredentialKey key(QUrl(u"https://example.com"_qs), u"alice"_qs);
    if (operation == 0)
        store.read(key, &catcher, catcher.callback());
    else if (operation == 1)
        store.write(key, u"pw"_qs, &catcher, catcher.callback());
    else
        store.remove(key, &catcher, catcher.callback());
    QCOMPARE(spy.count(), 0); // never synchronously
    QVERIFY(spy.wait(5000));
    QCOMPARE(catcher.result.status, Status::NoBackend);
    QVERIFY(catcher.result.message.contains(u"keychain", Qt::CaseInsensitive));
    QVERIFY(catcher.result.password.isEmpty());
}

void TestCredentialStoreUnit::deadContextGetsNoCallback()
{
    UnavailableCredentialStore store;
    const CredentialKey key(QUrl(u"https://example.com"_qs), u"alice"_qs);
    const auto doomedCalled = std::make_shared<bool>(false);
    auto doomed = std::make_unique<QObject>();
    store.read(key, doomed.get(),
               [doomedCalled](const CredentialResult &) { *doomedCalled = true; });
    doomed.reset();

    ResultCatcher catcher;
    QSignalSpy spy(&catcher, &ResultCatcher::done);
    store.read(key, &catcher, catcher.callback());
    QVERIFY(spy.wait(5000));
    QTest::qWait(50);
    QVERIFY(!*doomedCalled);
}

void TestCredentialStoreUnit::invalidKeyFailsWithoutKeychain()
{
    KeychainCredentialStore store;
    QCOMPARE(store.service(), u"org.billingdesk.BillingDesk"_qs);
    ResultCatcher catcher;
    QSignalSpy spy(&catcher, &ResultCatcher::done);
    store.write(CredentialKey(QUrl(u"ftp://example.com"_qs), u"alice"_qs), u"pw"_qs, &catcher,
                catcher.callback());
    QCOMPARE(spy.count(), 0);
    QVERIFY(spy.wait(5000));
    QCOMPARE(catcher.result.status, Status::Failed);
    QVERIFY(catcher.result.message.contains(u"ftp://example.com"));
}

QTEST_GUILESS_MAIN(TestCredentialStoreUnit)
#include "tst_credentialstore_unit.moc"
