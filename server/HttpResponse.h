#pragma once

#include <ApiError.h>

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

#include <any>
#include <functional>
#include <memory>
#include <optional>

namespace billing::server {

struct HttpResponse;

// A reply that needs a CPU-heavy step first (hashing a password): `work` runs on the worker
// pool and must touch nothing shared (no database); `finish` runs on the event loop with its
// result, which is empty when work failed.
struct DeferredReply {
    std::function<std::any()> work;
    std::function<HttpResponse(const std::any &)> finish;
};

// A reply as handlers produce it; the adapter writes it to the socket.
struct HttpResponse {
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    std::shared_ptr<DeferredReply> deferred; // set: the reply is what deferred->finish makes

    // A reply made by finish(work()) with work on the worker pool; see DeferredReply.
    template <typename Result>
    static HttpResponse offload(std::function<Result()> work,
                                std::function<HttpResponse(const Result &)> finish)
    {
        HttpResponse response;
        response.deferred = std::make_shared<DeferredReply>(
            DeferredReply{[work = std::move(work)]() -> std::any { return work(); },
                          [finish = std::move(finish)](const std::any &result) {
                              if (const Result *value = std::any_cast<Result>(&result))
                                  return finish(*value);
                              return HttpResponse::failed();
                          }});
        return response;
    }
    // 500 internal, the reply to anything that failed unexpectedly.
    static HttpResponse failed();

    static HttpResponse json(int status, const QJsonObject &object);
    static HttpResponse rawJson(int status, const QByteArray &utf8Json);
    static HttpResponse error(const ApiError &error);
    static HttpResponse error(ErrorCode code, const QString &message,
                              const QMap<QString, QString> &fields = {});
    static HttpResponse noContent();

    HttpResponse &withHeader(const QByteArray &name, const QByteArray &value);
    std::optional<QByteArray> header(const QByteArray &name) const; // case-insensitive
};

} // namespace billing::server
