#pragma once

#include "BillExport.h"
#include "CliCommand.h"
#include "ServerOptions.h"

namespace billing {

// billing-desk bills --server URL --username NAME --month YYYY-MM
// [--by payer|item|site|workspace|line] [--format table|csv|json] [--output FILE] [--offline]:
// one month's bill, grouped (by payer unless told) or line by line, to standard output or a
// file written atomically (docs/cli.md, docs/export.md), with the offline rules of `export`.
class BillsCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    QString name() const override { return QStringLiteral("bills"); }
    QString description() const override;
    void addOptions(QCommandLineParser &parser) override;
    QString checkOptions(const QCommandLineParser &parser) override;
    void run(const QCommandLineParser &parser, CliEnvironment &environment) override;

private:
    void write(const BillExportDocument &document, CliEnvironment &environment);

    ServerOptions m_server;
    QCommandLineOption m_month{QStringLiteral("month"), QString(), QStringLiteral("YYYY-MM")};
    QCommandLineOption m_by{QStringLiteral("by"), QString(),
                            QStringLiteral("payer|item|site|workspace|line")};
    QCommandLineOption m_format{QStringLiteral("format"), QString(),
                                QStringLiteral("table|csv|json|xlsx")};
    QCommandLineOption m_output{QStringLiteral("output"), QString(), QStringLiteral("FILE")};
    QCommandLineOption m_offline{QStringLiteral("offline")};
    // Read by checkOptions().
    QString m_monthText;
    BillGrouping m_grouping = BillGrouping::Payer;
    BillFormat m_fileFormat = BillFormat::Table;
    QString m_path;
};

} // namespace billing
