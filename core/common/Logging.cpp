#include "core/common/Logging.h"

namespace charthouse {
Q_LOGGING_CATEGORY(lcCache, "charthouse.cache", QtWarningMsg)
Q_LOGGING_CATEGORY(lcChart, "charthouse.chart", QtWarningMsg)
Q_LOGGING_CATEGORY(lcJobs, "charthouse.jobs", QtWarningMsg)
Q_LOGGING_CATEGORY(lcRegistry, "charthouse.registry", QtWarningMsg)
Q_LOGGING_CATEGORY(lcUi, "charthouse.ui", QtWarningMsg)
} // namespace charthouse
