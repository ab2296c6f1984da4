#include "LoginDialog.h"

#include "FieldErrorLabel.h"
#include "LoginController.h"
#include "WorkspaceCache.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace billing {

using Problem = LoginController::Problem;

LoginDialog::LoginDialog(LoginController &controller, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
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
    connect(m_register, &QPushButton::clicked, &m_controller,
            &LoginController::requestRegistration);

    m_offline = new QPushButton(this);
    m_offline->setObjectName(QStringLiteral("offlineCopyButton"));
    m_offline->setAutoDefault(false);
    m_offline->hide();
    connect(m_offline, &QPushButton::clicked, &m_controller, &LoginController::openOfflineCopy);

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

    showProfiles();
    showUsername(m_controller.username());
    m_remember->setChecked(m_controller.remember());
    showStoredPassword(m_controller.hasStoredPassword());
    showBusy(m_controller.isBusy());
    showProblem();
    showOfflineCopy();

    connect(m_profile, &QComboBox::currentIndexChanged, this,
            [this] { m_controller.selectProfile(m_profile->currentData().toString()); });
    connect(m_username, &QLineEdit::textChanged, &m_controller, &LoginController::setUsername);
    connect(m_username, &QLineEdit::editingFinished, &m_controller,
            &LoginController::lookUpStoredPassword);
    connect(m_remember, &QCheckBox::toggled, &m_controller, &LoginController::setRemember);

    connect(&m_controller, &LoginController::profilesChanged, this, &LoginDialog::showProfiles);
    connect(&m_controller, &LoginController::currentProfileChanged, this,
            &LoginDialog::showCurrentProfile);
    connect(&m_controller, &LoginController::usernameChanged, this, &LoginDialog::showUsername);
    connect(&m_controller, &LoginController::rememberChanged, m_remember, &QCheckBox::setChecked);
    connect(&m_controller, &LoginController::storedPasswordChanged, this,
            &LoginDialog::showStoredPassword);
    connect(&m_controller, &LoginController::busyChanged, this, &LoginDialog::showBusy);
    connect(&m_controller, &LoginController::problemChanged, this, [this](Problem problem) {
        showProblem();
        if (problem == Problem::NoUsername) {
            m_username->setFocus();
        } else if (problem == Problem::NoPassword) {
            m_password->setFocus();
        } else if (problem == Problem::Failed || problem == Problem::KeychainRefused) {
            m_password->selectAll();
            m_password->setFocus();
        }
    });
    connect(&m_controller, &LoginController::offlineCopyChanged, this,
            &LoginDialog::showOfflineCopy);
    connect(&m_controller, &LoginController::loggedIn, this, &LoginDialog::accept);
    setMinimumWidth(420);
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::showProfiles()
{
    QSignalBlocker blocker(m_profile);
    m_profile->clear();
    for (const ServerProfile &profile : m_controller.profiles()) {
        m_profile->addItem(profile.name, profile.id);
        m_profile->setItemData(m_profile->count() - 1, profile.url.toString(), Qt::ToolTipRole);
    }
    showCurrentProfile();
}

void LoginDialog::showCurrentProfile()
{
    QSignalBlocker blocker(m_profile);
    const int index = m_profile->findData(m_controller.currentProfile().id);
    m_profile->setCurrentIndex(index < 0 ? 0 : index);
}

void LoginDialog::showUsername(const QString &username)
{
    if (m_username->text() != username)
        m_username->setText(username);
    updateLogInButton();
}

void LoginDialog::setUsername(const QString &username)
{
    m_username->setText(username);
    m_controller.lookUpStoredPassword();
}

ServerProfile LoginDialog::profile() const
{
    return m_controller.profile();
}

bool LoginDialog::isBusy() const
{
    return m_controller.isBusy();
}

void LoginDialog::showStoredPassword(bool stored)
{
    m_storedNote->setVisible(stored);
    m_storedNote->setText(stored ? tr("A password for this user is kept in the system keychain: "
                                      "leave the password empty to use it.")
                                 : QString());
    m_password->setPlaceholderText(stored ? tr("Stored in the system keychain") : QString());
    updateLogInButton();
}

void LoginDialog::updateLogInButton()
{
    m_logIn->setEnabled(m_controller.canLogIn());
}

void LoginDialog::showBusy(bool busy)
{
    m_profile->setEnabled(!busy);
    m_username->setReadOnly(busy);
    m_password->setReadOnly(busy);
    m_remember->setEnabled(!busy);
    m_register->setEnabled(!busy);
    m_busyLabel->setVisible(busy);
    m_busyLabel->setText(busy ? tr("Logging in to %1…").arg(m_controller.currentProfile().name)
                              : QString());
    updateLogInButton();
}

void LoginDialog::showProblem()
{
    const QString detail = m_controller.problemDetail();
    switch (m_controller.problem()) {
    case Problem::None:
        m_error->setMessage({});
        break;
    case Problem::NoServer:
        m_error->setMessage(
            tr("The local sandbox is not running in this session; choose another server."));
        break;
    case Problem::NoUsername:
        m_error->setMessage(tr("Enter your username."));
        break;
    case Problem::NoPassword:
        m_error->setMessage(tr("Enter your password."));
        break;
    case Problem::Failed:
        m_error->setMessage(detail.isEmpty() ? tr("The log-in failed.") : detail);
        break;
    case Problem::KeychainRefused:
        m_error->setMessage(detail + u' '
                            + tr("Clear “Remember me” to log in without keeping the password."));
        break;
    case Problem::Cancelled:
        m_error->setMessage(tr("The log-in was cancelled."));
        break;
    }
}

QString LoginDialog::errorText() const
{
    return m_error->text();
}

void LoginDialog::reject()
{
    if (m_controller.isBusy())
        m_controller.cancelLogIn();
    else
        QDialog::reject();
}

void LoginDialog::logIn()
{
    m_controller.logIn(m_password->text());
}

void LoginDialog::showOfflineCopy()
{
    const auto &copy = m_controller.offlineCopy();
    if (!copy) {
        m_offline->hide();
        return;
    }
    m_offline->setText(tr("Open the &offline copy (%n workspace(s), synced %1 ago)", nullptr,
                          static_cast<int>(copy->workspaces.size()))
                           .arg(describeAge(copy->syncedAt)));
    m_offline->setAccessibleName(tr("Open the offline copy"));
    m_offline->show();
}

} // namespace billing
