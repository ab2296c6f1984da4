#pragma once

#include "ProfileForm.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QLabel;
class QListWidget;
class QPushButton;

namespace billing {

class CredentialStore;
class ProfileStore;
class StoredCredentials;

// Preferences → Server profiles: the list, one profile's fields, and add / save / remove /
// forget stored credentials. What is typed and not yet saved is kept per profile while the
// user moves around the list, so switching profiles or a refused save loses nothing.
class ServerProfilesPage : public QWidget
{
    Q_OBJECT

public:
    ServerProfilesPage(ProfileStore &profiles, CredentialStore &credentials,
                       QWidget *parent = nullptr);
    ~ServerProfilesPage() override;

    // Asked before a profile is removed; a QMessageBox by default. Tests answer themselves.
    using Confirmation = std::function<bool(const QString &question)>;
    void setConfirmation(Confirmation confirm) { m_confirm = std::move(confirm); }

    // The selected profile's id; kNewProfileId while a new one is being written.
    QString selectedId() const;
    bool selectProfile(const QString &id);

    static const QString kNewProfileId;

private:
    void reload();
    void showSelected();
    void rememberDraft();
    void updateActions();
    void addProfile();
    void saveProfile();
    void removeProfile();
    void forgetCredentials();
    void showStatus(const QString &message, bool good);

    ProfileStore &m_profiles;
    StoredCredentials *m_credentials;
    Confirmation m_confirm;
    QHash<QString, ProfileForm::Text> m_drafts; // by profile id: typed, not saved
    QString m_shownId;

    QListWidget *m_list;
    ProfileForm *m_form;
    QPushButton *m_add;
    QPushButton *m_save;
    QPushButton *m_remove;
    QPushButton *m_forget;
    QLabel *m_builtInNote;
    QLabel *m_status;
};

} // namespace billing
