#include "SiteText.h"

namespace billing {
namespace {
// The names of models/data/sites.json, for lupdate; looked up by their English text.
[[maybe_unused]] constexpr const char *kNames[] = {
    QT_TRANSLATE_NOOP("billing::SiteText", "China 1 (Hangzhou)"),
    QT_TRANSLATE_NOOP("billing::SiteText", "China 2 (Ningxia)"),
    QT_TRANSLATE_NOOP("billing::SiteText", "China 4 (Guangzhou)"),
    QT_TRANSLATE_NOOP("billing::SiteText", "China 6 (Hong Kong)"),
    QT_TRANSLATE_NOOP("billing::SiteText", "Overseas 1 (Oregon)"),
    QT_TRANSLATE_NOOP("billing::SiteText", "Europe 1 (Frankfurt)"),
    QT_TRANSLATE_NOOP("billing::SiteText", "Asia-Pacific 1 (Singapore)"),
    QT_TRANSLATE_NOOP("billing::SiteText", "Africa 1 (South Africa)"),
    QT_TRANSLATE_NOOP("billing::SiteText", "Indonesia 1 (Jakarta)"),
    QT_TRANSLATE_NOOP("billing::SiteText", "Alibaba Cloud"),
    QT_TRANSLATE_NOOP("billing::SiteText", "Alibaba Cloud (international)"),
    QT_TRANSLATE_NOOP("billing::SiteText", "AWS"),
    QT_TRANSLATE_NOOP("billing::SiteText", "Huawei Cloud"),
    QT_TRANSLATE_NOOP("billing::SiteText", "Tencent Cloud"),
};

QString translated(const QString &english)
{
    const QByteArray source = english.toUtf8();
    return QCoreApplication::translate("billing::SiteText", source.constData());
}
} // namespace

QString SiteText::siteName(const Site &site)
{
    return translated(site.name);
}

QString SiteText::providerName(const Site &site)
{
    return translated(site.providerName);
}

QString SiteText::pickerText(const Site &site)
{
    return tr("%1 · %2 · %3").arg(site.code, siteName(site), providerName(site));
}

} // namespace billing
