// The preferences dialog driven with the keyboard and mouse: server profiles added, edited
// and removed (a bad address is refused inline and nothing typed is lost), the language
// stored for the next start, and stored credentials forgotten from the real keychain (run
// inside a D-Bus session with an unlocked gnome-keyring, as scripts/test does).
#include "CredentialKey.h"
#include "KeychainCredentialStore.h"
#include "KeychainSession.h"
#include "LanguagePage.h"
#include "LanguageSetting.h"
#include "PreferencesDialog.h"
#include "ProfileStore.h"
#include "ServerProfilesPage.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace billing;

namespace {
constexpr int kKeychainWait = 20000;

QString unique(const QString &prefix)
{
    return prefix + QString::number(QRandomGenerator::system()->generate64(), 36);
}
} // namespace

class PreferencesDialogTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void addRefusesABadUrlAndKeepsTheText();
    void addRefusesADuplicateName();
    void editKeepsDraftsWhileMovingAround();
    void editWithABadUrlChangesNothing();
    void removeAsksFirst();
    void sandboxCannotBeChangedOrRemoved();
    void languageIsStoredForTheNextStart();
    void forgetRemovesPasswordAndSession();
    void forgetNeedsAUserName();

private:
    QLineEdit *edit(const char *name) const;
    QPushButton *button(const char *name) const;
    QLabel *label(const char *name) const;
    void typeInto(const char *name, const QString &text);
    QString addStoredProfile(const QString &name, const QString &username = {});
    CredentialResult readKey(const CredentialKey &key);
    CredentialResult writeKey(const CredentialKey &key, const QString &secret);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<KeychainCredentialStore> m_keychain;
    std::unique_ptr<PreferencesDialog> m_dialog;
    QStringList m_confirmations;
    bool m_confirm = true;
};

void PreferencesDialogTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")),
                                             QSettings::IniFormat);
    m_profiles = std::make_unique<ProfileStore>(*m_settings);
    m_profiles->setSandboxUrl(QUrl(QStringLiteral("http://127.0.0.1:8123")));
    m_keychain = std::make_unique<KeychainCredentialStore>();
    m_dialog = std::make_unique<PreferencesDialog>(*m_profiles, *m_keychain, *m_settings);
    m_confirmations.clear();
    m_confirm = true;
    m_dialog->profilesPage()->setConfirmation([this](const QString &question) {
        m_confirmations << question;
        return m_confirm;
    });
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void PreferencesDialogTest::cleanup()
{
    m_dialog.reset();
    m_keychain.reset();
    m_profiles.reset();
    m_settings.reset();
    m_dir.reset();
}

QLineEdit *PreferencesDialogTest::edit(const char *name) const
{
    auto *found = m_dialog->findChild<QLineEdit *>(QLatin1String(name));
    Q_ASSERT(found);
    return found;
}

QPushButton *PreferencesDialogTest::button(const char *name) const
{
    auto *found = m_dialog->findChild<QPushButton *>(QLatin1String(name));
    Q_ASSERT(found);
    return found;
}

QLabel *PreferencesDialogTest::label(const char *name) const
{
    auto *found = m_dialog->findChild<QLabel *>(QLatin1String(name));
    Q_ASSERT(found);
    return found;
}

void PreferencesDialogTest::typeInto(const char *name, const QString &text)
{
    QLineEdit *target = edit(name);
    target->setFocus();
    target->selectAll();
    QTest::keyClick(target, Qt::Key_Backspace);
    QTest::keyClicks(target, text);
}

QString PreferencesDialogTest::addStoredProfile(const QString &name, const QString &username)
{
    ServerProfile profile;
    profile.name = name;
    profile.url = QUrl(QStringLiteral("https://billing.example.com"));
    profile.username = username;
    return m_profiles->add(profile).id;
}

CredentialResult PreferencesDialogTest::readKey(const CredentialKey &key)
{
    CredentialResult result;
    bool done = false;
    m_keychain->read(key, this, [&](const CredentialResult &r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, kKeychainWait))
        result.message = QStringLiteral("no answer from the keychain");
    return result;
}

CredentialResult PreferencesDialogTest::writeKey(const CredentialKey &key, const QString &secret)
{
    CredentialResult result;
    bool done = false;
    m_keychain->write(key, secret, this, [&](const CredentialResult &r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, kKeychainWait))
        result.message = QStringLiteral("no answer from the keychain");
    return result;
}

void PreferencesDialogTest::addRefusesABadUrlAndKeepsTheText()
{
    QTest::mouseClick(button("addProfileButton"), Qt::LeftButton);
    QCOMPARE(m_dialog->profilesPage()->selectedId(), ServerProfilesPage::kNewProfileId);
    QCOMPARE(m_dialog->focusWidget(), static_cast<QWidget *>(edit("profileNameLineEdit")));
    QTest::keyClicks(edit("profileNameLineEdit"), QStringLiteral("Staging"));
    const QString insecure = QStringLiteral("http://billing.example.com");
    typeInto("profileUrlLineEdit", insecure);
    typeInto("profileUsernameLineEdit", QStringLiteral("alice"));
    QTest::mouseClick(button("saveProfileButton"), Qt::LeftButton);

    QLabel *urlError = label("profileUrlErrorLabel");
    QVERIFY(urlError->isVisible());
    QCOMPARE(urlError->text(), ProfileStore::validateUrl(QUrl(insecure)));
    QCOMPARE(m_dialog->focusWidget(), static_cast<QWidget *>(edit("profileUrlLineEdit")));
    QCOMPARE(edit("profileNameLineEdit")->text(), QStringLiteral("Staging"));
    QCOMPARE(edit("profileUrlLineEdit")->text(), insecure);
    QCOMPARE(edit("profileUsernameLineEdit")->text(), QStringLiteral("alice"));
    QCOMPARE(m_profiles->profiles().size(), 1); // the sandbox only

    typeInto("profileUrlLineEdit", QStringLiteral("https://billing.example.com"));
    // Enter in a field saves (Save is the default button, Add is not).
    QTest::keyClick(edit("profileUrlLineEdit"), Qt::Key_Return);
    QVERIFY(!urlError->isVisible());
    QCOMPARE(m_profiles->profiles().size(), 2);
    const ServerProfile saved = m_profiles->profiles().last();
    QCOMPARE(saved.name, QStringLiteral("Staging"));
    QCOMPARE(saved.url, QUrl(QStringLiteral("https://billing.example.com")));
    QCOMPARE(saved.username, QStringLiteral("alice"));
    QCOMPARE(m_dialog->profilesPage()->selectedId(), saved.id);
    QVERIFY(!button("saveProfileButton")->isEnabled());
}

void PreferencesDialogTest::addRefusesADuplicateName()
{
    addStoredProfile(QStringLiteral("Production"));
    QTest::mouseClick(button("addProfileButton"), Qt::LeftButton);
    QTest::keyClicks(edit("profileNameLineEdit"), QStringLiteral("production"));
    typeInto("profileUrlLineEdit", QStringLiteral("https://other.example.com"));
    QTest::mouseClick(button("saveProfileButton"), Qt::LeftButton);
    QVERIFY(label("profileNameErrorLabel")->isVisible());
    QVERIFY(label("profileNameErrorLabel")->text().contains(QStringLiteral("production")));
    QVERIFY(!label("profileUrlErrorLabel")->isVisible());
    QCOMPARE(m_profiles->profiles().size(), 2);
    QCOMPARE(edit("profileUrlLineEdit")->text(), QStringLiteral("https://other.example.com"));
}

void PreferencesDialogTest::editKeepsDraftsWhileMovingAround()
{
    const QString id = addStoredProfile(QStringLiteral("Production"), QStringLiteral("bob"));
    ServerProfilesPage *page = m_dialog->profilesPage();
    QVERIFY(page->selectProfile(id));
    QCOMPARE(edit("profileNameLineEdit")->text(), QStringLiteral("Production"));
    typeInto("profileNameLineEdit", QStringLiteral("Production EU"));
    QVERIFY(button("saveProfileButton")->isEnabled());

    QVERIFY(page->selectProfile(ProfileStore::sandboxProfileId()));
    QVERIFY(edit("profileNameLineEdit")->isReadOnly());
    QVERIFY(page->selectProfile(id));
    QCOMPARE(edit("profileNameLineEdit")->text(), QStringLiteral("Production EU"));
    auto *list = m_dialog->findChild<QListWidget *>(QStringLiteral("profilesListWidget"));
    QVERIFY(list->currentItem()->text() != QStringLiteral("Production")); // marked unsaved
    QCOMPARE(m_profiles->find(id)->name, QStringLiteral("Production"));

    // Alt+S saves, from the keyboard (shortcuts need the active window).
    m_dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
    QTest::keyClick(edit("profileNameLineEdit"), Qt::Key_S, Qt::AltModifier);
    // A mnemonic animates the click: it lands from the event loop.
    QTRY_COMPARE(m_profiles->find(id)->name, QStringLiteral("Production EU"));
    QCOMPARE(list->currentItem()->text(), QStringLiteral("Production EU"));
}

void PreferencesDialogTest::editWithABadUrlChangesNothing()
{
    const QString id = addStoredProfile(QStringLiteral("Production"));
    QVERIFY(m_dialog->profilesPage()->selectProfile(id));
    typeInto("profileUrlLineEdit", QStringLiteral("billing.example.com"));
    // Leaving the field checks it at once.
    QTest::keyClick(edit("profileUrlLineEdit"), Qt::Key_Tab);
    QVERIFY(label("profileUrlErrorLabel")->isVisible());
    QCOMPARE(label("profileUrlErrorLabel")->text(),
             ProfileStore::validateUrl(QUrl(QStringLiteral("billing.example.com"))));
    QTest::mouseClick(button("saveProfileButton"), Qt::LeftButton);
    QCOMPARE(m_profiles->find(id)->url, QUrl(QStringLiteral("https://billing.example.com")));
    QCOMPARE(edit("profileUrlLineEdit")->text(), QStringLiteral("billing.example.com"));
}

void PreferencesDialogTest::removeAsksFirst()
{
    const QString id = addStoredProfile(QStringLiteral("Old server"));
    QVERIFY(m_dialog->profilesPage()->selectProfile(id));
    m_confirm = false;
    QTest::mouseClick(button("removeProfileButton"), Qt::LeftButton);
    QCOMPARE(m_confirmations.size(), 1);
    QVERIFY(m_confirmations.first().contains(QStringLiteral("Old server")));
    QVERIFY(m_profiles->find(id));

    m_confirm = true;
    QTest::mouseClick(button("removeProfileButton"), Qt::LeftButton);
    QVERIFY(!m_profiles->find(id));
    QCOMPARE(m_profiles->profiles().size(), 1);
    auto *list = m_dialog->findChild<QListWidget *>(QStringLiteral("profilesListWidget"));
    QCOMPARE(list->count(), 1);
}

void PreferencesDialogTest::sandboxCannotBeChangedOrRemoved()
{
    QVERIFY(m_dialog->profilesPage()->selectProfile(ProfileStore::sandboxProfileId()));
    QVERIFY(edit("profileNameLineEdit")->isReadOnly());
    QVERIFY(edit("profileUrlLineEdit")->isReadOnly());
    QVERIFY(!button("removeProfileButton")->isEnabled());
    QVERIFY(!button("saveProfileButton")->isEnabled());
    QVERIFY(label("builtInNoteLabel")->isVisible());
    QCOMPARE(edit("profileUrlLineEdit")->text(), QStringLiteral("http://127.0.0.1:8123"));
}

void PreferencesDialogTest::languageIsStoredForTheNextStart()
{
    m_dialog->showLanguagePage();
    auto *languages = m_dialog->findChild<QComboBox *>(QStringLiteral("languageComboBox"));
    QVERIFY(languages && languages->isVisible());
    QCOMPARE(m_dialog->languagePage()->selectedLanguage(), QString());
    QVERIFY(!label("languageNoteLabel")->text().isEmpty());

    languages->setFocus();
    QTest::keyClick(languages, Qt::Key_End);
    QCOMPARE(m_dialog->languagePage()->selectedLanguage(), QStringLiteral("zh_CN"));
    QCOMPARE(storedLanguage(*m_settings), QStringLiteral("zh_CN"));

    QTest::keyClick(languages, Qt::Key_Home);
    QCOMPARE(storedLanguage(*m_settings), QString());

    // A new dialog shows what is stored.
    storeLanguage(*m_settings, QStringLiteral("en"));
    PreferencesDialog again(*m_profiles, *m_keychain, *m_settings);
    QCOMPARE(again.languagePage()->selectedLanguage(), QStringLiteral("en"));
}

void PreferencesDialogTest::forgetRemovesPasswordAndSession()
{
    const QString user = unique(QStringLiteral("forget-"));
    const QString id = addStoredProfile(QStringLiteral("Production"), user);
    const CredentialKey password(QUrl(QStringLiteral("https://billing.example.com")), user);
    const CredentialKey token = KeychainSession::sessionTokenKey(password);
    const CredentialResult wrotePassword = writeKey(password, QStringLiteral("pw-") + user);
    QVERIFY2(wrotePassword.ok(), qPrintable(wrotePassword.message));
    const CredentialResult wroteToken = writeKey(token, QStringLiteral("token-") + user);
    QVERIFY2(wroteToken.ok(), qPrintable(wroteToken.message));
    QVERIFY(readKey(password).ok());

    QVERIFY(m_dialog->profilesPage()->selectProfile(id));
    QPushButton *forget = button("forgetCredentialsButton");
    QVERIFY(forget->isEnabled());
    QTest::mouseClick(forget, Qt::LeftButton);
    QLabel *status = label("profileStatusLabel");
    QVERIFY(QTest::qWaitFor([&] { return status->text().contains(user); }, kKeychainWait));

    QCOMPARE(readKey(password).status, CredentialResult::Status::NotFound);
    QCOMPARE(readKey(token).status, CredentialResult::Status::NotFound);
    // Forgetting again is harmless: nothing stored is not an error.
    QVERIFY(QTest::qWaitFor([&] { return forget->isEnabled(); }, kKeychainWait));
    status->clear();
    QTest::mouseClick(forget, Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return status->text().contains(user); }, kKeychainWait));
}

void PreferencesDialogTest::forgetNeedsAUserName()
{
    const QString id = addStoredProfile(QStringLiteral("No user"));
    QVERIFY(m_dialog->profilesPage()->selectProfile(id));
    QPushButton *forget = button("forgetCredentialsButton");
    QVERIFY(!forget->isEnabled());
    QVERIFY(!forget->accessibleDescription().isEmpty());
}

QTEST_MAIN(PreferencesDialogTest)
#include "tst_preferences_dialog.moc"
