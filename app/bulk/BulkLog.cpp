#include "BulkLog.h"

Q_LOGGING_CATEGORY(lcBulk, "billing.bulk", QtInfoMsg)
