#include "ServerOptions.h"

#include "UrlPolicy.h"

#include <QCoreApplication>

namespace billing {

void ServerOptions::addTo(QCommandLineParser &parser)
{
    m_server.setDescription(
        QCoreApplication::translate("billing::ServerOptions", "Billing Center address."));
    m_username.setDescription(
        QCoreApplication::translate("billing::ServerOptions", "Billing Center username."));
    parser.addOption(m_server);
    parser.addOption(m_username);
}

QString ServerOptions::check(const QCommandLineParser &parser) const
{
    auto tr = [](const char *text) {
        return QCoreApplication::translate("billing::ServerOptions", text);
    };
    if (!parser.isSet(m_server))
        return tr("--server URL is required.");
    if (parser.value(m_username).trimmed().isEmpty())
        return tr("--username NAME is required.");
    const QString problem = serverUrlProblem(server(parser));
    return problem.isEmpty() ? QString() : u"--server: " + problem;
}

QUrl ServerOptions::server(const QCommandLineParser &parser) const
{
    return QUrl(parser.value(m_server).trimmed(), QUrl::StrictMode);
}

QString ServerOptions::username(const QCommandLineParser &parser) const
{
    return parser.value(m_username).trimmed();
}

} // namespace billing
