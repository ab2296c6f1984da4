#include "Registration.h"

#include <array>

namespace billing {
namespace {
struct TextField {
    const char *key;
    QString Registration::*member;
};
constexpr std::array kTextFields{
    TextField{"site", &Registration::site},
    TextField{"username", &Registration::username},
    TextField{"password", &Registration::password},
    TextField{"email", &Registration::email},
    TextField{"verificationCode", &Registration::verificationCode},
    TextField{"phone", &Registration::phone},
    TextField{"company", &Registration::company},
};
constexpr const char *kAcceptTerms = "acceptTerms";
} // namespace

QList<const char *> Registration::jsonKeys()
{
    QList<const char *> keys;
    for (const TextField &field : kTextFields)
        keys.append(field.key);
    keys.append(kAcceptTerms);
    return keys;
}

QJsonObject Registration::toJson() const
{
    QJsonObject object;
    for (const TextField &field : kTextFields)
        object.insert(QLatin1String(field.key), this->*field.member);
    object.insert(QLatin1String(kAcceptTerms), acceptTerms);
    return object;
}

std::optional<Registration> Registration::fromJson(const QJsonObject &object)
{
    Registration registration;
    for (const TextField &field : kTextFields) {
        const QJsonValue value = object.value(QLatin1String(field.key));
        if (!value.isString())
            return std::nullopt;
        registration.*field.member = value.toString();
    }
    const QJsonValue terms = object.value(QLatin1String(kAcceptTerms));
    if (!terms.isBool())
        return std::nullopt;
    registration.acceptTerms = terms.toBool();
    registration.company = registration.company.trimmed();
    return registration;
}

} // namespace billing
