#pragma once

#include <QLoggingCategory>

namespace billing {
Q_DECLARE_LOGGING_CATEGORY(lcCredentials)
} // namespace billing
