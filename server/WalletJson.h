#pragma once

#include "WalletService.h"

#include <QJsonObject>

namespace billing::server::WalletJson {

// {"currency","cash","arrears","vouchers":[{"id","amount","remaining","expiresAt"}],
//  "averageDailyCharge","daysCovered","lowBalance","lockAt"?} (docs/api.md)
QJsonObject wallet(const WalletView &view);
// {"id","at","kind","amount","balance","cash","fromVouchers"?,"voucherId"?,"day"?}
QJsonObject entry(const LedgerEntry &entry);

} // namespace billing::server::WalletJson
