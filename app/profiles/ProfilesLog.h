#pragma once

#include <QLoggingCategory>

namespace billing {
Q_DECLARE_LOGGING_CATEGORY(lcProfiles)
} // namespace billing
