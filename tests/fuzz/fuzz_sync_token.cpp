// The `changedSince` token of GET /api/v1/workspaces (issue 20): SyncToken::decode, as the
// list handler reads it. A token that decodes must encode to a text that decodes to the same
// token, be usable against itself, and be refused against a clock behind it or another
// database.
#include "FuzzSupport.h"

#include <SyncToken.h>

using namespace billing;
using namespace billing::server;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::silenceQtLogging();
    const auto token = SyncToken::decode(QString::fromUtf8(fuzz::bytes(data, size)));
    if (!token)
        return 0;
    fuzz::require(token->value >= 0 && token->issuedAt.isValid() && token->epoch.size() == 16);
    const auto again = SyncToken::decode(token->encode());
    fuzz::require(again && again->epoch == token->epoch && again->value == token->value
                  && again->issuedAt == token->issuedAt);
    fuzz::require(SyncToken::problem(*token, *token).isEmpty());
    if (token->value > 0) {
        SyncToken behind = *token;
        behind.value = token->value - 1;
        fuzz::require(!SyncToken::problem(*token, behind).isEmpty());
    }
    SyncToken otherDatabase = *token;
    otherDatabase.epoch = token->epoch == QStringLiteral("0000000000000000")
                              ? QStringLiteral("0000000000000001")
                              : QStringLiteral("0000000000000000");
    fuzz::require(!SyncToken::problem(*token, otherDatabase).isEmpty());
    SyncToken later = *token;
    later.issuedAt = token->issuedAt.addSecs(SyncToken::kLifetimeSeconds + 1);
    fuzz::require(!SyncToken::problem(*token, later).isEmpty());
    return 0;
}
