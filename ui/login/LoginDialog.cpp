#include "LoginDialog.h"

#include "BillingClient.h"
#include "CredentialStore.h"
#include "FieldErrorLabel.h"
#include "KeychainSession.h"
#include "ProfileStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcLogin, "billing.ui.login", QtInfoMsg)

namespace billing {

LoginDialog::LoginDialog(ProfileStore &profiles, CredentialStore &credentials,
                         QNetworkAccessManager *network, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_credentials(credentials)
    , m_network(network)
    , m_profile(new QComboBox(this))
    , m_username(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember me"), this))
    , m_storedNote(new QLabel(this))
    , m_error(new FieldErrorLabel(this))
    , m_busyLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Log in"));

    m_profile->setObjectName(QStringLiteral("profileComboBox"));
    m_profile->setAccessibleName(tr("Server"));
    m_username->setObjectName(QStringLiteral("usernameLineEdit"));
    m_username->setAccessibleName(tr("Username"));
    m_password->setObjectName(QStringLiteral("passwordLineEdit"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember->setObjectName(QStringLiteral("rememberCheckBox"));
    m_remember->setAccessibleName(tr("Remember me"));
    m_remember->setToolTip(tr("Keep the password in the system keychain for the next log-in."));
    m_storedNote->setObjectName(QStringLiteral("storedPasswordLabel"));
    m_storedNote->setWordWrap(true);
    m_storedNote->hide();
    m_error->setObjectName(QStringLiteral("loginErrorLabel"));
    m_busyLabel->setObjectName(QStringLiteral("busyLabel"));
    m_busyLabel->hide();

    auto *serverLabel = new QLabel(tr("&Server:"), this);
    serverLabel->setBuddy(m_profile);
    auto *usernameLabel = new QLabel(tr("&Username:"), this);
    usernameLabel->setBuddy(m_username);
    auto *passwordLabel = new QLabel(tr("&Password:"), this);
    passwordLabel->setBuddy(m_password);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(serverLabel, m_profile);
    form->addRow(usernameLabel, m_username);
    form->addRow(passwordLabel, m_password);
    form->addRow(QString(), m_remember);
    form->addRow(QString(), m_storedNote);

    m_register = new QPushButton(tr("Register a commercial &account…"), this);
    m_register->setObjectName(QStringLiteral("registerButton"));
    m_register->setAccessibleName(tr("Register a commercial account"));
    m_register->setFlat(true);
    m_register->setAutoDefault(false);
    connect(m_register, &QPushButton::clicked, this, [this] {
        const ServerProfile profile = currentProfile();
        if (profile.url.isEmpty()) {
            showError(tr("The local sandbox is not running in this session; choose another "
                         "server."));
            return;
        }
        Q_EMIT registerRequested(profile);
    });

    m_offline = new QPushButton(this);
    m_offline->setObjectName(QStringLiteral("offlineCopyButton"));
    m_offline->setAutoDefault(false);
    m_offline->hide();
    connect(m_offline, &QPushButton::clicked, this, &LoginDialog::openOfflineCopy);

    auto *buttons = new QDialogButtonBox(this);
    m_logIn = buttons->addButton(tr("&Log in"), QDialogButtonBox::AcceptRole);
    m_logIn->setObjectName(QStringLiteral("logInButton"));
    m_logIn->setDefault(true);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(m_logIn, &QPushButton::clicked, this, &LoginDialog::logIn);
    connect(m_cancel, &QPushButton::clicked, this, &LoginDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_busyLabel);
    layout->addWidget(m_offline, 0, Qt::AlignLeft);
    layout->addWidget(m_register, 0, Qt::AlignLeft);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_profile, &QComboBox::currentIndexChanged, this, &LoginDialog::profileChosen);
    connect(m_username, &QLineEdit::editingFinished, this, &LoginDialog::lookUpStoredPassword);
    connect(m_username, &QLineEdit::textChanged, this, [this] {
        withdrawOfflineCopy();
        showStoredPassword(false);
        updateLogInButton();
    });
    connect(&m_profiles, &ProfileStore::profilesChanged, this,
            [this] { reloadProfiles(currentProfile().id); });
    reloadProfiles(m_profiles.lastUsedProfileId());
    setMinimumWidth(420);
}

LoginDialog::~LoginDialog()
{
    m_session.reset();
    m_client.reset();
}

void LoginDialog::reloadProfiles(const QString &selectId)
{
    QSignalBlocker blocker(m_profile);
    m_profile->clear();
    QList<ServerProfile> all = m_profiles.profiles();
    for (int i = 0; i < m_temporary.size(); ++i)
        all.insert(qMin(1 + i, int(all.size())), m_temporary.at(i));
    for (const ServerProfile &profile : all) {
        m_profile->addItem(profile.name, profile.id);
        m_profile->setItemData(m_profile->count() - 1, profile.url.toString(), Qt::ToolTipRole);
    }
    const int index = m_profile->findData(selectId);
    m_profile->setCurrentIndex(index < 0 ? 0 : index);
    blocker.unblock();
    profileChosen();
}

void LoginDialog::selectProfile(const QString &profileId)
{
    const int index = m_profile->findData(profileId);
    if (index >= 0)
        m_profile->setCurrentIndex(index);
}

void LoginDialog::setUsername(const QString &username)
{
    m_username->setText(username);
    lookUpStoredPassword();
}

void LoginDialog::addTemporaryProfile(const ServerProfile &profile)
{
    m_temporary.append(profile);
    reloadProfiles(profile.id);
}

ServerProfile LoginDialog::currentProfile() const
{
    const QString id = m_profile->currentData().toString();
    for (const ServerProfile &profile : m_temporary) {
        if (profile.id == id)
            return profile;
    }
    return m_profiles.find(id).value_or(ServerProfile{});
}

ServerProfile LoginDialog::profile() const
{
    ServerProfile profile = currentProfile();
    profile.username = m_username->text().trimmed();
    return profile;
}

void LoginDialog::profileChosen()
{
    const ServerProfile profile = currentProfile();
    withdrawOfflineCopy();
    if (!profile.username.isEmpty() && m_username->text().trimmed().isEmpty())
        m_username->setText(profile.username);
    m_error->setMessage({});
    lookUpStoredPassword();
    updateLogInButton();
}

void LoginDialog::lookUpStoredPassword()
{
    delete m_lookupContext;
    m_lookupContext = new QObject(this);
    showStoredPassword(false);
    const CredentialKey key(currentProfile().url, m_username->text().trimmed());
    if (!key.isValid())
        return;
    m_credentials.read(key, m_lookupContext, [this](const CredentialResult &result) {
        showStoredPassword(result.ok() && !result.password.isEmpty());
    });
}

void LoginDialog::showStoredPassword(bool stored)
{
    m_hasStoredPassword = stored;
    m_storedNote->setVisible(stored);
    m_storedNote->setText(stored ? tr("A password for this user is kept in the system keychain: "
                                      "leave the password empty to use it.")
                                 : QString());
    m_password->setPlaceholderText(stored ? tr("Stored in the system keychain") : QString());
    if (stored)
        m_remember->setChecked(true);
    updateLogInButton();
}

void LoginDialog::updateLogInButton()
{
    m_logIn->setEnabled(!m_busy && !m_username->text().trimmed().isEmpty());
}

void LoginDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_profile->setEnabled(!busy);
    m_username->setReadOnly(busy);
    m_password->setReadOnly(busy);
    m_remember->setEnabled(!busy);
    m_register->setEnabled(!busy);
    m_busyLabel->setVisible(busy);
    m_busyLabel->setText(busy ? tr("Logging in to %1…").arg(currentProfile().name) : QString());
    updateLogInButton();
}

void LoginDialog::showError(const QString &message)
{
    m_error->setMessage(message);
}

QString LoginDialog::errorText() const
{
    return m_error->text();
}

void LoginDialog::reject()
{
    if (m_busy)
        cancelLogIn();
    else
        QDialog::reject();
}

void LoginDialog::logIn()
{
    if (m_busy)
        return;
    const ServerProfile chosen = profile();
    if (chosen.url.isEmpty()) {
        showError(tr("The local sandbox is not running in this session; choose another server."));
        return;
    }
    if (chosen.username.isEmpty()) {
        showError(tr("Enter your username."));
        m_username->setFocus();
        return;
    }
    const QString typed = m_password->text();
    const bool useStored = typed.isEmpty() && m_hasStoredPassword;
    if (typed.isEmpty() && !useStored) {
        showError(tr("Enter your password."));
        m_password->setFocus();
        return;
    }
    showError({});
    withdrawOfflineCopy();
    setBusy(true);
    m_client = std::make_unique<BillingClient>(m_network, chosen.url);
    m_session = std::make_unique<KeychainSession>(*m_client, m_credentials, chosen.username);
    const bool remember = m_remember->isChecked();
    KeychainSession *session = m_session.get();
    auto done = [this, remember, useStored](const KeychainSession::Result &result) {
        if (result.ok() && !remember && useStored) {
            // "Remember me" was cleared: the stored password goes.
            m_credentials.remove(m_session->passwordKey(), nullptr,
                                 [](const CredentialResult &) {});
        }
        QString message = result.message;
        if (result.outcome == KeychainSession::Outcome::KeychainError && remember)
            message += u' ' + tr("Clear “Remember me” to log in without keeping the password.");
        const bool unreachable = result.error.kind == ClientError::Kind::Network
                                 || result.error.kind == ClientError::Kind::Timeout;
        finishLogIn(result.ok(), message, unreachable);
    };
    if (!useStored) {
        session->logIn(typed, remember, done);
        return;
    }
    m_credentials.read(session->passwordKey(), session,
                       [this, session, remember, done](const CredentialResult &stored) {
                           if (!stored.ok()) {
                               finishLogIn(false, stored.message);
                               return;
                           }
                           session->logIn(stored.password, remember, done);
                       });
}

void LoginDialog::finishLogIn(bool ok, const QString &message, bool unreachable)
{
    setBusy(false);
    if (!ok) {
        qCInfo(lcLogin) << "log-in failed";
        m_session.reset();
        m_client.reset();
        showError(message.isEmpty() ? tr("The log-in failed.") : message);
        if (unreachable)
            offerOfflineCopy(profile());
        m_password->selectAll();
        m_password->setFocus();
        return;
    }
    const ServerProfile chosen = profile();
    if (m_profiles.find(chosen.id)) {
        m_profiles.setLastUsedProfileId(chosen.id);
        if (!chosen.sandbox && m_profiles.find(chosen.id)->username != chosen.username)
            m_profiles.update(chosen);
    }
    qCInfo(lcLogin) << "logged in to" << chosen.url;
    accept();
}

void LoginDialog::cancelLogIn()
{
    if (!m_busy)
        return;
    m_session.reset();
    m_client.reset();
    setBusy(false);
    showError(tr("The log-in was cancelled."));
}

// Only when the server gave no answer at all: a refused password never opens the copy.
void LoginDialog::offerOfflineCopy(const ServerProfile &chosen)
{
    WorkspaceCache cache(WorkspaceCache::defaultDirectory(), chosen.url, chosen.username);
    QString error;
    m_offlineCopy = cache.load(&error);
    if (!m_offlineCopy) {
        if (!error.isEmpty())
            qCWarning(lcLogin) << "offline copy unreadable:" << error;
        return;
    }
    m_offline->setText(tr("Open the &offline copy (%n workspace(s), synced %1 ago)", nullptr,
                          int(m_offlineCopy->workspaces.size()))
                           .arg(describeAge(m_offlineCopy->syncedAt)));
    m_offline->setAccessibleName(tr("Open the offline copy"));
    m_offline->show();
}

void LoginDialog::withdrawOfflineCopy()
{
    m_offline->hide();
    m_offlineCopy.reset();
}

void LoginDialog::openOfflineCopy()
{
    if (!m_offlineCopy || m_busy)
        return;
    m_client = std::make_unique<BillingClient>(m_network, profile().url);
    m_openedOffline = true;
    qCInfo(lcLogin) << "working with the offline copy of" << profile().url;
    accept();
}

std::optional<WorkspaceCache::Contents> LoginDialog::takeOfflineCopy()
{
    std::optional<WorkspaceCache::Contents> copy;
    if (m_openedOffline)
        copy.swap(m_offlineCopy);
    m_openedOffline = false;
    return copy;
}

std::unique_ptr<BillingClient> LoginDialog::takeClient()
{
    return std::move(m_client);
}

std::unique_ptr<KeychainSession> LoginDialog::takeSession()
{
    return std::move(m_session);
}

} // namespace billing
