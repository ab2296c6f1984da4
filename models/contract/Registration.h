#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace billing {

// The body of POST /api/v1/accounts: the fields of registration steps 1-2.
struct Registration {
    QString site;
    QString username;
    QString password;
    QString email;
    QString verificationCode;
    QString phone;
    QString company;
    bool acceptTerms = false;

    static QList<const char *> jsonKeys();
    QJsonObject toJson() const;
    // Nullopt when a field is missing, null or of another JSON type. The values are not
    // checked against FieldRules (the reader does that, with its own reasons); the company
    // comes back trimmed, as the server keeps it.
    static std::optional<Registration> fromJson(const QJsonObject &object);

    friend bool operator==(const Registration &, const Registration &) = default;
};

} // namespace billing
