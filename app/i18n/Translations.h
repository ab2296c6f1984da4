#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QTranslator;

namespace billing {

// The user-interface language: Qt's own strings (qtbase_*) and Billing Desk's (billingdesk_*).
class Translations
{
    Q_DECLARE_TR_FUNCTIONS(billing::Translations)

public:
    // "zh_CN" or "en" for a --lang value or a locale; empty when not supported.
    static QString normalise(const QString &language);
    // The language of the system locale when it is supported, else "en".
    static QString systemLanguage();
    static QStringList supportedLanguages();

    // Installs the translators for `language` on the application and makes it the default
    // locale. Billing Desk's are read from :/i18n, then from each of `extraDirs`. Returns
    // false (and logs) when Billing Desk's translation for a non-English language is missing.
    static bool install(const QString &language, const QStringList &extraDirs = {});
    // Removes what install() added.
    static void uninstall();
};

} // namespace billing
