#pragma once

#include <QDialog>

#include <memory>

class QSettings;
class QTabWidget;

namespace billing {

class CredentialStore;
class LanguagePage;
class ProfileStore;
class ServerProfilesPage;

// Preferences: server profiles (with "forget stored credentials") and the interface language.
// Changes are saved as they are made; Close only closes.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    // The language is kept in the application's default QSettings.
    PreferencesDialog(ProfileStore &profiles, CredentialStore &credentials,
                      QWidget *parent = nullptr);
    PreferencesDialog(ProfileStore &profiles, CredentialStore &credentials, QSettings &settings,
                      QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    ServerProfilesPage *profilesPage() const { return m_profilesPage; }
    LanguagePage *languagePage() const { return m_languagePage; }
    void showLanguagePage();

private:
    PreferencesDialog(ProfileStore &profiles, CredentialStore &credentials,
                      std::unique_ptr<QSettings> ownSettings, QSettings *settings, QWidget *parent);

    std::unique_ptr<QSettings> m_ownSettings;
    QTabWidget *m_tabs;
    ServerProfilesPage *m_profilesPage;
    LanguagePage *m_languagePage;
};

} // namespace billing
