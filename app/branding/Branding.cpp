#include "Branding.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcBranding, "billing.branding", QtInfoMsg)

namespace billing {
namespace {
constexpr qsizetype kMaxBrandLength = 64;
constexpr qint64 kMaxFileSize = 64 * 1024;

// A web address the application may open: absolute http(s) with a host.
bool isWebUrl(const QUrl &url)
{
    return url.isValid() && (url.scheme() == u"https" || url.scheme() == u"http")
           && !url.host().isEmpty();
}

bool readUrl(const QJsonObject &object, const char *key, QUrl *target, QString *error)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined())
        return true;
    const QUrl url(value.toString(), QUrl::StrictMode);
    if (!value.isString() || !isWebUrl(url)) {
        *error = QStringLiteral("\"%1\" must be an http(s) address").arg(QLatin1String(key));
        return false;
    }
    *target = url;
    return true;
}

QByteArray readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    if (file.size() > kMaxFileSize) {
        *error = QStringLiteral("larger than %1 bytes").arg(kMaxFileSize);
        return {};
    }
    return file.readAll();
}
} // namespace

std::optional<Branding> Branding::fromJson(const QByteArray &json, const Branding &base,
                                           QString *error)
{
    QString ignored;
    QString &why = error ? *error : ignored;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        why = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                           : QStringLiteral("not a JSON object");
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    Branding result = base;
    const QJsonValue name = object.value(u"brandName");
    if (!name.isUndefined()) {
        const QString trimmed = name.toString().trimmed();
        if (!name.isString() || trimmed.isEmpty() || trimmed.size() > kMaxBrandLength) {
            why = QStringLiteral("\"brandName\" must be 1-%1 characters").arg(kMaxBrandLength);
            return std::nullopt;
        }
        result.brandName = trimmed;
    }
    if (!readUrl(object, "billingCenterUrl", &result.billingCenterUrl, &why)
        || !readUrl(object, "marketplaceProductUrl", &result.marketplaceProductUrl, &why)
        || !readUrl(object, "termsUrl", &result.termsUrl, &why))
        return std::nullopt;
    return result;
}

Branding Branding::builtIn()
{
    static const Branding branding = [] {
        QString error;
        const QByteArray json =
            readFile(QStringLiteral(":/billing/branding/branding.json"), &error);
        const Branding empty;
        auto parsed = fromJson(json, empty, &error);
        if (!parsed || parsed->brandName.isEmpty()) {
            qCCritical(lcBranding) << "the built-in branding is broken:" << error;
            return empty;
        }
        return *parsed;
    }();
    return branding;
}

Branding Branding::load(const QString &overridePath)
{
    const Branding defaults = builtIn();
    if (overridePath.isEmpty() || !QFile::exists(overridePath))
        return defaults;
    QString error;
    const QByteArray json = readFile(overridePath, &error);
    if (error.isEmpty()) {
        if (auto branding = fromJson(json, defaults, &error)) {
            qCInfo(lcBranding) << "branding from" << overridePath << "-" << branding->brandName;
            return *branding;
        }
    }
    qCWarning(lcBranding) << "ignoring" << overridePath
                          << "and using the built-in branding:" << error;
    return defaults;
}

Branding Branding::load()
{
    return load(defaultOverridePath());
}

QString Branding::defaultOverridePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    return dir.isEmpty() ? QString() : dir + QStringLiteral("/branding.json");
}

} // namespace billing
