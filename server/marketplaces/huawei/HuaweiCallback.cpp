#include "HuaweiCallback.h"

#include <MarketplaceIds.h>

#include <QJsonDocument>
#include <QJsonValue>
#include <QSet>

#include <algorithm>

namespace billing::server {
namespace {
constexpr qsizetype kMaxTextLength = 128;

const QList<QPair<HuaweiActivity, QString>> kActivities{
    {HuaweiActivity::NewInstance, QStringLiteral("newInstance")},
    {HuaweiActivity::RefreshInstance, QStringLiteral("refreshInstance")},
    {HuaweiActivity::UpdateInstanceStatus, QStringLiteral("updateInstanceStatus")},
    {HuaweiActivity::ReleaseInstance, QStringLiteral("releaseInstance")},
    {HuaweiActivity::QueryInstance, QStringLiteral("queryInstance")},
};

const QList<QPair<HuaweiRefreshScene, QString>> kScenes{
    {HuaweiRefreshScene::TrialToFormal, QStringLiteral("TRIAL_TO_FORMAL")},
    {HuaweiRefreshScene::Renewal, QStringLiteral("RENEWAL")},
    {HuaweiRefreshScene::UnsubscribeRenewalPeriod, QStringLiteral("UNSUBSCRIBE_RENEWAL_PERIOD")},
    {HuaweiRefreshScene::RenewalChange, QStringLiteral("RENEWAL_CHANGE")},
};

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Reads the body's fields; the first problem is the one reported.
class BodyFields
{
public:
    BodyFields(const QJsonObject &object, QString *error)
        : m_object(object)
        , m_error(error)
    {}

    bool ok() const { return m_error->isEmpty(); }
    void fail(const QString &message)
    {
        if (m_error->isEmpty())
            *m_error = message;
    }

    // A trimmed string of 1-128 characters without control characters; absent, null or ""
    // is an error only when required.
    QString text(const char *name, bool required = true)
    {
        const QString key = QString::fromLatin1(name);
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull()
            || (value.isString() && value.toString().trimmed().isEmpty())) {
            if (required)
                fail(QStringLiteral("Missing %1.").arg(key));
            return {};
        }
        const QString text = value.toString().trimmed();
        if (!value.isString() || text.size() > kMaxTextLength
            || std::any_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x20; })) {
            fail(QStringLiteral("Invalid %1 (a string of at most %2 characters).")
                     .arg(key)
                     .arg(kMaxTextLength));
            return {};
        }
        return text;
    }

    QString instanceId(const char *name = "instanceId")
    {
        const QString raw = text(name);
        if (raw.isEmpty())
            return {};
        const IdParseResult id = parseMarketplaceToken(raw);
        if (!id.ok())
            fail(QStringLiteral("Invalid instanceId (1-64 of A-Z a-z 0-9 _ -)."));
        return id.value;
    }

    QDateTime time(const char *name, bool required)
    {
        const QString raw = text(name, required);
        if (raw.isEmpty())
            return {};
        const QDateTime time = parseHuaweiTime(raw);
        if (!time.isValid())
            fail(QStringLiteral("Invalid %1 (yyyyMMddHHmmss, UTC).").arg(QLatin1String(name)));
        return time;
    }

    // "1"/"0", 1/0 or true/false; absent is false.
    bool flag(const char *name)
    {
        const QJsonValue value = m_object.value(QLatin1String(name));
        if (value.isUndefined() || value.isNull())
            return false;
        if (value.isBool())
            return value.toBool();
        if (value.isDouble() && (value.toDouble() == 0 || value.toDouble() == 1))
            return value.toDouble() == 1;
        if (value.isString() && (value.toString() == u"0" || value.toString() == u"1"))
            return value.toString() == u"1";
        fail(QStringLiteral("Invalid %1 (\"1\" or \"0\").").arg(QLatin1String(name)));
        return false;
    }

private:
    const QJsonObject &m_object;
    QString *m_error;
};

void readNewInstance(const QJsonObject &object, BodyFields &fields, HuaweiCallback &callback)
{
    callback.orderId = fields.text("orderId");
    callback.orderLineId = fields.text("orderLineId");
    callback.businessId = fields.text("businessId");
    const QString customer = fields.text("customerId");
    callback.productId = fields.text("productId");
    callback.skuCode = fields.text("skuCode");
    callback.expireTime = fields.time("expireTime", false);
    callback.trial = fields.flag("trialFlag");
    fields.flag("testFlag");
    if (!customer.isEmpty()) {
        const IdParseResult account = parseHuaweiAccountId(customer);
        if (!account.ok())
            fields.fail(QStringLiteral("Invalid customerId (a Huawei Cloud account ID: 32 "
                                       "hexadecimal digits)."));
        callback.huaweiAccountId = account.value;
    }
    static const QSet<QString> kept{QStringLiteral("activity"),   QStringLiteral("orderId"),
                                    QStringLiteral("customerId"), QStringLiteral("productId"),
                                    QStringLiteral("skuCode"),    QStringLiteral("expireTime"),
                                    QStringLiteral("trialFlag")};
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!kept.contains(it.key()))
            callback.extra.insert(it.key(), it.value());
    }
}

void readRefresh(BodyFields &fields, HuaweiCallback &callback)
{
    callback.instanceId = fields.instanceId();
    callback.orderId = fields.text("orderId");
    const QString scene = fields.text("scene");
    const auto found = std::find_if(kScenes.begin(), kScenes.end(),
                                    [&scene](const auto &item) { return item.second == scene; });
    if (found == kScenes.end() && !scene.isEmpty())
        fields.fail(QStringLiteral("Invalid scene (TRIAL_TO_FORMAL, RENEWAL, "
                                   "UNSUBSCRIBE_RENEWAL_PERIOD or RENEWAL_CHANGE)."));
    else if (found != kScenes.end())
        callback.scene = found->first;
    callback.expireTime = fields.time("expireTime", true);
}

void readStatus(BodyFields &fields, HuaweiCallback &callback)
{
    callback.instanceId = fields.instanceId();
    const QString status = fields.text("status");
    if (!status.isEmpty() && status != u"FREEZE" && status != u"UNFREEZE")
        fields.fail(QStringLiteral("Invalid status (FREEZE or UNFREEZE)."));
    callback.freeze = status == u"FREEZE";
}

void readQueryList(const QJsonObject &object, BodyFields &fields, HuaweiCallback &callback)
{
    const QJsonValue value = object.value(u"instanceId");
    if (!value.isString() || value.toString().trimmed().isEmpty()) {
        fields.fail(QStringLiteral("Missing instanceId (a comma-separated list)."));
        return;
    }
    const QStringList parts = value.toString().split(u',');
    if (parts.size() > HuaweiCallback::kMaxQueriedInstances) {
        fields.fail(QStringLiteral("Too many instanceIds (at most %1).")
                        .arg(HuaweiCallback::kMaxQueriedInstances));
        return;
    }
    for (const QString &part : parts) {
        const IdParseResult id = parseMarketplaceToken(part);
        if (!id.ok()) {
            fields.fail(
                QStringLiteral("Invalid instanceId in the list (1-64 of A-Z a-z 0-9 _ -)."));
            return;
        }
        if (!callback.instanceIds.contains(id.value))
            callback.instanceIds.append(id.value);
    }
}
} // namespace

std::optional<HuaweiCallback> parseHuaweiCallback(const QByteArray &body, QString *error)
{
    error->clear();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = QStringLiteral("The body is not a JSON object.");
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    const QString activity = object.value(u"activity").toString();
    const auto found = std::find_if(kActivities.begin(), kActivities.end(),
                                    [&](const auto &item) { return item.second == activity; });
    if (found == kActivities.end()) {
        *error = activity.isEmpty() ? QStringLiteral("Missing activity.")
                                    : QStringLiteral("Unknown activity.");
        return std::nullopt;
    }
    HuaweiCallback callback;
    callback.activity = found->first;
    BodyFields fields(object, error);
    switch (callback.activity) {
    case HuaweiActivity::NewInstance:
        readNewInstance(object, fields, callback);
        break;
    case HuaweiActivity::RefreshInstance:
        readRefresh(fields, callback);
        break;
    case HuaweiActivity::UpdateInstanceStatus:
        readStatus(fields, callback);
        break;
    case HuaweiActivity::ReleaseInstance:
        callback.instanceId = fields.instanceId();
        callback.orderId = fields.text("orderId", false);
        break;
    case HuaweiActivity::QueryInstance:
        readQueryList(object, fields, callback);
        break;
    }
    if (!fields.ok())
        return std::nullopt;
    return callback;
}

QDateTime parseHuaweiTime(const QString &text)
{
    if ((text.size() != 14 && text.size() != 17) || !std::all_of(text.begin(), text.end(), isDigit))
        return {};
    const QDate date = QDate::fromString(text.left(8), QStringLiteral("yyyyMMdd"));
    const QTime time = QTime::fromString(text.mid(8, 6), QStringLiteral("HHmmss"));
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

QString formatHuaweiTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMddHHmmss"));
}

QString toWire(HuaweiActivity activity)
{
    for (const auto &[value, name] : kActivities) {
        if (value == activity)
            return name;
    }
    return {};
}

QString toWire(HuaweiRefreshScene scene)
{
    for (const auto &[value, name] : kScenes) {
        if (value == scene)
            return name;
    }
    return {};
}

} // namespace billing::server
