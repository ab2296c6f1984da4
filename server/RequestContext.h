#pragma once

#include "Authenticator.h"
#include "HttpRequest.h"

#include <QStringList>

#include <optional>

namespace billing::server {

// What a handler gets: the request, the path parameters and, on bearer routes, the caller.
struct RequestContext {
    const HttpRequest &request;
    QStringList params; // values of the {placeholders}, in order
    std::optional<Caller> caller;

    const Account &account() const { return caller->account; }
    QString param(int index) const { return params.value(index); }
};

} // namespace billing::server
