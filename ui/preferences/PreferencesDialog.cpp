#include "PreferencesDialog.h"

#include "LanguagePage.h"
#include "ServerProfilesPage.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QVBoxLayout>

namespace billing {

PreferencesDialog::PreferencesDialog(ProfileStore &profiles, CredentialStore &credentials,
                                     QWidget *parent)
    : PreferencesDialog(profiles, credentials, std::make_unique<QSettings>(), nullptr, parent)
{}

PreferencesDialog::PreferencesDialog(ProfileStore &profiles, CredentialStore &credentials,
                                     QSettings &settings, QWidget *parent)
    : PreferencesDialog(profiles, credentials, nullptr, &settings, parent)
{}

PreferencesDialog::PreferencesDialog(ProfileStore &profiles, CredentialStore &credentials,
                                     std::unique_ptr<QSettings> ownSettings, QSettings *settings,
                                     QWidget *parent)
    : QDialog(parent)
    , m_ownSettings(std::move(ownSettings))
    , m_tabs(new QTabWidget(this))
    , m_profilesPage(new ServerProfilesPage(profiles, credentials, m_tabs))
    , m_languagePage(new LanguagePage(settings ? *settings : *m_ownSettings, m_tabs))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    m_tabs->setObjectName(QStringLiteral("preferencesTabWidget"));
    m_tabs->setAccessibleName(tr("Preferences sections"));
    m_tabs->addTab(m_profilesPage, tr("Server &profiles"));
    m_tabs->addTab(m_languagePage, tr("&Language"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("preferencesButtonBox"));
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    resize(sizeHint().expandedTo(QSize(640, 400)));
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::showLanguagePage()
{
    m_tabs->setCurrentWidget(m_languagePage);
}

} // namespace billing
