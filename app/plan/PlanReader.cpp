#include "PlanReader.h"

#include "PlanLog.h"
#include "Rfc3339.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

namespace billing {
namespace {
// The context lupdate files these messages under, whatever function they are in.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(billing::PlanReader)
};

QByteArray withoutBom(const QByteArray &data)
{
    return data.startsWith("\xEF\xBB\xBF") ? data.mid(3) : data;
}

// Line and column (1-based, in characters) of byte offsets. The line starts are found
// once, so that locating every row of a 100 000-row plan stays linear.
class LineIndex
{
public:
    explicit LineIndex(const QByteArray &data)
        : m_data(data)
    {
        m_starts.append(0);
        for (qsizetype i = 0; i < data.size(); ++i) {
            if (data.at(i) == '\n')
                m_starts.append(i + 1);
        }
    }

    std::pair<int, int> position(qsizetype offset) const
    {
        offset = std::clamp<qsizetype>(offset, 0, m_data.size());
        const auto next = std::upper_bound(m_starts.cbegin(), m_starts.cend(), offset);
        qsizetype from = *(next - 1);
        int column = 1;
        // Rows come in order: on the same line, count on from the previous one, so that a
        // plan written on a single line (jq -c) is not quadratic.
        if (m_lastOffset >= from && m_lastOffset <= offset) {
            from = m_lastOffset;
            column = m_lastColumn;
        }
        column += int(QString::fromUtf8(m_data.mid(from, offset - from)).size());
        m_lastOffset = offset;
        m_lastColumn = column;
        return {int(next - m_starts.cbegin()), column};
    }

private:
    const QByteArray &m_data;
    QList<qsizetype> m_starts;
    mutable qsizetype m_lastOffset = -1;
    mutable int m_lastColumn = 1;
};

std::pair<int, int> position(const QByteArray &data, qsizetype offset)
{
    return LineIndex(data).position(offset);
}

// Byte offsets where the elements of the top-level object's array `key` begin. A small
// scanner: QJsonDocument keeps no positions, and errors must name lines.
QList<qsizetype> arrayElementOffsets(const QByteArray &json, const QByteArray &key)
{
    QList<qsizetype> offsets;
    int depth = 0;
    bool inArray = false, expectValue = false;
    QByteArray lastKey;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (c == '"') {
            const qsizetype start = i + 1;
            for (++i; i < json.size() && json.at(i) != '"'; ++i) {
                if (json.at(i) == '\\')
                    ++i;
            }
            if (depth == 1)
                lastKey = json.mid(start, i - start);
            if (inArray && depth == 2 && expectValue) {
                offsets.append(start - 1);
                expectValue = false;
            }
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        if (inArray && depth == 2 && expectValue && c != ']') {
            offsets.append(i);
            expectValue = false;
        }
        if (c == '{' || c == '[') {
            if (depth == 1 && c == '[' && lastKey == key) {
                inArray = true;
                expectValue = true;
            }
            ++depth;
        } else if (c == '}' || c == ']') {
            --depth;
            if (depth == 1)
                inArray = false;
        } else if (c == ',' && inArray && depth == 2) {
            expectValue = true;
        }
    }
    return offsets;
}

// A string member; a present value of another type is an issue.
QString member(const QJsonObject &object, const QString &key, const QString &path,
               const PlanRow &row, QList<PlanIssue> *issues)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString()) {
        issues->append(row.issue(path, Text::tr("must be a string")));
        return {};
    }
    return value.toString();
}
} // namespace

const QString PlanReader::kFormat = QStringLiteral("billing-desk.workspaces");

const QStringList &PlanReader::csvHeader()
{
    static const QStringList header{QStringLiteral("id"),
                                    QStringLiteral("name"),
                                    QStringLiteral("site"),
                                    QStringLiteral("language"),
                                    QStringLiteral("method"),
                                    QStringLiteral("aliyun_account_id"),
                                    QStringLiteral("huawei_account_id"),
                                    QStringLiteral("instance_id"),
                                    QStringLiteral("subscription_id"),
                                    QStringLiteral("status")};
    return header;
}

const QStringList &PlanReader::requiredCsvColumns()
{
    static const QStringList required = [] {
        QStringList columns = csvHeader();
        columns.removeOne(QStringLiteral("huawei_account_id"));
        columns.removeOne(QStringLiteral("subscription_id"));
        return columns;
    }();
    return required;
}

PlanReadResult PlanReader::readFile(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        PlanReadResult result;
        result.issues.append(
            {0, 0, {}, Text::tr("Cannot read %1: %2").arg(path, file.errorString())});
        return result;
    }
    if (file.size() > kMaxFileBytes) {
        PlanReadResult result;
        result.issues.append({0,
                              0,
                              {},
                              Text::tr("%1 is %2 MiB; a plan may be at most %3 MiB.")
                                  .arg(path)
                                  .arg(double(file.size()) / (1024 * 1024), 0, 'f', 1)
                                  .arg(kMaxFileBytes / (1024 * 1024))});
        qCInfo(lcPlan) << "refused a plan of" << file.size() << "bytes";
        return result;
    }
    return read(file.readAll());
}

PlanReadResult PlanReader::read(const QByteArray &data) const
{
    PlanReadResult result = readAny(data);
    if (result.plan.rows.size() > kMaxRows) {
        const qsizetype rows = result.plan.rows.size();
        result.plan.rows.clear();
        result.issues = {{1,
                          1,
                          {},
                          Text::tr("the plan has %1 rows; a plan may have at most %2 rows")
                              .arg(rows)
                              .arg(kMaxRows)}};
        qCInfo(lcPlan) << "refused a plan of" << rows << "rows";
    }
    return result;
}

PlanReadResult PlanReader::readAny(const QByteArray &data) const
{
    if (data.startsWith("PK\x03\x04"))
        return readXlsx(data);
    const QByteArray content = withoutBom(data);
    for (const char c : content) {
        if (c == '{' || c == '[')
            return readJson(data);
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            break;
    }
    return readCsv(data);
}

PlanReadResult PlanReader::readJson(const QByteArray &data) const
{
    PlanReadResult result;
    result.plan.format = Plan::Format::Json;
    const QByteArray json = withoutBom(data);
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = position(json, parseError.offset);
        result.issues.append(
            {line, column, {}, Text::tr("not valid JSON: %1").arg(parseError.errorString())});
        return result;
    }
    if (!document.isObject()) {
        result.issues.append({1, 1, {}, Text::tr("a plan is a JSON object")});
        return result;
    }
    const QJsonObject root = document.object();
    if (root.value(u"format").toString() != kFormat) {
        result.issues.append({1, 1, QStringLiteral("format"),
                              Text::tr("not a Billing Desk workspace export (format "
                                       "must be \"%1\")")
                                  .arg(kFormat)});
        return result;
    }
    const QJsonValue version = root.value(u"version");
    if (!version.isDouble() || version.toDouble() != kVersion) {
        const QString found = version.isDouble() ? QString::number(version.toDouble())
                                                 : Text::tr("missing or not a number");
        result.issues.append({1, 1, QStringLiteral("version"),
                              Text::tr("unsupported version %1 (this program reads version %2)")
                                  .arg(found)
                                  .arg(kVersion)});
        return result;
    }
    result.plan.server = root.value(u"server").toString();
    result.plan.username = root.value(u"username").toString();
    result.plan.exportedAt = rfc3339::parse(root.value(u"exportedAt").toString());
    if (!root.value(u"workspaces").isArray()) {
        result.issues.append(
            {1, 1, QStringLiteral("workspaces"), Text::tr("missing the workspaces array")});
        return result;
    }
    const QJsonArray workspaces = root.value(u"workspaces").toArray();
    const QList<qsizetype> offsets = arrayElementOffsets(json, "workspaces");
    const LineIndex lines(json);
    for (qsizetype i = 0; i < workspaces.size(); ++i) {
        PlanRow row;
        std::tie(row.line, row.column) = lines.position(offsets.value(i, 0));
        const QString prefix = QStringLiteral("workspaces[%1]").arg(i);
        if (!workspaces.at(i).isObject()) {
            result.issues.append(
                row.issue(prefix, Text::tr("each workspace must be a JSON object")));
            continue;
        }
        const QJsonObject object = workspaces.at(i).toObject();
        QList<PlanIssue> &issues = result.issues;
        row.id = member(object, QStringLiteral("id"), QStringLiteral("id"), row, &issues);
        row.name = member(object, QStringLiteral("name"), QStringLiteral("name"), row, &issues);
        row.site = member(object, QStringLiteral("site"), QStringLiteral("site"), row, &issues);
        row.language =
            member(object, QStringLiteral("language"), QStringLiteral("language"), row, &issues);
        row.status =
            member(object, QStringLiteral("status"), QStringLiteral("status"), row, &issues);
        if (row.id.isEmpty())
            issues.append(row.issue(QStringLiteral("id"), Text::tr("the workspace id is missing")));
        const QJsonValue settlement = object.value(u"settlement");
        if (!settlement.isObject()) {
            issues.append(
                row.issue(QStringLiteral("settlement"), Text::tr("the settlement is missing")));
            continue;
        }
        const QJsonObject binding = settlement.toObject();
        row.method = member(binding, QStringLiteral("method"), QStringLiteral("settlement.method"),
                            row, &issues);
        for (const SettlementBinding::Field field : SettlementBinding::allFields()) {
            const QString key = SettlementBinding::wireKey(field);
            *row.bindingField(field) =
                member(binding, key, QStringLiteral("settlement.") + key, row, &issues);
        }
        if (row.method.isEmpty())
            issues.append(row.issue(QStringLiteral("settlement.method"),
                                    Text::tr("the settlement method is missing")));
        result.plan.rows.append(row);
    }
    qCDebug(lcPlan) << "JSON plan:" << result.plan.rows.size() << "rows," << result.issues.size()
                    << "issues";
    return result;
}

} // namespace billing
