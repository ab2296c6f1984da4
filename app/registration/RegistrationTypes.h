#pragma once

#include <QMetaType>
#include <QObject>

namespace billing {

// The steps and inputs of the registration wizard (first purchase of the commercial plan).
class RegistrationTypes
{
    Q_GADGET

public:
    enum class Step { Basic, Corporate, Activation, Done };
    Q_ENUM(Step)

    enum class Field {
        // step 1: basic information
        Site,
        Username,
        Password,
        PasswordConfirmation,
        Email,
        VerificationCode,
        Phone,
        // step 2: corporate information
        Company,
        AcceptTerms,
        // step 3: activation
        WorkspaceName,
        Language,
        Method,
        AliyunAccountId,
        HuaweiAccountId,
        InstanceId,
        ClaimCode, // AWS, Azure: the code the marketplace's landing page showed
        AgreeActivation,
    };
    Q_ENUM(Field)

    static Step stepOf(Field field);
    // The fields the user fills in on a step, in the order the page shows them.
    static QList<Field> fieldsOf(Step step);
    // The Alibaba Cloud / Huawei Cloud IDs: MarketplaceBindingController holds them.
    static bool isBindingField(Field field);
};

using RegistrationStep = RegistrationTypes::Step;
using RegistrationField = RegistrationTypes::Field;

} // namespace billing
