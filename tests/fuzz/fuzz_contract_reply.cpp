// The client's reading of contract replies other than list pages, as the jobs in app/net
// call it: workspaces, error bodies, accounts, sessions, notifications, marketplace
// instances, batch results, history events and the money replies (statement, wallet, bill
// lines). What is accepted must survive its own
// toJson().
#include "FuzzSupport.h"

#include <Account.h>
#include <ApiError.h>
#include <BillLine.h>
#include <MarketplaceSubscription.h>
#include <MonthStatement.h>
#include <Notification.h>
#include <Rfc3339.h>
#include <SessionReply.h>
#include <SettlementChangeResult.h>
#include <SettlementEvent.h>
#include <WalletState.h>
#include <Workspace.h>
#include <WorkspaceJsonReader.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace billing;

namespace {
void readWorkspace(const QJsonObject &object)
{
    const auto workspace = workspaceFromJson(object);
    if (!workspace)
        return;
    // The cache and the journal write what was read and read it back.
    const auto again = workspaceFromJson(toJson(*workspace));
    fuzz::require(again.has_value() && again->id == workspace->id
                  && again->version == workspace->version
                  && again->settlement.sameBindingAs(workspace->settlement));
}

void readError(const QJsonObject &body)
{
    const QJsonObject inner = body.value(u"error").toObject();
    if (!inner.value(u"code").isString())
        return;
    const ApiError error = ApiError::fromJson(inner);
    const ApiError again = ApiError::fromJson(error.toJson());
    fuzz::require(again.code == error.code && again.fields == error.fields);
}

void readEvent(const QJsonObject &object)
{
    const auto event = SettlementEvent::fromJson(object);
    if (!event)
        return;
    // The activity cache and the JSON export write what was read and read it back.
    const auto again = SettlementEvent::fromJson(event->toJson());
    fuzz::require(again.has_value() && again->id == event->id && again->event == event->event
                  && again->reason == event->reason && again->actor == event->actor
                  && again->from.has_value() == event->from.has_value()
                  && again->to.has_value() == event->to.has_value());
}

void readBillLine(const QJsonObject &object)
{
    const auto line = BillLine::fromJson(object);
    if (!line)
        return;
    // The bill's offline copy writes what was read and reads it back.
    const auto again = BillLine::fromJson(line->toJson());
    fuzz::require(again.has_value() && *again == *line);
}

void readAccount(const QJsonObject &object)
{
    if (const auto account = accountFromJson(object)) {
        const auto again = accountFromJson(toJson(*account));
        fuzz::require(again.has_value() && again->id == account->id);
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::silenceQtLogging();
    const QByteArray bytes = fuzz::bytes(data, size);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Times arrive as strings inside the replies; give the raw text to both parsers too.
        const QString text = QString::fromUtf8(bytes);
        rfc3339::parse(text);
        parseRfc3339Fast(text);
        return 0;
    }
    const QJsonObject body = document.object();
    readWorkspace(body);
    readError(body);
    readAccount(body);
    readAccount(body.value(u"account").toObject());
    SessionReply::fromJson(body);
    SessionReply::fromJson(body.value(u"session").toObject());
    notificationFromJson(body);
    aliyunInstanceFromJson(body);
    readEvent(body);
    readBillLine(body);
    MonthStatement::fromJson(body);
    WalletState::fromJson(body);
    for (const QJsonValue &item : body.value(u"items").toArray()) {
        notificationFromJson(item.toObject());
        readEvent(item.toObject());    // history and audit pages
        readBillLine(item.toObject()); // bill-line pages
    }
    for (const QJsonValue &result : body.value(u"results").toArray())
        SettlementChangeResult::fromJson(result.toObject());
    for (const QJsonValue &value : body)
        if (value.isString())
            rfc3339::parse(value.toString());
    return 0;
}
