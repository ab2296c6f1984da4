#pragma once

#include <QLoggingCategory>

namespace billing {
// billing.ui.registration: the wizard's steps and submissions (never a password).
Q_DECLARE_LOGGING_CATEGORY(lcRegistration)
} // namespace billing
