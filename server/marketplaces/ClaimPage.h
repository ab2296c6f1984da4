#pragma once

#include "HttpResponse.h"

#include <QString>

namespace billing::server {

// The small pages a marketplace's landing URL answers the buyer's browser with: the claim
// code and the billingdesk:// link on success, or why nothing was created. Bilingual (the
// buyer's language is not known), no scripts, no outside resources.
namespace ClaimPage {

HttpResponse success(const QString &marketplaceName, const QString &subscriptionId,
                     const QString &code, const QString &link);
HttpResponse failure(int status, const QString &marketplaceName, const QString &reason);

} // namespace ClaimPage

} // namespace billing::server
