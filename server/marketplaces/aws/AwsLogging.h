#pragma once

#include <QLoggingCategory>

namespace billing::server {
Q_DECLARE_LOGGING_CATEGORY(lcAws)
} // namespace billing::server
