#pragma once

#include "SettlementMethod.h"

#include <QList>
#include <QString>

#include <optional>

namespace billing {

struct Site {
    QString code;                    // "cn1"
    QString name;                    // "China 1 (Hangzhou)"
    QString providerCode;            // "aliyun"
    QString providerName;            // "Alibaba Cloud"
    QList<SettlementMethod> methods; // offered by default, billing_center first

    bool offers(SettlementMethod method) const { return methods.contains(method); }
};

// The sites a workspace can live on. Kept as data (models/data/sites.json), not code.
class SiteTable
{
public:
    // Parses the resource format; on failure returns an empty table and sets *error.
    static SiteTable fromJson(const QByteArray &json, QString *error = nullptr);
    // The table compiled into the library.
    static const SiteTable &builtIn();

    const QList<Site> &sites() const { return m_sites; }
    std::optional<Site> find(const QString &code) const;
    bool contains(const QString &code) const { return find(code).has_value(); }
    bool isEmpty() const { return m_sites.isEmpty(); }

private:
    QList<Site> m_sites;
};

} // namespace billing
