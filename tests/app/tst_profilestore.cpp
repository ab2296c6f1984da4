#include "ProfileStore.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace billing;
using Error = ProfileStore::Error;

namespace {
ServerProfile profile(const QString &name, const QString &url, const QString &username = {})
{
    ServerProfile p;
    p.name = name;
    p.url = QUrl(url);
    p.username = username;
    return p;
}
} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void builtInComesFirst();
    void sandboxUrlFilledInAtRunTime();
    void addUpdateRemove();
    void orderIsKept();
    void builtInCannotBeRemovedOrChanged();
    void addRefused_data();
    void addRefused();
    void validateUrl_data();
    void validateUrl();
    void lastUsedProfile();
    void noSecretInSettings();
    void userInfoInStoredUrlIsDropped();

private:
    QString iniText() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_store;
};

void TestProfileStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings =
        std::make_unique<QSettings>(m_dir->filePath(u"billing-desk.ini"_qs), QSettings::IniFormat);
    m_store = std::make_unique<ProfileStore>(*m_settings);
}

void TestProfileStore::cleanup()
{
    m_store.reset();
    m_settings.reset();
    m_dir.reset();
}

QString TestProfileStore::iniText() const
{
    m_settings->sync();
    QFile file(m_settings->fileName());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

void TestProfileStore::builtInComesFirst()
{
    const QList<ServerProfile> profiles = m_store->profiles();
    QCOMPARE(profiles.size(), 1);
    const ServerProfile &sandbox = profiles.first();
    QCOMPARE(sandbox.id, u"sandbox"_qs);
    QCOMPARE(sandbox.id, ProfileStore::sandboxProfileId());
    QCOMPARE(sandbox.name, u"Local sandbox"_qs);
    QVERIFY(sandbox.sandbox);
    QVERIFY(sandbox.url.isEmpty());

    QVERIFY(m_store->add(profile(u"Production"_qs, u"https://billing.example.com"_qs)).ok());
    QCOMPARE(m_store->profiles().size(), 2);
    QCOMPARE(m_store->profiles().first().id, ProfileStore::sandboxProfileId());
    QVERIFY(!m_store->profiles().last().sandbox);
}

void TestProfileStore::sandboxUrlFilledInAtRunTime()
{
    QSignalSpy changed(m_store.get(), &ProfileStore::profilesChanged);
    const QUrl url(u"http://127.0.0.1:43117"_qs);
    m_store->setSandboxUrl(url);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_store->profiles().first().url, url);
    QCOMPARE(m_store->find(ProfileStore::sandboxProfileId())->url, url);
    m_store->setSandboxUrl(url);
    QCOMPARE(changed.count(), 1);
    // Known for this run only: a second store on the same settings does not have it.
    ProfileStore other(*m_settings);
    QVERIFY(other.profiles().first().url.isEmpty());
    QVERIFY(!iniText().contains(u"43117"));
}

void TestProfileStore::addUpdateRemove()
{
    QSignalSpy changed(m_store.get(), &ProfileStore::profilesChanged);
    ServerProfile production =
        profile(u"Production"_qs, u"https://billing.example.com"_qs, u"alice"_qs);
    production.id = u"ignored"_qs;
    production.sandbox = true;
    const ProfileStore::Result added = m_store->add(production);
    QVERIFY2(added.ok(), qPrintable(added.message));
    QVERIFY(!added.id.isEmpty());
    QVERIFY(added.id != u"ignored"_qs);
    QVERIFY(added.id != ProfileStore::sandboxProfileId());
    QCOMPARE(changed.count(), 1);

    std::optional<ServerProfile> found = m_store->find(added.id);
    QVERIFY(found);
    QCOMPARE(found->name, u"Production"_qs);
    QCOMPARE(found->url, QUrl(u"https://billing.example.com"_qs));
    QCOMPARE(found->username, u"alice"_qs);
    QVERIFY(!found->sandbox);

    // Persisted: a fresh QSettings on the same file sees it.
    m_settings->sync();
    QSettings reread(m_settings->fileName(), QSettings::IniFormat);
    QCOMPARE(ProfileStore(reread).find(added.id), found);

    ServerProfile changedProfile = *found;
    changedProfile.name = u"  Production EU  "_qs;
    changedProfile.url = QUrl(u"https://eu.billing.example.com:8443/api"_qs);
    changedProfile.username = u"bob"_qs;
    const ProfileStore::Result updated = m_store->update(changedProfile);
    QVERIFY2(updated.ok(), qPrintable(updated.message));
    QCOMPARE(changed.count(), 2);
    found = m_store->find(added.id);
    QCOMPARE(found->name, u"Production EU"_qs);
    QCOMPARE(found->url, QUrl(u"https://eu.billing.example.com:8443/api"_qs));
    QCOMPARE(found->username, u"bob"_qs);
    QCOMPARE(m_store->profiles().size(), 2);

    // Updating a profile may keep its own name.
    QVERIFY(m_store->update(*found).ok());

    const ProfileStore::Result removed = m_store->remove(added.id);
    QVERIFY2(removed.ok(), qPrintable(removed.message));
    QVERIFY(!m_store->find(added.id));
    QCOMPARE(m_store->profiles().size(), 1);

    QCOMPARE(m_store->remove(added.id).error, Error::NotFound);
    QCOMPARE(m_store->update(changedProfile).error, Error::NotFound);
    QVERIFY(!m_store->update(changedProfile).message.isEmpty());
}

void TestProfileStore::orderIsKept()
{
    const QStringList names{u"Zulu"_qs, u"Alpha"_qs, u"Mike"_qs};
    QStringList ids;
    for (const QString &name : names)
        ids << m_store->add(profile(name, u"https://"_qs + name.toLower() + u".example.com"_qs)).id;
    QVERIFY(m_store->remove(ids.at(1)).ok());

    QStringList seen;
    for (const ServerProfile &p : m_store->profiles())
        seen << p.name;
    QCOMPARE(seen, (QStringList{u"Local sandbox"_qs, u"Zulu"_qs, u"Mike"_qs}));
}

void TestProfileStore::builtInCannotBeRemovedOrChanged()
{
    QSignalSpy changed(m_store.get(), &ProfileStore::profilesChanged);
    const ProfileStore::Result removed = m_store->remove(ProfileStore::sandboxProfileId());
    QCOMPARE(removed.error, Error::BuiltIn);
    QVERIFY(!removed.message.isEmpty());

    ServerProfile sandbox = m_store->profiles().first();
    sandbox.url = QUrl(u"https://elsewhere.example.com"_qs);
    QCOMPARE(m_store->update(sandbox).error, Error::BuiltIn);

    QCOMPARE(m_store->profiles().first().id, ProfileStore::sandboxProfileId());
    QVERIFY(m_store->profiles().first().url.isEmpty());
    QCOMPARE(changed.count(), 0);
}

void TestProfileStore::addRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("url");
    QTest::addColumn<Error>("error");
    QTest::newRow("empty name") << QString() << u"https://a.example.com"_qs << Error::InvalidName;
    QTest::newRow("blank name") << u"   "_qs << u"https://a.example.com"_qs << Error::InvalidName;
    QTest::newRow("taken name") << u"existing"_qs << u"https://a.example.com"_qs
                                << Error::DuplicateName;
    QTest::newRow("sandbox's name")
        << u"Local Sandbox"_qs << u"https://a.example.com"_qs << Error::DuplicateName;
    QTest::newRow("http remote") << u"New"_qs << u"http://a.example.com"_qs << Error::InvalidUrl;
    QTest::newRow("no url") << u"New"_qs << QString() << Error::InvalidUrl;
    QTest::newRow("password in url")
        << u"New"_qs << u"https://alice:pw@a.example.com"_qs << Error::InvalidUrl;
}

void TestProfileStore::addRefused()
{
    QFETCH(QString, name);
    QFETCH(QString, url);
    QFETCH(Error, error);
    QVERIFY(m_store->add(profile(u"Existing"_qs, u"https://existing.example.com"_qs)).ok());
    QSignalSpy changed(m_store.get(), &ProfileStore::profilesChanged);

    const ProfileStore::Result result = m_store->add(profile(name, url));
    QCOMPARE(result.error, error);
    QVERIFY(!result.ok());
    QVERIFY(!result.message.isEmpty());
    QCOMPARE(m_store->profiles().size(), 2);
    QCOMPARE(changed.count(), 0);

    if (error == Error::InvalidUrl) { // update() checks addresses the same way
        ServerProfile existing = m_store->profiles().last();
        existing.url = QUrl(url);
        QCOMPARE(m_store->update(existing).error, Error::InvalidUrl);
        QCOMPARE(m_store->profiles().last().url, QUrl(u"https://existing.example.com"_qs));
    }
}

void TestProfileStore::validateUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("https remote") << u"https://billing.example.com"_qs << true;
    QTest::newRow("https remote with port and path") << u"https://b.example.com:8443/x"_qs << true;
    QTest::newRow("HTTPS uppercase") << u"HTTPS://BILLING.EXAMPLE.COM"_qs << true;
    QTest::newRow("http remote") << u"http://billing.example.com"_qs << false;
    QTest::newRow("http 127.0.0.1") << u"http://127.0.0.1:8480"_qs << true;
    QTest::newRow("http 127.x.y.z") << u"http://127.10.20.30:8480"_qs << true;
    QTest::newRow("http ::1") << u"http://[::1]:1"_qs << true;
    QTest::newRow("http localhost") << u"http://localhost"_qs << true;
    QTest::newRow("http LOCALHOST port") << u"http://LOCALHOST:8480/"_qs << true;
    QTest::newRow("http private lan") << u"http://192.168.1.10"_qs << false;
    QTest::newRow("http 128.0.0.1") << u"http://128.0.0.1"_qs << false;
    QTest::newRow("http loopback look-alike") << u"http://127.0.0.1.evil.com"_qs << false;
    QTest::newRow("http localhost look-alike") << u"http://localhost.evil.com"_qs << false;
    QTest::newRow("ftp") << u"ftp://billing.example.com"_qs << false;
    QTest::newRow("file") << u"file:///etc/passwd"_qs << false;
    QTest::newRow("no host") << u"https://"_qs << false;
    QTest::newRow("no scheme") << u"billing.example.com"_qs << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("user and password") << u"https://alice:secret@billing.example.com"_qs << false;
    QTest::newRow("user only") << u"https://alice@billing.example.com"_qs << false;
}

void TestProfileStore::validateUrl()
{
    QFETCH(QString, url);
    QFETCH(bool, accepted);
    const QString problem = ProfileStore::validateUrl(QUrl(url));
    QVERIFY2(problem.isEmpty() == accepted, qPrintable(problem));
}

void TestProfileStore::lastUsedProfile()
{
    QCOMPARE(m_store->lastUsedProfileId(), ProfileStore::sandboxProfileId());
    const QString id = m_store->add(profile(u"Production"_qs, u"https://b.example.com"_qs)).id;
    QVERIFY(m_store->setLastUsedProfileId(id).ok());
    QCOMPARE(m_store->lastUsedProfileId(), id);

    m_settings->sync();
    QSettings reread(m_settings->fileName(), QSettings::IniFormat);
    QCOMPARE(ProfileStore(reread).lastUsedProfileId(), id);

    QCOMPARE(m_store->setLastUsedProfileId(u"no-such-profile"_qs).error, Error::NotFound);
    QCOMPARE(m_store->lastUsedProfileId(), id);

    QVERIFY(m_store->remove(id).ok());
    QCOMPARE(m_store->lastUsedProfileId(), ProfileStore::sandboxProfileId());
    QVERIFY(m_store->setLastUsedProfileId(ProfileStore::sandboxProfileId()).ok());
}

void TestProfileStore::noSecretInSettings()
{
    QVERIFY(m_store->add(profile(u"Production"_qs, u"https://b.example.com"_qs, u"alice"_qs)).ok());
    QVERIFY(!m_store->add(profile(u"Leaky"_qs, u"https://alice:s3cr3t-7Qx@c.example.com"_qs)).ok());
    const QString ini = iniText();
    QVERIFY2(ini.contains(u"alice"), qPrintable(ini)); // the right file, and it was written
    QVERIFY2(ini.contains(u"b.example.com"), qPrintable(ini));
    QVERIFY2(!ini.contains(u"password", Qt::CaseInsensitive), qPrintable(ini));
    QVERIFY2(!ini.contains(u"secret", Qt::CaseInsensitive), qPrintable(ini));
    QVERIFY2(!ini.contains(u"s3cr3t-7Qx"), qPrintable(ini));
    for (const QString &key : m_settings->allKeys()) {
        QVERIFY2(!key.contains(u"pass", Qt::CaseInsensitive), qPrintable(key));
        QVERIFY2(!key.contains(u"token", Qt::CaseInsensitive), qPrintable(key));
    }
}

void TestProfileStore::userInfoInStoredUrlIsDropped()
{
    const QString id = m_store->add(profile(u"Production"_qs, u"https://b.example.com"_qs)).id;
    // As if someone edited the file by hand.
    m_settings->setValue(u"serverProfiles/items/1/url"_qs, u"https://bob:hunter2@b.example.com"_qs);
    const std::optional<ServerProfile> found = m_store->find(id);
    QVERIFY(found);
    QCOMPARE(found->url.host(), u"b.example.com"_qs);
    QVERIFY(found->url.userInfo().isEmpty());
    QVERIFY(!found->url.toString().contains(u"hunter2"));
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
