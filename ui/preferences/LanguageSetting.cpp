#include "LanguageSetting.h"

#include "Translations.h"

#include <QSettings>

namespace billing {
namespace {
const QString kLanguageKey = QStringLiteral("ui/language");
} // namespace

QString storedLanguage(QSettings &settings)
{
    // A hand-edited or outdated value must not block start-up: unknown means "the system's".
    return Translations::normalise(settings.value(kLanguageKey).toString());
}

void storeLanguage(QSettings &settings, const QString &language)
{
    const QString normalised = Translations::normalise(language);
    if (normalised.isEmpty())
        settings.remove(kLanguageKey);
    else
        settings.setValue(kLanguageKey, normalised);
    settings.sync();
}

} // namespace billing
