#include "AwsAdapter.h"

#include "../MarketplaceContext.h"
#include "AwsLandingHandler.h"
#include "AwsLogging.h"
#include "AwsMeteringGateway.h"
#include "AwsNotificationHandler.h"
#include "AwsSandboxConsole.h"
#include "AwsSandboxMarket.h"
#include "AwsSubscriptionKeys.h"
#include "MarketplaceService.h"
#include "SandboxAwsCustomers.h"
#include "SandboxSnsSigner.h"
#include "ServerOptions.h"
#include "SnsVerifier.h"

namespace billing::server {

Q_LOGGING_CATEGORY(lcAws, "billing.server.marketplace.aws")

namespace {
// The configured certificate, else the sandbox's own; null (notifications answer 503) when
// there is neither or the file is not a certificate.
std::unique_ptr<SnsVerifier> verifierFor(const ServerOptions &options,
                                         const SandboxSnsSigner *signer)
{
    QString error;
    std::unique_ptr<SnsVerifier> verifier;
    if (!options.awsSnsCertPath.isEmpty()) {
        verifier = SnsVerifier::fromPemFile(options.awsSnsCertPath, &error);
        if (!verifier)
            qCCritical(lcAws) << "--aws-sns-cert" << options.awsSnsCertPath
                              << "is not usable:" << error
                              << "- /spi/aws/notifications answers 503";
    } else if (signer) {
        verifier = SnsVerifier::fromPem(signer->certificatePem(), &error);
    } else {
        qCWarning(lcAws) << "no AWS SNS signing certificate (--aws-sns-cert or "
                            "BILLING_CENTER_AWS_SNS_CERT): /spi/aws/notifications answers 503";
    }
    return verifier;
}
} // namespace

AwsAdapter::AwsAdapter(const MarketplaceContext &context)
    : m_context(context)
    , m_keys(std::make_unique<AwsSubscriptionKeys>(context.db))
{
    if (context.options.sandbox) {
        m_signer = std::make_unique<SandboxSnsSigner>();
        auto customers = std::make_unique<SandboxAwsCustomers>(context.clock);
        m_sandboxCustomers = customers.get();
        m_resolver = std::move(customers);
        m_market = std::make_unique<AwsSandboxMarket>(
            context.db, context.transactions,
            [this](const QString &customer, const QString &product) -> std::optional<QString> {
                const auto id = m_keys->newest(customer, product);
                const auto found = id ? m_context.marketplace.find(*id) : std::nullopt;
                if (!found || found->instance.status != InstanceStatus::Opened)
                    return std::nullopt;
                return id;
            });
        m_gateway = std::make_unique<AwsMeteringGateway>(
            *m_market, [this](const QString &id) -> std::optional<MarketplaceSubscription> {
                const auto found = m_context.marketplace.find(id);
                return found ? std::optional(found->instance) : std::nullopt;
            });
    } else {
        m_resolver = std::make_unique<UnreachableAwsCustomers>();
        m_gateway = std::make_unique<UnreachableMarket>(QStringLiteral("AWS Marketplace"),
                                                        BatchMeterUsageRequest::kMaxRecords);
    }
    m_landing = std::make_unique<AwsLandingHandler>(*m_resolver, *m_keys, context.marketplace,
                                                    context.claims, context.transactions,
                                                    context.publicUrl);
    m_notifications = std::make_unique<AwsNotificationHandler>(
        verifierFor(context.options, m_signer.get()), *m_keys, context.marketplace,
        context.messages, context.transactions, context.systemClock);
}

AwsAdapter::~AwsAdapter() = default;

void AwsAdapter::registerRoutes(Router &router)
{
    m_landing->registerRoutes(router);
    m_notifications->registerRoutes(router);
}

void AwsAdapter::registerSandboxRoutes(Router &router)
{
    m_console = std::make_unique<AwsSandboxConsole>(
        AwsSandboxConsole::Parts{*m_sandboxCustomers, *m_signer, *m_landing, *m_notifications,
                                 m_context.marketplace, *m_market, m_context.systemClock});
    m_console->registerRoutes(router);
}

void AwsAdapter::forgetStale()
{
    m_notifications->forgetStale();
}

} // namespace billing::server
