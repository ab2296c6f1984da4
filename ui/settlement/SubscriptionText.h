#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace billing {

// The words the desktop shows for a marketplace subscription's wire fields.
struct SubscriptionText {
    Q_DECLARE_TR_FUNCTIONS(billing::SubscriptionText)

public:
    static QString marketplace(const QString &wire); // "AWS Marketplace"
    static QString cloud(const QString &wire);       // "AWS", as in "AWS subscription …"
    static QString customer(const QString &marketplace, const QJsonObject &customer);
    static QString status(const QString &wire);
};

} // namespace billing
