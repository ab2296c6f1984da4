// Server errors to the step and fields that caused them, without widgets or a server.
#include "RegistrationErrorMapping.h"

#include <QTest>

using namespace billing;
using Field = RegistrationField;
using Step = RegistrationStep;
using Request = RegistrationErrorMapping::Request;

Q_DECLARE_METATYPE(ClientError)

namespace {
ClientError apiError(ErrorCode code, const QMap<QString, QString> &fields = {})
{
    return ClientError::fromApi(ApiError::make(code, u"server text"_qs, fields), httpStatus(code));
}
} // namespace

class TestRegistrationErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mapsToStepAndFields_data();
    void mapsToStepAndFields();
};

void TestRegistrationErrors::mapsToStepAndFields_data()
{
    QTest::addColumn<ClientError>("error");
    QTest::addColumn<Request>("request");
    QTest::addColumn<int>("step"); // -1: no step (nothing to fix at a field)
    QTest::addColumn<QList<Field>>("fields");
    QTest::addColumn<bool>("retryable");

    const int none = -1;
    QTest::newRow("username taken") << apiError(ErrorCode::UsernameTaken) << Request::Account
                                    << int(Step::Basic) << QList<Field>{Field::Username} << false;
    QTest::newRow("verification code invalid")
        << apiError(ErrorCode::VerificationCodeInvalid, {{u"verificationCode"_qs, u"Wrong."_qs}})
        << Request::Account << int(Step::Basic) << QList<Field>{Field::VerificationCode} << false;
    QTest::newRow("company refused")
        << apiError(ErrorCode::ValidationFailed, {{u"company"_qs, u"Too long."_qs}})
        << Request::Account << int(Step::Corporate) << QList<Field>{Field::Company} << false;
    QTest::newRow("e-mail and company refused: the earlier step")
        << apiError(ErrorCode::ValidationFailed,
                    {{u"company"_qs, u"Too long."_qs}, {u"email"_qs, u"Bad."_qs}})
        << Request::Account << int(Step::Basic) << QList<Field>{Field::Company, Field::Email}
        << false;
    QTest::newRow("owner mismatch")
        << apiError(ErrorCode::InstanceOwnerMismatch, {{u"aliyunAccountId"_qs, u"Other."_qs}})
        << Request::Workspace << int(Step::Activation)
        << QList<Field>{Field::AliyunAccountId, Field::InstanceId} << false;
    QTest::newRow("instance not found")
        << apiError(ErrorCode::InstanceNotFound, {{u"instanceId"_qs, u"No such instance."_qs}})
        << Request::Workspace << int(Step::Activation) << QList<Field>{Field::InstanceId} << false;
    QTest::newRow("instance not active")
        << apiError(ErrorCode::InstanceNotActive) << Request::Workspace << int(Step::Activation)
        << QList<Field>{Field::InstanceId} << false;
    QTest::newRow("uid refused by path") << apiError(
        ErrorCode::ValidationFailed, {{u"settlement.aliyunAccountId"_qs, u"16 digits."_qs}})
                                         << Request::Workspace << int(Step::Activation)
                                         << QList<Field>{Field::AliyunAccountId} << false;
    QTest::newRow("instance id and name refused")
        << apiError(ErrorCode::ValidationFailed,
                    {{u"settlement.instanceId"_qs, u"Digits."_qs}, {u"name"_qs, u"Empty."_qs}})
        << Request::Workspace << int(Step::Activation)
        << QList<Field>{Field::WorkspaceName, Field::InstanceId} << false;
    QTest::newRow("method not allowed for site")
        << apiError(ErrorCode::MethodNotAllowedForSite) << Request::Workspace
        << int(Step::Activation) << QList<Field>{Field::Method} << false;
    QTest::newRow("unknown field path")
        << apiError(ErrorCode::ValidationFailed, {{u"x"_qs, u"?"_qs}}) << Request::Workspace << none
        << QList<Field>{} << false;
    QTest::newRow("network") << ClientError::make(ClientError::Kind::Network, u"refused"_qs)
                             << Request::Workspace << none << QList<Field>{} << true;
    QTest::newRow("timeout") << ClientError::make(ClientError::Kind::Timeout, u"slow"_qs)
                             << Request::Account << none << QList<Field>{} << true;
    QTest::newRow("service unavailable") << apiError(ErrorCode::ServiceUnavailable)
                                         << Request::Account << none << QList<Field>{} << true;
    QTest::newRow("rate limited") << apiError(ErrorCode::RateLimited) << Request::Account << none
                                  << QList<Field>{} << true;
    QTest::newRow("session expired")
        << ClientError::make(ClientError::Kind::SessionExpired, u"401"_qs) << Request::Workspace
        << none << QList<Field>{} << false;
}

void TestRegistrationErrors::mapsToStepAndFields()
{
    QFETCH(ClientError, error);
    QFETCH(Request, request);
    QFETCH(int, step);
    QFETCH(QList<Field>, fields);
    QFETCH(bool, retryable);

    const RegistrationErrorTarget target = RegistrationErrorMapping::map(error, request);
    QCOMPARE(target.step.has_value() ? int(*target.step) : -1, step);
    QList<Field> mapped;
    for (const auto &fieldError : target.fields) {
        mapped.append(fieldError.field);
        QVERIFY(!fieldError.message.isEmpty());
    }
    std::sort(mapped.begin(), mapped.end());
    std::sort(fields.begin(), fields.end());
    QCOMPARE(mapped, fields);
    QCOMPARE(target.retryable, retryable);
    QVERIFY(!target.summary.isEmpty());
}

QTEST_GUILESS_MAIN(TestRegistrationErrors)
#include "tst_registration_errors.moc"
