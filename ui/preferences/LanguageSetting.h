#pragma once

#include <QString>

class QSettings;

namespace billing {

// The user's interface language as chosen in Preferences: "en", "zh_CN", or empty to follow
// the system locale. Read at start-up; a change applies at the next start.
QString storedLanguage(QSettings &settings);
void storeLanguage(QSettings &settings, const QString &language);

} // namespace billing
