#include "Translations.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

#include <memory>

Q_LOGGING_CATEGORY(lcTranslations, "billing.ui.translations", QtInfoMsg)

namespace billing {
namespace {
std::unique_ptr<QTranslator> g_qt;
std::unique_ptr<QTranslator> g_ours;
} // namespace

QStringList Translations::supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString Translations::normalise(const QString &language)
{
    const QString lower = language.trimmed().toLower().replace(u'-', u'_');
    if (lower == u"en" || lower.startsWith(u"en_"))
        return QStringLiteral("en");
    if (lower == u"zh" || lower == u"zh_cn" || lower == u"zh_hans" || lower.startsWith(u"zh_hans_"))
        return QStringLiteral("zh_CN");
    return {};
}

QString Translations::systemLanguage()
{
    // uiLanguages() honours LANGUAGE=zh_CN:en as well as LC_MESSAGES/LANG; the first one
    // Billing Desk speaks wins. Traditional Chinese is not offered, so it falls through.
    const QStringList preferred = QLocale::system().uiLanguages();
    for (const QString &candidate : preferred) {
        const QString language = normalise(candidate);
        if (!language.isEmpty())
            return language;
    }
    return QStringLiteral("en");
}

void Translations::uninstall()
{
    for (auto *translator : {&g_qt, &g_ours}) {
        if (*translator) {
            QCoreApplication::removeTranslator(translator->get());
            translator->reset();
        }
    }
}

bool Translations::install(const QString &language, const QStringList &extraDirs)
{
    uninstall();
    QLocale::setDefault(QLocale(language));

    g_qt = std::make_unique<QTranslator>();
    if (g_qt->load(QStringLiteral("qtbase_") + language,
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(g_qt.get());
    else if (language != u"en")
        qCWarning(lcTranslations) << "no Qt translation for" << language;

    g_ours = std::make_unique<QTranslator>();
    const QString file = QStringLiteral("billingdesk_") + language;
    QStringList dirs{QStringLiteral(":/i18n")};
    dirs << extraDirs;
    for (const QString &dir : std::as_const(dirs)) {
        if (g_ours->load(file, dir)) {
            QCoreApplication::installTranslator(g_ours.get());
            qCDebug(lcTranslations) << "language" << language << "from" << dir;
            return true;
        }
    }
    if (language == u"en")
        return true; // the source strings are English
    qCWarning(lcTranslations) << "no translation" << file << "in" << dirs;
    return false;
}

} // namespace billing
