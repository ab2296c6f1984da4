#pragma once

#include "WorkspaceExport.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace billing {

// --format json|csv|xlsx --output FILE [--offline], shared by the commands that export a file.
class ExportFileOptions
{
public:
    void addTo(QCommandLineParser &parser);
    // An error text, or empty when the format and the file are given.
    QString check(const QCommandLineParser &parser) const;
    ExportFormat format(const QCommandLineParser &parser) const;
    QString output(const QCommandLineParser &parser) const;
    bool offline(const QCommandLineParser &parser) const { return parser.isSet(m_offline); }

private:
    QCommandLineOption m_format{QStringLiteral("format"), QString(),
                                QStringLiteral("json|csv|xlsx")};
    QCommandLineOption m_output{QStringLiteral("output"), QString(), QStringLiteral("FILE")};
    QCommandLineOption m_offline{QStringLiteral("offline")};
};

} // namespace billing
