#include "DatabaseLocation.h"

#include <QUrl>
#include <QUrlQuery>

namespace billing::server {
namespace {
// The libpq connection parameters a URL may carry; anything else is a typo to report.
const QStringList kConnectParameters{QStringLiteral("sslmode"),
                                     QStringLiteral("sslrootcert"),
                                     QStringLiteral("sslcert"),
                                     QStringLiteral("sslkey"),
                                     QStringLiteral("connect_timeout"),
                                     QStringLiteral("application_name"),
                                     QStringLiteral("target_session_attrs")};

bool isPostgresUrl(const QString &text)
{
    return text.startsWith(u"postgresql://") || text.startsWith(u"postgres://");
}

std::optional<DatabaseLocation> parsePostgres(const QString &text, QString *error)
{
    const QUrl url(text, QUrl::StrictMode);
    const auto refuse = [error](const QString &why) {
        *error = QStringLiteral("--db: %1").arg(why);
        return std::nullopt;
    };
    if (!url.isValid())
        return refuse(QStringLiteral("not a valid URL: %1").arg(url.errorString()));
    if (!url.password().isEmpty())
        return refuse(QStringLiteral(
            "the URL holds a password, which every user of this machine could read in the "
            "process list; give it in PGPASSWORD or a pgpass file (~/.pgpass or PGPASSFILE)"));
    DatabaseLocation location;
    location.engine = DatabaseLocation::Engine::Postgres;
    location.host = url.host();
    location.port = url.port(5432);
    location.user = url.userName();
    location.database = url.path().mid(1);
    if (location.host.isEmpty())
        return refuse(QStringLiteral("the URL names no host (postgresql://USER@HOST:PORT/DB)"));
    if (location.database.isEmpty() || location.database.contains(u'/'))
        return refuse(QStringLiteral("the URL names no database (postgresql://USER@HOST:PORT/DB)"));
    for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        if (!kConnectParameters.contains(key))
            return refuse(QStringLiteral("unknown connection parameter \"%1\" (known: %2)")
                              .arg(key, kConnectParameters.join(QStringLiteral(", "))));
        location.connectOptions << key + u'=' + value;
    }
    return location;
}
} // namespace

std::optional<DatabaseLocation> DatabaseLocation::parse(const QString &text, QString *error)
{
    if (text.trimmed().isEmpty()) {
        *error = QStringLiteral("--db must not be empty");
        return std::nullopt;
    }
    if (isPostgresUrl(text))
        return parsePostgres(text, error);
    if (text.contains(QStringLiteral("://"))) {
        *error = QStringLiteral("--db: \"%1\" is neither a file nor a postgresql:// URL")
                     .arg(text.left(text.indexOf(QStringLiteral("://")) + 3));
        return std::nullopt;
    }
    DatabaseLocation location;
    location.path = text;
    return location;
}

QString DatabaseLocation::display() const
{
    if (!isPostgres())
        return path;
    const QString who = user.isEmpty() ? QString() : user + u'@';
    return QStringLiteral("postgresql://%1%2:%3/%4").arg(who, host).arg(port).arg(database);
}

} // namespace billing::server
