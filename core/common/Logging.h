#pragma once

#include <QLoggingCategory>

namespace charthouse {
// One category per module. Never log a credential, a token or an Authorization header.
Q_DECLARE_LOGGING_CATEGORY(lcCache)
Q_DECLARE_LOGGING_CATEGORY(lcChart)
Q_DECLARE_LOGGING_CATEGORY(lcJobs)
Q_DECLARE_LOGGING_CATEGORY(lcRegistry)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
} // namespace charthouse
