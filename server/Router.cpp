#include "Router.h"

namespace billing::server {
namespace {
QStringList splitPath(const QString &path)
{
    QStringList segments = path.split(u'/');
    if (!segments.isEmpty() && segments.first().isEmpty())
        segments.removeFirst();
    return segments;
}
} // namespace

void Router::add(const QByteArray &method, const QString &pattern, RouteOptions options,
                 Handler handler)
{
    QStringList segments = splitPath(pattern);
    for (QString &segment : segments) {
        if (segment.startsWith(u'{') && segment.endsWith(u'}'))
            segment = QStringLiteral("{}");
    }
    m_routes.append(Route{method, pattern, segments, options, std::move(handler)});
}

bool Router::segmentsMatch(const QStringList &pattern, const QStringList &path, QStringList *params)
{
    if (pattern.size() != path.size())
        return false;
    QStringList values;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern.at(i) == u"{}") {
            if (path.at(i).isEmpty())
                return false;
            values.append(path.at(i));
        } else if (pattern.at(i) != path.at(i)) {
            return false;
        }
    }
    *params = values;
    return true;
}

Router::Match Router::match(const QByteArray &method, const QString &path) const
{
    const QStringList segments = splitPath(path);
    Match result;
    for (const Route &route : m_routes) {
        QStringList params;
        if (!segmentsMatch(route.segments, segments, &params))
            continue;
        if (route.method == method) {
            result.route = &route;
            result.params = params;
            return result;
        }
        if (!result.allowedMethods.contains(route.method))
            result.allowedMethods.append(route.method);
    }
    return result;
}

} // namespace billing::server
