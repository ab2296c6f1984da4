#include "Translations.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

#include <memory>

Q_LOGGING_CATEGORY(lcTranslations, "billing.ui.translations", QtInfoMsg)

namespace billing {
namespace {
// Some files of app/ and models/ translate through a local tr() helper with an explicit
// context that lupdate cannot see; lupdate files their strings under the enclosing scope
// instead. Until those files say /* TRANSLATOR ... */, look there too.
const std::pair<const char *, const char *> kContextAliases[] = {
    {"billing::ClientError", "billing"},
    {"billing::UrlPolicy", "billing"},
    {"billing::AliyunIds", "billing::IdParseResult"},
};

class AliasingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        const QString found = QTranslator::translate(context, sourceText, disambiguation, n);
        if (!found.isEmpty() || !context)
            return found;
        for (const auto &[actual, filedUnder] : kContextAliases) {
            if (qstrcmp(context, actual) == 0)
                return QTranslator::translate(filedUnder, sourceText, disambiguation, n);
        }
        return found;
    }
};

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
    const QLocale system = QLocale::system();
    if (system.language() == QLocale::Chinese && system.script() != QLocale::TraditionalHanScript)
        return QStringLiteral("zh_CN");
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

    g_ours = std::make_unique<AliasingTranslator>();
    const QString file = QStringLiteral("billingdesk_") + language;
    QStringList dirs{QStringLiteral(":/i18n")};
    dirs << extraDirs;
    for (const QString &dir : std::as_const(dirs)) {
        if (g_ours->load(file, dir)) {
            QCoreApplication::installTranslator(g_ours.get());
            qCInfo(lcTranslations) << "language" << language << "from" << dir;
            return true;
        }
    }
    if (language == u"en")
        return true; // the source strings are English
    qCWarning(lcTranslations) << "no translation" << file << "in" << dirs;
    return false;
}

} // namespace billing
