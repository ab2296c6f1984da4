#include "LanguagePage.h"

#include "LanguageSetting.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

namespace billing {

LanguagePage::LanguagePage(QSettings &settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_languages(new QComboBox(this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("languagePage"));
    m_languages->setObjectName(QStringLiteral("languageComboBox"));
    m_languages->setAccessibleName(tr("Interface language"));
    m_languages->addItem(tr("System language"), QString());
    // Each language is named in itself, so it can be found whatever the current language.
    m_languages->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_languages->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_languages->setCurrentIndex(std::max(0, m_languages->findData(storedLanguage(settings))));

    auto *label = new QLabel(tr("&Language:"), this);
    label->setBuddy(m_languages);
    m_note->setObjectName(QStringLiteral("languageNoteLabel"));
    m_note->setWordWrap(true);
    m_note->setText(tr("A new language applies the next time the application starts."));

    auto *form = new QFormLayout;
    form->addRow(label, m_languages);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addStretch(1);

    connect(m_languages, &QComboBox::currentIndexChanged, this, &LanguagePage::store);
}

QString LanguagePage::selectedLanguage() const
{
    return m_languages->currentData().toString();
}

void LanguagePage::store(int index)
{
    storeLanguage(m_settings, m_languages->itemData(index).toString());
}

} // namespace billing
