#include "PlanLog.h"

Q_LOGGING_CATEGORY(lcPlan, "billing.plan", QtInfoMsg)
