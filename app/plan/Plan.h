#pragma once

#include "SettlementBinding.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace billing {

// A problem in a plan file, located where a text editor shows it (1-based line and column).
struct PlanIssue {
    int line = 0;
    int column = 0;
    QString field; // "method", "settlement.aliyunAccountId", or empty for the file itself
    QString message;

    QString toString() const; // "line 3, column 5 (method): …", translated
};

// One workspace row of a plan, as written (nothing checked beyond its shape).
struct PlanRow {
    int line = 0;               // where the row starts
    int column = 1;             // JSON: where its object starts
    QMap<QString, int> columns; // CSV: field -> 1-based column
    QString id;
    QString name;
    QString site;
    QString language;
    QString method; // wire name
    QString aliyunAccountId;
    QString huaweiAccountId;
    QString instanceId;
    QString subscriptionId;
    QString status;

    // Where `field` of this row is, for an issue. Fields are named by their CSV column
    // ("method", "aliyun_account_id"); JSON rows report the JSON path instead.
    PlanIssue issue(const QString &field, const QString &message) const;
    // The values in the order of PlanReader::csvHeader(): what a CSV row of the plan holds.
    QStringList values() const;

    QString binding(SettlementBinding::Field field) const;
    QString *bindingField(SettlementBinding::Field field);
    // The CSV column of a binding field: "aliyun_account_id", "huawei_account_id", ...
    static QString columnOf(SettlementBinding::Field field);
    // The field as this row's file names it: its CSV column, or its JSON member.
    QString nameOf(SettlementBinding::Field field) const;
};

} // namespace billing

// Every member is relocatable: a list of 100 000 rows grows by moving memory, not each row.
Q_DECLARE_TYPEINFO(billing::PlanRow, Q_RELOCATABLE_TYPE);

namespace billing {

// A plan file: the export format (docs/plan-format.md), JSON, CSV or XLSX.
struct Plan {
    enum class Format { Json, Csv, Xlsx };
    Format format = Format::Json;
    QString server;   // JSON only
    QString username; // JSON only
    QDateTime exportedAt;
    QList<PlanRow> rows;
};

} // namespace billing
