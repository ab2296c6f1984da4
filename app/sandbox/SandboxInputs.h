#pragma once

#include "SandboxMarketProfile.h"

#include <QJsonValue>
#include <QString>

namespace billing {

// A valid value the subscribe form starts with, fresh each call (a new buyer each time):
// a 16-digit Alibaba Cloud UID, a 32-hex Huawei Cloud account ID, a 12-digit AWS account,
// the "standard" plan, quantity 1; empty for the trial flag.
QString sampleValue(SandboxInput input);

// What a typed text becomes in the console's JSON body: the normalised identifier, or, for a
// text the marketplace would refuse, an undefined value and a translated *problem. An empty
// optional field (AWS account) is left out: the console picks one.
QJsonValue inputValue(SandboxInput input, const QString &text, QString *problem);

} // namespace billing
