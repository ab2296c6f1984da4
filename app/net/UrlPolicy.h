#pragma once

#include <QString>
#include <QUrl>

namespace billing {

// 127.0.0.0/8, ::1 and "localhost".
bool isLoopbackHost(const QString &host);

// Empty when the URL may be used as a Billing Center address; otherwise a translated reason.
// https is required for every host outside loopback; user info (user:password@) is refused.
QString serverUrlProblem(const QUrl &url);

} // namespace billing
