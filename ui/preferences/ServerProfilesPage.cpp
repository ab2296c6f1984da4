#include "ServerProfilesPage.h"

#include "ProfileStore.h"
#include "StoredCredentials.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace billing {
namespace {
constexpr int kIdRole = Qt::UserRole;
} // namespace

const QString ServerProfilesPage::kNewProfileId = QStringLiteral("#new");

ServerProfilesPage::ServerProfilesPage(ProfileStore &profiles, CredentialStore &credentials,
                                       QWidget *parent)
    : QWidget(parent)
    , m_profiles(profiles)
    , m_credentials(new StoredCredentials(credentials, this))
    , m_list(new QListWidget(this))
    , m_form(new ProfileForm(this))
    , m_add(new QPushButton(tr("A&dd"), this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_forget(new QPushButton(tr("&Forget stored credentials"), this))
    , m_builtInNote(new QLabel(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("serverProfilesPage"));
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Server profiles"), question) == QMessageBox::Yes;
    };
    m_list->setObjectName(QStringLiteral("profilesListWidget"));
    m_list->setAccessibleName(tr("Server profiles"));
    m_add->setObjectName(QStringLiteral("addProfileButton"));
    m_add->setAccessibleName(tr("Add a server profile"));
    m_save->setObjectName(QStringLiteral("saveProfileButton"));
    m_save->setAccessibleName(tr("Save the server profile"));
    m_remove->setObjectName(QStringLiteral("removeProfileButton"));
    m_remove->setAccessibleName(tr("Remove the server profile"));
    m_forget->setObjectName(QStringLiteral("forgetCredentialsButton"));
    m_forget->setAccessibleName(tr("Forget stored credentials"));
    m_forget->setToolTip(tr("Removes the saved password and session of this profile's user from "
                            "the system keychain."));
    // Enter in a field saves the profile; it never adds or removes one.
    for (QPushButton *button : {m_add, m_remove, m_forget})
        button->setAutoDefault(false);
    m_save->setDefault(true);
    m_builtInNote->setObjectName(QStringLiteral("builtInNoteLabel"));
    m_builtInNote->setWordWrap(true);
    m_builtInNote->setText(tr("The local sandbox is built in: it cannot be changed or removed."));
    m_status->setObjectName(QStringLiteral("profileStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->hide();

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    auto *formButtons = new QHBoxLayout;
    formButtons->addWidget(m_forget);
    formButtons->addStretch(1);
    formButtons->addWidget(m_save);
    auto *right = new QVBoxLayout;
    right->addWidget(m_form);
    right->addWidget(m_builtInNote);
    right->addLayout(formButtons);
    right->addWidget(m_status);
    right->addStretch(1);

    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 2);
    layout->addLayout(right, 3);

    setTabOrder(m_list, m_add);
    setTabOrder(m_add, m_remove);
    setTabOrder(m_remove, m_form);
    setTabOrder(m_form, m_forget);
    setTabOrder(m_forget, m_save);

    connect(m_list, &QListWidget::currentRowChanged, this, &ServerProfilesPage::showSelected);
    connect(m_form, &ProfileForm::edited, this, &ServerProfilesPage::rememberDraft);
    connect(m_add, &QPushButton::clicked, this, &ServerProfilesPage::addProfile);
    connect(m_save, &QPushButton::clicked, this, &ServerProfilesPage::saveProfile);
    connect(m_remove, &QPushButton::clicked, this, &ServerProfilesPage::removeProfile);
    connect(m_forget, &QPushButton::clicked, this, &ServerProfilesPage::forgetCredentials);
    connect(&m_profiles, &ProfileStore::profilesChanged, this, &ServerProfilesPage::reload);
    reload();
}

ServerProfilesPage::~ServerProfilesPage() = default;

QString ServerProfilesPage::selectedId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(kIdRole).toString() : QString();
}

bool ServerProfilesPage::selectProfile(const QString &id)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(kIdRole).toString() == id) {
            m_list->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

void ServerProfilesPage::reload()
{
    const QString keep = selectedId();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    auto addItem = [this](const QString &id, const QString &name) {
        auto *item =
            new QListWidgetItem(m_drafts.contains(id) ? tr("%1 (not saved)").arg(name) : name);
        item->setData(kIdRole, id);
        m_list->addItem(item);
    };
    for (const ServerProfile &profile : m_profiles.profiles()) {
        addItem(profile.id, profile.name);
    }
    if (m_drafts.contains(kNewProfileId))
        addItem(kNewProfileId, tr("New server"));
    // Drafts of profiles removed meanwhile (another window) have nothing to be saved into.
    for (auto it = m_drafts.begin(); it != m_drafts.end();) {
        if (it.key() != kNewProfileId && !m_profiles.find(it.key()))
            it = m_drafts.erase(it);
        else
            ++it;
    }
    if (!selectProfile(keep))
        m_list->setCurrentRow(0);
    m_shownId.clear();
    showSelected();
}

void ServerProfilesPage::showSelected()
{
    const QString id = selectedId();
    if (id == m_shownId)
        return;
    m_shownId = id;
    const std::optional<ServerProfile> stored = m_profiles.find(id);
    const bool builtIn = stored && stored->sandbox;
    if (m_drafts.contains(id))
        m_form->setText(m_drafts.value(id));
    else
        m_form->setText(stored ? ProfileForm::textOf(*stored) : ProfileForm::Text{});
    m_form->setReadOnly(builtIn);
    m_builtInNote->setVisible(builtIn);
    updateActions();
}

void ServerProfilesPage::rememberDraft()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    const bool wasDraft = m_drafts.contains(id);
    m_drafts.insert(id, m_form->text());
    if (!wasDraft) {
        const std::optional<ServerProfile> stored = m_profiles.find(id);
        if (QListWidgetItem *item = m_list->currentItem(); item && stored)
            item->setText(tr("%1 (not saved)").arg(stored->name));
    }
    updateActions();
}

void ServerProfilesPage::updateActions()
{
    const QString id = selectedId();
    const std::optional<ServerProfile> stored = m_profiles.find(id);
    const bool builtIn = stored && stored->sandbox;
    m_save->setEnabled(!builtIn && (id == kNewProfileId || m_drafts.contains(id)));
    m_remove->setEnabled(!builtIn && !id.isEmpty());
    const QString notForgettable =
        stored ? StoredCredentials::whyNotForgettable(*stored) : tr("Save the profile first.");
    m_forget->setEnabled(notForgettable.isEmpty());
    m_forget->setAccessibleDescription(notForgettable);
}

void ServerProfilesPage::addProfile()
{
    if (!m_drafts.contains(kNewProfileId)) {
        m_drafts.insert(kNewProfileId, ProfileForm::Text{{}, QStringLiteral("https://"), {}});
        reload();
    }
    selectProfile(kNewProfileId);
    m_status->hide();
    m_form->focusName();
}

void ServerProfilesPage::saveProfile()
{
    const QString id = selectedId();
    ServerProfile profile = m_form->profile();
    profile.id = id;
    const ProfileStore::Result result =
        id == kNewProfileId ? m_profiles.add(profile) : m_profiles.update(profile);
    if (!result.ok()) {
        m_form->showProblem(result);
        if (result.error != ProfileStore::Error::InvalidName
            && result.error != ProfileStore::Error::DuplicateName
            && result.error != ProfileStore::Error::InvalidUrl)
            showStatus(result.message, false);
        return;
    }
    m_drafts.remove(id);
    reload(); // profilesChanged already reloaded; this shows the saved item without its draft
    selectProfile(result.id);
    showStatus(tr("Saved \"%1\".").arg(profile.name), true);
}

void ServerProfilesPage::removeProfile()
{
    const QString id = selectedId();
    if (id == kNewProfileId) {
        m_drafts.remove(id);
        reload();
        return;
    }
    const std::optional<ServerProfile> stored = m_profiles.find(id);
    if (!stored
        || !m_confirm(tr("Remove the server profile \"%1\"? Stored passwords are not "
                         "affected.")
                          .arg(stored->name)))
        return;
    m_drafts.remove(id);
    const ProfileStore::Result result = m_profiles.remove(id);
    if (!result.ok())
        showStatus(result.message, false);
    else
        showStatus(tr("Removed \"%1\".").arg(stored->name), true);
}

void ServerProfilesPage::forgetCredentials()
{
    const std::optional<ServerProfile> stored = m_profiles.find(selectedId());
    if (!stored)
        return;
    m_forget->setEnabled(false);
    showStatus(tr("Removing from the system keychain…"), true);
    m_credentials->forget(*stored, [this](const StoredCredentials::Result &result) {
        showStatus(result.message, result.ok);
        updateActions();
    });
}

void ServerProfilesPage::showStatus(const QString &message, bool good)
{
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText,
                     good ? this->palette().color(QPalette::WindowText) : QColor(0xc6, 0x28, 0x28));
    m_status->setPalette(palette);
    m_status->setText(message);
    m_status->setVisible(!message.isEmpty());
}

} // namespace billing
