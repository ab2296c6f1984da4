#include "RegistrationTypes.h"

namespace billing {

RegistrationTypes::Step RegistrationTypes::stepOf(Field field)
{
    switch (field) {
    case Field::Site:
    case Field::Username:
    case Field::Password:
    case Field::PasswordConfirmation:
    case Field::Email:
    case Field::VerificationCode:
    case Field::Phone:
        return Step::Basic;
    case Field::Company:
    case Field::AcceptTerms:
        return Step::Corporate;
    case Field::WorkspaceName:
    case Field::Language:
    case Field::Method:
    case Field::AliyunAccountId:
    case Field::HuaweiAccountId:
    case Field::InstanceId:
    case Field::ClaimCode:
    case Field::AgreeActivation:
        return Step::Activation;
    }
    return Step::Basic;
}

bool RegistrationTypes::isBindingField(Field field)
{
    return field == Field::AliyunAccountId || field == Field::HuaweiAccountId
           || field == Field::InstanceId;
}

QList<RegistrationTypes::Field> RegistrationTypes::fieldsOf(Step step)
{
    switch (step) {
    case Step::Basic:
        return {Field::Site,  Field::Username,         Field::Password, Field::PasswordConfirmation,
                Field::Email, Field::VerificationCode, Field::Phone};
    case Step::Corporate:
        return {Field::Company, Field::AcceptTerms};
    case Step::Activation:
        return {Field::WorkspaceName,   Field::Language,        Field::Method,
                Field::AliyunAccountId, Field::HuaweiAccountId, Field::InstanceId,
                Field::ClaimCode,       Field::AgreeActivation};
    case Step::Done:
        break;
    }
    return {};
}

} // namespace billing
