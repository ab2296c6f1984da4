#pragma once

#include "ClientError.h"
#include "RegistrationTypes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace billing {

// Where a failed registration request sends the user: the step and fields that caused it.
struct RegistrationErrorTarget {
    struct FieldError {
        RegistrationField field;
        QString message;      // translated, for the field's error label
        QString serverReason; // the server's English reason, if it named the field
    };

    std::optional<RegistrationStep> step; // the earliest step with a field to fix
    QList<FieldError> fields;
    QString summary;        // translated sentence for the page
    bool retryable = false; // nothing to fix: the same request may succeed later

    bool hasFieldErrors() const { return !fields.isEmpty(); }
};

class RegistrationErrorMapping
{
    Q_DECLARE_TR_FUNCTIONS(billing::RegistrationErrorMapping)

public:
    enum class Request { Account, Workspace };

    static RegistrationErrorTarget map(const ClientError &error, Request request);
    // The field of a dotted path in error.fields ("settlement.instanceId"), if any.
    static std::optional<RegistrationField> fieldOfPath(const QString &path, Request request);
    static bool isTransient(const ClientError &error);
};

} // namespace billing
