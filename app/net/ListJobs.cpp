#include "ListJobs.h"

#include "WorkspaceJsonReader.h"

#include <QJsonObject>

namespace billing {

QUrlQuery WorkspaceListQuery::toQuery() const
{
    QUrlQuery query;
    for (const auto &[key, value] : {std::pair{u"site", &site},
                                     {u"method", &method},
                                     {u"status", &status},
                                     {u"q", &nameContains}}) {
        if (!value->isEmpty())
            query.addQueryItem(QString::fromUtf16(key), *value);
    }
    return query;
}

WorkspaceListJob::WorkspaceListJob(BillingClient &client, const WorkspaceListQuery &filter,
                                   int pageSize, QObject *parent)
    : PagedListJob(client, QStringLiteral("/api/v1/workspaces"), filter.toQuery(), pageSize, true,
                   parent)
    , m_reader(std::make_unique<WorkspaceJsonReader>())
{
    setBodyReader([this](QByteArrayView body, QString *nextCursor, qint64 *total) -> qsizetype {
        WorkspacePage page;
        if (!m_reader->readPage(body, &page))
            return -1;
        *nextCursor = page.nextCursor;
        *total = page.total;
        m_skipped += page.skipped;
        m_page = std::move(page.items);
        return m_page.size() + page.skipped;
    });
    connect(this, &PagedListJob::pageReceived, this,
            [this] { Q_EMIT workspacesReceived(std::exchange(m_page, {})); });
}

WorkspaceListJob::~WorkspaceListJob() = default;

NotificationListJob::NotificationListJob(BillingClient &client, Source source, const QString &to,
                                         QObject *parent)
    : PagedListJob(client,
                   source == Source::Account ? QStringLiteral("/api/v1/notifications")
                                             : QStringLiteral("/api/v1/sandbox/mailbox"),
                   to.isEmpty() ? QUrlQuery() : QUrlQuery{{QStringLiteral("to"), to}}, 500,
                   source == Source::Account, parent)
{
    connect(this, &PagedListJob::pageReceived, this, [this](const QJsonArray &items) {
        for (const QJsonValue &item : items) {
            if (auto notification = notificationFromJson(item.toObject()))
                m_notifications.append(std::move(*notification));
        }
    });
}

SitesJob::SitesJob(BillingClient &client, QObject *parent)
    : ApiJob(client, "GET", QStringLiteral("/api/v1/sites"), Auth::None, parent)
{}

bool SitesJob::parseSuccess(int, const QJsonDocument &body)
{
    m_sites.clear();
    for (const QJsonValue &item : body.object().value(u"items").toArray()) {
        const QJsonObject object = item.toObject();
        Site site;
        site.code = object.value(u"code").toString();
        site.name = object.value(u"name").toString();
        site.providerCode = object.value(u"provider").toString();
        site.providerName = object.value(u"providerName").toString();
        for (const QJsonValue &method : object.value(u"methods").toArray()) {
            if (const auto parsed = settlementMethodFromWire(method.toString()))
                site.methods.append(*parsed);
        }
        if (site.code.isEmpty())
            return false;
        m_sites.append(site);
    }
    return !m_sites.isEmpty();
}

HealthJob::HealthJob(BillingClient &client, QObject *parent)
    : ApiJob(client, "GET", QStringLiteral("/healthz"), Auth::None, parent)
{}

bool HealthJob::parseSuccess(int, const QJsonDocument &body)
{
    return body.object().value(u"status").toString() == u"ok";
}

} // namespace billing
