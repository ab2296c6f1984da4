#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace billing {

// The white-label configuration: the product is sold under a customer's brand, so its name
// and web addresses are data, never words in a translated sentence (use "%1").
// The defaults come with the application (resources/branding.json); a branding.json in the
// application's configuration folder overrides any of them.
struct Branding {
    QString brandName;
    QUrl billingCenterUrl;      // where the Billing Center web platform lives
    QUrl marketplaceProductUrl; // the product page on Alibaba Cloud Marketplace
    QUrl termsUrl;              // the terms of service the registration asks to accept

    // The file compiled into the application.
    static Branding builtIn();
    // Reads the file format over `base`: keys that are present replace base's values.
    // Returns nullopt and sets *error when the document or a value is not acceptable.
    static std::optional<Branding> fromJson(const QByteArray &json, const Branding &base,
                                            QString *error = nullptr);
    // builtIn(), overridden by `overridePath` when that file exists; an unreadable or
    // invalid override is ignored with a logged warning.
    static Branding load(const QString &overridePath);
    // load() with <AppConfigLocation>/branding.json.
    static Branding load();
    static QString defaultOverridePath();
};

} // namespace billing
