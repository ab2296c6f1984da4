#pragma once

#include "HttpResponse.h"
#include "RequestContext.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <functional>

namespace billing::server {

enum class Auth { None, Bearer };

struct RouteOptions {
    Auth auth = Auth::None;
    bool idempotent = false;         // state-changing POST/PUT that honours Idempotency-Key
    bool repliesWithSession = false; // its reply carries a bearer token (see SessionReplyRedaction)
};

using Handler = std::function<HttpResponse(RequestContext &)>;

// Method + path pattern ("/api/v1/workspaces/{id}") to handler.
class Router
{
public:
    struct Route {
        QByteArray method;
        QString pattern;      // as registered, for listing
        QStringList segments; // "{}" marks a parameter
        RouteOptions options;
        Handler handler;
    };
    struct Match {
        const Route *route = nullptr; // null: 404, or 405 when allowedMethods is not empty
        QStringList params;
        QList<QByteArray> allowedMethods;
    };

    void add(const QByteArray &method, const QString &pattern, RouteOptions options,
             Handler handler);
    Match match(const QByteArray &method, const QString &path) const;
    const QList<Route> &routes() const { return m_routes; }

private:
    static bool segmentsMatch(const QStringList &pattern, const QStringList &path,
                              QStringList *params);

    QList<Route> m_routes;
};

} // namespace billing::server
