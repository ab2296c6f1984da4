#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QUrl>

namespace billing {

// --server URL --username NAME, shared by every command that talks to a Billing Center.
class ServerOptions
{
public:
    void addTo(QCommandLineParser &parser);
    // An error text, or empty when both are present and the URL is acceptable.
    QString check(const QCommandLineParser &parser) const;
    QUrl server(const QCommandLineParser &parser) const;
    QString username(const QCommandLineParser &parser) const;

private:
    QCommandLineOption m_server{QStringLiteral("server"), QString(), QStringLiteral("URL")};
    QCommandLineOption m_username{QStringLiteral("username"), QString(), QStringLiteral("NAME")};
};

} // namespace billing
