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
    case Field::InstanceId:
    case Field::AgreeActivation:
        return Step::Activation;
    }
    return Step::Basic;
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
        return {Field::WorkspaceName,   Field::Language,   Field::Method,
                Field::AliyunAccountId, Field::InstanceId, Field::AgreeActivation};
    case Step::Done:
        break;
    }
    return {};
}

} // namespace billing
