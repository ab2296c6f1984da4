#include "CommandLineLanguage.h"

#include "Translations.h"

namespace billing {

CommandLineLanguage CommandLineLanguage::take(QStringList &arguments)
{
    CommandLineLanguage option;
    for (qsizetype i = 1; i < arguments.size();) {
        const QString &argument = arguments.at(i);
        if (argument == u"--lang" && i + 1 < arguments.size()) {
            option.m_value = arguments.at(i + 1);
            option.m_given = true;
            arguments.remove(i, 2);
        } else if (argument.startsWith(u"--lang=")) {
            option.m_value = argument.mid(7);
            option.m_given = true;
            arguments.remove(i);
        } else {
            ++i;
        }
    }
    return option;
}

QString CommandLineLanguage::install() const
{
    const QString language = Translations::normalise(m_value);
    if (m_given && language.isEmpty()) {
        Translations::install(Translations::systemLanguage());
        return tr("Unknown language \"%1\". Use one of: %2.")
            .arg(m_value, Translations::supportedLanguages().join(u", "));
    }
    Translations::install(language.isEmpty() ? Translations::systemLanguage() : language);
    return {};
}

} // namespace billing
