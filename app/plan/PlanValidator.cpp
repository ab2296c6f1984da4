#include "PlanValidator.h"

#include "SettlementBinding.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace billing {
namespace {
// The context lupdate files these messages under, whatever function they are in.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(billing::PlanValidator)
};

// Why a binding field that `method` does not have must be empty.
QString notAFieldOf(SettlementMethod method, const PlanRow &row)
{
    const QList<SettlementBinding::Field> fields = SettlementBinding::fieldsOf(method);
    if (fields.isEmpty())
        return Text::tr("%1 names no marketplace account or subscription; leave this empty")
            .arg(toWire(method));
    QStringList names;
    for (const SettlementBinding::Field field : fields)
        names.append(row.nameOf(field));
    return Text::tr("%1 does not use this field; it is named by %2 only")
        .arg(toWire(method), names.join(u", "));
}
} // namespace

PlanValidator::PlanValidator(const SiteTable &sites, const QList<SettlementMethod> &granted)
    : m_sites(sites)
    , m_granted(granted)
{}

bool PlanValidator::isWorkspaceId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^ws_[0-9a-f]{16}$"));
    return pattern.match(id).hasMatch();
}

bool PlanValidator::allowed(const Site &site, SettlementMethod method) const
{
    return site.offers(method) || m_granted.contains(method);
}

std::optional<SettlementChange> PlanValidator::targetOf(const PlanRow &row)
{
    const auto method = settlementMethodFromWire(row.method.trimmed());
    if (!method)
        return std::nullopt;
    SettlementChange change;
    change.workspaceId = row.id.trimmed();
    change.method = *method;
    for (const SettlementBinding::Field field : SettlementBinding::fieldsOf(*method)) {
        const IdParseResult parsed = SettlementBinding::parse(*method, field, row.binding(field));
        if (!parsed.ok())
            return std::nullopt;
        change.setBinding(field, parsed.value);
    }
    return change;
}

QList<PlanIssue> PlanValidator::validateRow(const PlanRow &row) const
{
    QList<PlanIssue> issues;
    const QString id = row.id.trimmed();
    if (!isWorkspaceId(id))
        issues.append(row.issue(
            QStringLiteral("id"),
            Text::tr("\"%1\" is not a workspace id (ws_ and 16 hexadecimal digits)").arg(id)));
    std::optional<Site> site;
    if (!row.site.trimmed().isEmpty()) {
        site = m_sites.find(row.site.trimmed());
        if (!site)
            issues.append(
                row.issue(QStringLiteral("site"), Text::tr("unknown site \"%1\"").arg(row.site)));
    }
    const QString language = row.language.trimmed();
    if (!language.isEmpty() && language != u"zh" && language != u"en")
        issues.append(
            row.issue(QStringLiteral("language"),
                      Text::tr("the language is \"zh\" or \"en\", not \"%1\"").arg(language)));
    const QString status = row.status.trimmed();
    if (!status.isEmpty() && !workspaceStatusFromWire(status))
        issues.append(row.issue(
            QStringLiteral("status"),
            Text::tr("unknown status \"%1\" (active, lock_pending or locked)").arg(status)));
    const auto method = settlementMethodFromWire(row.method.trimmed());
    if (!method) {
        QStringList names;
        for (const SettlementMethod known : allSettlementMethods())
            names.append(toWire(known));
        issues.append(row.issue(QStringLiteral("method"),
                                Text::tr("unknown settlement method \"%1\" (one of %2)")
                                    .arg(row.method, names.join(u", "))));
        return issues;
    }
    const QList<SettlementBinding::Field> fields = SettlementBinding::fieldsOf(*method);
    for (const SettlementBinding::Field field : SettlementBinding::allFields()) {
        const QString value = row.binding(field);
        if (fields.contains(field)) {
            const IdParseResult parsed = SettlementBinding::parse(*method, field, value);
            if (!parsed.ok())
                issues.append(row.issue(PlanRow::columnOf(field), parsed.message()));
        } else if (!value.trimmed().isEmpty()) {
            issues.append(row.issue(PlanRow::columnOf(field), notAFieldOf(*method, row)));
        }
    }
    if (site && !allowed(*site, *method))
        issues.append(
            row.issue(QStringLiteral("method"),
                      Text::tr("%1 is not offered on site %2").arg(toWire(*method), site->code)));
    return issues;
}

QList<PlanIssue> PlanValidator::validate(const Plan &plan) const
{
    QList<PlanIssue> issues;
    QHash<QString, int> firstLine;
    for (const PlanRow &row : plan.rows) {
        issues += validateRow(row);
        const QString id = row.id.trimmed();
        if (firstLine.contains(id))
            issues.append(row.issue(QStringLiteral("id"),
                                    Text::tr("workspace %1 appears again (first on line %2)")
                                        .arg(id)
                                        .arg(firstLine.value(id))));
        else
            firstLine.insert(id, row.line);
    }
    return issues;
}

} // namespace billing
