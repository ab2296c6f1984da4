#include "SandboxHandlers.h"

#include "Logging.h"
#include "MailStore.h"
#include "MarketplaceService.h"
#include "OffsetClock.h"
#include "Paging.h"
#include "RequestBody.h"
#include "Router.h"
#include "SecureRandom.h"

#include <AliyunIds.h>
#include <Rfc3339.h>

namespace billing::server {

const QString SandboxHandlers::kProductCode = QStringLiteral("cmgj00053362");

SandboxHandlers::SandboxHandlers(MarketplaceService &marketplace, MailStore &mails,
                                 OffsetClock &clock, std::function<void()> clockMoved)
    : m_marketplace(marketplace)
    , m_mails(mails)
    , m_clock(clock)
    , m_clockMoved(std::move(clockMoved))
{}

void SandboxHandlers::registerRoutes(Router &router)
{
    const QString instances = QStringLiteral("/api/v1/sandbox/aliyun/instances");
    router.add("POST", instances, {Auth::None, true},
               [this](RequestContext &context) { return createInstance(context); });
    for (const QString &action :
         {QStringLiteral("expire"), QStringLiteral("renew"), QStringLiteral("release")}) {
        router.add(
            "POST", instances + QStringLiteral("/{id}/") + action, {Auth::None, true},
            [this, action](RequestContext &context) { return instanceAction(context, action); });
    }
    router.add("POST", instances + QStringLiteral("/{id}/upgrade"), {Auth::None, true},
               [this](RequestContext &context) { return upgradeInstance(context); });
    router.add("GET", QStringLiteral("/api/v1/sandbox/mailbox"), {},
               [this](RequestContext &context) { return mailbox(context); });
    router.add("POST", QStringLiteral("/api/v1/sandbox/clock"), {Auth::None, true},
               [this](RequestContext &context) { return setClock(context); });
    router.add("GET", QStringLiteral("/api/v1/sandbox/clock"), {}, [this](RequestContext &) {
        return HttpResponse::json(200, {{QStringLiteral("now"), rfc3339::format(m_clock.now())}});
    });
}

HttpResponse SandboxHandlers::instanceReply(int status, const QString &instanceId)
{
    const auto instance = m_marketplace.find(instanceId);
    return HttpResponse::json(status, instance->toJson(m_marketplace.boundWorkspaces(instanceId)));
}

HttpResponse SandboxHandlers::createInstance(const RequestContext &context)
{
    RequestBody body(context.request.body, {"aliUid", "trial"});
    FieldReader &reader = body.fields();
    CreateInstanceRequest request;
    if (const auto aliUid = reader.string("aliUid")) {
        const IdParseResult uid = parseAliyunAccountId(*aliUid);
        if (!uid.ok())
            reader.fail("aliUid", uid.message());
        request.aliUid = uid.value;
    }
    request.trial = reader.boolean("trial", false).value_or(false);
    if (!body.ok())
        return HttpResponse::error(body.error());

    request.orderBizId =
        QStringLiteral("sandbox-") + QString::fromLatin1(SecureRandom::bytes(8).toHex());
    request.orderId = QString::number(SecureRandom::uniform(900000000) + 100000000);
    request.productCode = kProductCode;
    request.skuId = kProductCode + QStringLiteral("-sandbox");
    const StoredInstance created = m_marketplace.createInstance(request);
    return instanceReply(201, created.instance.instanceId);
}

HttpResponse SandboxHandlers::instanceAction(const RequestContext &context, const QString &action)
{
    const RequestBody body(context.request.body, {}, true);
    if (!body.ok())
        return HttpResponse::error(body.error());
    const IdParseResult id = parseInstanceId(context.param(0));
    if (!id.ok())
        return HttpResponse::error(ErrorCode::NotFound, QStringLiteral("No such instance."));

    Outcome<StoredInstance> outcome = ApiError();
    if (action == u"expire")
        outcome = m_marketplace.expire(id.value);
    else if (action == u"renew")
        outcome = m_marketplace.renew(id.value, QString(), QDateTime());
    else
        outcome = m_marketplace.release(id.value, false);
    if (!outcome.ok())
        return HttpResponse::error(outcome.error());
    return instanceReply(200, id.value);
}

HttpResponse SandboxHandlers::upgradeInstance(const RequestContext &context)
{
    RequestBody body(context.request.body, {"skuId"});
    UpgradeInstanceRequest request;
    const auto skuId = body.fields().string("skuId", [](const QString &text) {
        return text.trimmed().isEmpty() ? QStringLiteral("Must not be empty.") : QString();
    });
    request.skuId = skuId.value_or(QString()).trimmed();
    if (!body.ok())
        return HttpResponse::error(body.error());
    const IdParseResult id = parseInstanceId(context.param(0));
    if (!id.ok())
        return HttpResponse::error(ErrorCode::NotFound, QStringLiteral("No such instance."));
    request.instanceId = id.value;
    request.orderId = QString::number(SecureRandom::uniform(900000000) + 100000000);
    const Outcome<StoredInstance> outcome = m_marketplace.upgrade(request);
    if (!outcome.ok())
        return HttpResponse::error(outcome.error());
    return instanceReply(200, id.value);
}

HttpResponse SandboxHandlers::mailbox(const RequestContext &context)
{
    FieldErrors errors;
    const PageRequest page = PageRequest::fromQuery(context.request, errors);
    if (!errors.isEmpty())
        return HttpResponse::error(FieldReader::validationError(errors));
    const QString to =
        context.request.queryValue(QStringLiteral("to")).value_or(QString()).trimmed();
    QList<MailMessage> mails = m_mails.listAll(to, page.cursorSeq, page.limit + 1);
    qint64 nextSeq = 0;
    if (mails.size() > page.limit) {
        mails.resize(page.limit);
        nextSeq = mails.constLast().seq;
    }
    QJsonArray items;
    for (const MailMessage &mail : std::as_const(mails))
        items.append(toJson(mail));
    return HttpResponse::rawJson(200, pageJson(items, nextSeq, m_mails.countAll(to)));
}

HttpResponse SandboxHandlers::setClock(const RequestContext &context)
{
    RequestBody body(context.request.body, {"now", "asOf"});
    QDateTime target;
    QDateTime asOf;
    if (const auto now = body.fields().string("now")) {
        target = rfc3339::parse(*now);
        if (!target.isValid())
            body.fields().fail("now", QStringLiteral("Must be an RFC 3339 time."));
    }
    if (const auto value = body.fields().string("asOf", false)) {
        asOf = rfc3339::parse(*value);
        if (!asOf.isValid())
            body.fields().fail("asOf", QStringLiteral("Must be an RFC 3339 time."));
    }
    if (!body.ok())
        return HttpResponse::error(body.error());
    m_clock.setNow(target, asOf);
    qCInfo(lcServer) << "sandbox clock set to" << rfc3339::format(m_clock.now());
    m_clockMoved();
    return HttpResponse::json(200, {{QStringLiteral("now"), rfc3339::format(m_clock.now())}});
}

} // namespace billing::server
