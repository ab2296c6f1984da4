#include "WorkspaceJsonWriter.h"

namespace billing::WorkspaceJson {
namespace {
void appendDigits(char *at, qint64 value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        at[i] = char('0' + value % 10);
        value /= 10;
    }
}

// Howard Hinnant's days-to-civil algorithm: no time-zone machinery for plain UTC.
void civilFromDays(qint64 days, qint64 *year, int *month, int *day)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra =
        (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 mp = (5 * dayOfYear + 2) / 153;
    *day = int(dayOfYear - (153 * mp + 2) / 5 + 1);
    *month = int(mp < 10 ? mp + 3 : mp - 9);
    *year = yearOfEra + era * 400 + (*month <= 2 ? 1 : 0);
}
} // namespace

void appendChange(QByteArray &out, const SettlementChange &change)
{
    out += "{\"workspaceId\":";
    appendString(out, change.workspaceId);
    out += ",\"method\":";
    appendString(out, toWire(change.method));
    appendBinding(out, change.settlement());
    if (change.expectedVersion)
        out += ",\"expectedVersion\":" + QByteArray::number(*change.expectedVersion);
    out += '}';
}

void appendBinding(QByteArray &out, const Settlement &settlement, const char *separator,
                   const char *colon)
{
    for (SettlementBinding::Field field : SettlementBinding::fieldsOf(settlement.method)) {
        const QLatin1String key = SettlementBinding::wireKey(field);
        out += separator;
        out += '"';
        out.append(key.data(), key.size());
        out += '"';
        out += colon;
        appendString(out, SettlementBinding::valueOf(settlement, field));
    }
}

void appendString(QByteArray &out, QStringView text)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x80) {
            // UTF-8 bytes of non-ASCII characters never need escaping.
            const qsizetype length = QChar::isHighSurrogate(c) && i + 1 < text.size() ? 2 : 1;
            out += text.mid(i, length).toUtf8();
            i += length - 1;
            continue;
        }
        switch (c) {
        case u'"':
            out += "\\\"";
            break;
        case u'\\':
            out += "\\\\";
            break;
        case u'\b':
            out += "\\b";
            break;
        case u'\f':
            out += "\\f";
            break;
        case u'\n':
            out += "\\n";
            break;
        case u'\r':
            out += "\\r";
            break;
        case u'\t':
            out += "\\t";
            break;
        default:
            if (c < 0x20) {
                out += "\\u00";
                out += hex[(c >> 4) & 0xf];
                out += hex[c & 0xf];
            } else {
                out += char(c);
            }
        }
    }
    out += '"';
}

void appendTime(QByteArray &out, const QDateTime &time)
{
    if (!time.isValid()) {
        out += "null";
        return;
    }
    const qint64 secs = time.toSecsSinceEpoch();
    const qint64 days = secs >= 0 ? secs / 86400 : (secs - 86399) / 86400;
    const qint64 ofDay = secs - days * 86400;
    qint64 year = 0;
    int month = 0;
    int day = 0;
    civilFromDays(days, &year, &month, &day);
    char text[] = "\"0000-00-00T00:00:00Z\"";
    appendDigits(text + 1, year, 4);
    appendDigits(text + 6, month, 2);
    appendDigits(text + 9, day, 2);
    appendDigits(text + 12, ofDay / 3600, 2);
    appendDigits(text + 15, ofDay / 60 % 60, 2);
    appendDigits(text + 18, ofDay % 60, 2);
    out.append(text, sizeof(text) - 1);
}

void append(QByteArray &out, const Workspace &ws)
{
    out += "{\"createdAt\":";
    appendTime(out, ws.createdAt);
    out += ",\"id\":";
    appendString(out, ws.id);
    out += ",\"language\":";
    appendString(out, ws.language);
    out += ",\"lockAt\":";
    appendTime(out, ws.lockAt);
    out += ",\"lockReason\":";
    if (ws.lockReason == LockReason::None)
        out += "null";
    else
        appendString(out, billing::toWire(ws.lockReason));
    out += ",\"name\":";
    appendString(out, ws.name);
    out += ",\"nextChangeAllowedAt\":";
    appendTime(out, ws.nextChangeAllowedAt);
    // Keys in QJsonObject's (sorted) order: the fields of the method around method and since.
    out += ",\"settlement\":{";
    const auto appendField = [&out](const char *key, const QString &value) {
        out += '"';
        out += key;
        out += "\":";
        appendString(out, value);
        out += ',';
    };
    const Settlement &settlement = ws.settlement;
    if (settlement.method == SettlementMethod::Aliyun)
        appendField("aliyunAccountId", settlement.aliyunAccountId);
    if (settlement.method == SettlementMethod::Huawei)
        appendField("huaweiAccountId", settlement.huaweiAccountId);
    if (settlement.method == SettlementMethod::Aliyun
        || settlement.method == SettlementMethod::Huawei)
        appendField("instanceId", settlement.instanceId);
    out += "\"method\":";
    appendString(out, billing::toWire(settlement.method));
    out += ",\"since\":";
    appendTime(out, settlement.since);
    if (settlement.isSubscriptionClaimed()) {
        out += ",\"subscriptionId\":";
        appendString(out, settlement.subscriptionId);
    }
    out += "},\"site\":";
    appendString(out, ws.site);
    out += ",\"status\":";
    appendString(out, billing::toWire(ws.status));
    out += ",\"updatedAt\":";
    appendTime(out, ws.updatedAt);
    out += ",\"version\":";
    out += QByteArray::number(ws.version);
    out += '}';
}

QByteArray array(const QList<Workspace> &workspaces)
{
    QByteArray out;
    out.reserve(workspaces.size() * 420 + 2);
    out += '[';
    for (qsizetype i = 0; i < workspaces.size(); ++i) {
        if (i > 0)
            out += ',';
        append(out, workspaces.at(i));
    }
    out += ']';
    return out;
}

} // namespace billing::WorkspaceJson
