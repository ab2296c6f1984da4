#include "ExportLog.h"

Q_LOGGING_CATEGORY(lcExport, "billing.export", QtInfoMsg)
