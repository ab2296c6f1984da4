// The registration's activation step without widgets or a server: the methods a site
// offers, the Huawei Cloud IDs (a paste normalised), the AWS / Azure claim code, and the
// Alibaba Cloud IDs asked only for that method.
#include "MarketplaceIds.h"
#include "RegistrationController.h"
#include "RegistrationRules.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace billing;
using Field = RegistrationField;
using Step = RegistrationStep;

class TestRegistrationMarketplaces : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void methodOptionsFollowSite();
    void huaweiBindingNormalisesAPaste();
    void awsNeedsAClaimCode();
    void activationNeedsBindingOnlyForAlibaba();

private:
    QNetworkAccessManager m_network;
    std::unique_ptr<BillingClient> m_client;
    std::unique_ptr<RegistrationController> m_controller;
};

void TestRegistrationMarketplaces::init()
{
    // Port 1 on loopback: nothing listens; nothing here sends anything.
    m_client = std::make_unique<BillingClient>(&m_network, QUrl(u"http://127.0.0.1:1"_qs));
    m_client->retryPolicy = RetryPolicy::none();
    m_controller = std::make_unique<RegistrationController>(*m_client);
}

void TestRegistrationMarketplaces::cleanup()
{
    m_controller.reset();
    m_client.reset();
}

void TestRegistrationMarketplaces::methodOptionsFollowSite()
{
    RegistrationForm &form = m_controller->form();
    QCOMPARE(form.text(Field::Site), u"cn1"_qs);
    QVERIFY(form.isMethodEnabled(SettlementMethod::Aliyun));
    for (auto method : {SettlementMethod::Aws, SettlementMethod::Huawei, SettlementMethod::Azure})
        QVERIFY(!form.isMethodEnabled(method));
    form.setMethod(SettlementMethod::Aliyun);
    QSignalSpy options(&form, &RegistrationForm::optionsChanged);
    form.setText(Field::Site, u"us1"_qs);
    QVERIFY(options.count() >= 1);
    QCOMPARE(form.method(), SettlementMethod::BillingCenter);
    const auto all = form.methodOptions();
    QCOMPARE(all.size(), 5);
    QVERIFY(all.at(0).enabled);
    QVERIFY(!all.at(1).enabled);
    QCOMPARE(all.at(1).note, RegistrationForm::tr("not offered on site %1").arg(u"us1"_qs));
    // Every marketplace the site offers can be chosen: us1 runs on AWS.
    QCOMPARE(all.at(2).method, SettlementMethod::Aws);
    QVERIFY(all.at(2).enabled);
    QVERIFY(all.at(2).note.isEmpty());
    QVERIFY(!all.at(3).enabled);
    form.setText(Field::Site, u"cn4"_qs);
    QVERIFY(form.isMethodEnabled(SettlementMethod::Huawei));
    QVERIFY(!form.isMethodEnabled(SettlementMethod::Aws));
    form.setText(Field::Site, u"cn6"_qs);
    QVERIFY(form.isMethodEnabled(SettlementMethod::Aliyun));
}

void TestRegistrationMarketplaces::huaweiBindingNormalisesAPaste()
{
    using BindingField = MarketplaceBindingController::Field;
    RegistrationForm &form = m_controller->form();
    form.setText(Field::Site, u"cn4"_qs);
    form.setText(Field::WorkspaceName, u"Production"_qs);
    form.setChecked(Field::AgreeActivation, true);
    form.setMethod(SettlementMethod::Huawei);
    MarketplaceBindingController &binding = m_controller->binding();
    QCOMPARE(binding.marketplace(), SettlementMethod::Huawei);
    QVERIFY(!m_controller->isStepValid(Step::Activation));

    // An Alibaba Cloud UID is no Huawei Cloud Account ID: the field says why.
    binding.setText(BindingField::AccountId, u"1234567890123456"_qs);
    QCOMPARE(m_controller->fieldState(Field::HuaweiAccountId).visibleMessage(),
             parseHuaweiAccountId(u"1234567890123456"_qs).message());
    binding.setText(BindingField::AccountId, u"0A1B2C3D4E5F60718293A4B5C6D7E8F9-x"_qs);
    QVERIFY(m_controller->fieldState(Field::HuaweiAccountId).visibleMessage().contains(u"a-f"));

    QSignalSpy normalised(&binding, &MarketplaceBindingController::textChanged);
    binding.setText(BindingField::AccountId, u"  0A1B2C3D4E5F60718293A4B5C6D7E8F9\n"_qs);
    QCOMPARE(binding.text(BindingField::AccountId), u"0a1b2c3d4e5f60718293a4b5c6d7e8f9"_qs);
    QCOMPARE(normalised.count(), 1);
    binding.setText(BindingField::InstanceId, u"hw bad id"_qs);
    QVERIFY(!m_controller->fieldState(Field::InstanceId).visibleMessage().isEmpty());
    binding.setText(BindingField::InstanceId, u" hw0123456789abcdef0123 "_qs);
    QVERIFY(m_controller->isStepValid(Step::Activation));

    const NewWorkspace workspace = form.newWorkspace(binding.accountId(), binding.instanceId());
    QCOMPARE(workspace.settlement.method, SettlementMethod::Huawei);
    QCOMPARE(workspace.settlement.huaweiAccountId, u"0a1b2c3d4e5f60718293a4b5c6d7e8f9"_qs);
    QCOMPARE(workspace.settlement.instanceId, u"hw0123456789abcdef0123"_qs);
    QVERIFY(workspace.settlement.aliyunAccountId.isEmpty());

    // Each marketplace keeps its own values.
    form.setText(Field::Site, u"cn1"_qs);
    form.setMethod(SettlementMethod::Aliyun);
    QCOMPARE(binding.marketplace(), SettlementMethod::Aliyun);
    QVERIFY(binding.text(BindingField::AccountId).isEmpty());
    form.setText(Field::Site, u"cn4"_qs);
    form.setMethod(SettlementMethod::Huawei);
    QCOMPARE(binding.accountId(), u"0a1b2c3d4e5f60718293a4b5c6d7e8f9"_qs);
}

void TestRegistrationMarketplaces::awsNeedsAClaimCode()
{
    RegistrationForm &form = m_controller->form();
    form.setText(Field::Site, u"us1"_qs);
    form.setText(Field::WorkspaceName, u"Production"_qs);
    form.setChecked(Field::AgreeActivation, true);
    QVERIFY(m_controller->isStepValid(Step::Activation));
    form.setMethod(SettlementMethod::Aws);
    QVERIFY(!m_controller->isStepValid(Step::Activation));
    form.setText(Field::ClaimCode, u"ABCD-EF"_qs);
    QCOMPARE(form.fieldState(Field::ClaimCode).visibleMessage(),
             RegistrationRules::checkClaimCode(u"ABCD-EF"_qs));
    QVERIFY(!form.fieldState(Field::ClaimCode).valid);
    form.setText(Field::ClaimCode, u"ABCD-EF01"_qs); // 0 and 1 are never in a code
    QVERIFY(!form.fieldState(Field::ClaimCode).valid);
    form.setText(Field::ClaimCode, u" abcd-efgh "_qs);
    QVERIFY(m_controller->isStepValid(Step::Activation));
    // Another method needs no code.
    form.setText(Field::ClaimCode, QString());
    form.setMethod(SettlementMethod::BillingCenter);
    QVERIFY(m_controller->isStepValid(Step::Activation));
    const NewWorkspace workspace = form.newWorkspace({}, {}, u"aws-0123456789abcdef0123"_qs);
    QVERIFY(workspace.settlement.subscriptionId.isEmpty());
    form.setMethod(SettlementMethod::Aws);
    QCOMPARE(form.newWorkspace({}, {}, u"aws-0123456789abcdef0123"_qs).settlement.subscriptionId,
             u"aws-0123456789abcdef0123"_qs);
}

void TestRegistrationMarketplaces::activationNeedsBindingOnlyForAlibaba()
{
    RegistrationForm &form = m_controller->form();
    form.setText(Field::WorkspaceName, u"Production"_qs);
    form.setChecked(Field::AgreeActivation, true);
    QVERIFY(m_controller->isStepValid(Step::Activation));
    form.setMethod(SettlementMethod::Aliyun);
    QVERIFY(!m_controller->isStepValid(Step::Activation));
    m_controller->binding().setText(MarketplaceBindingController::Field::AccountId,
                                    u"1234567890123456"_qs);
    m_controller->binding().setText(MarketplaceBindingController::Field::InstanceId, u"6227091"_qs);
    QVERIFY(m_controller->isStepValid(Step::Activation));
    form.setChecked(Field::AgreeActivation, false);
    QVERIFY(!m_controller->isStepValid(Step::Activation));
    const NewWorkspace workspace = form.newWorkspace(m_controller->binding().accountId(),
                                                     m_controller->binding().instanceId());
    QCOMPARE(workspace.settlement.method, SettlementMethod::Aliyun);
    QCOMPARE(workspace.settlement.instanceId, u"6227091"_qs);
    QVERIFY(workspace.createBillingCenterAccount);
}

QTEST_GUILESS_MAIN(TestRegistrationMarketplaces)
#include "tst_registration_marketplaces.moc"
