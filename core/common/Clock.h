#pragma once

#include <QDateTime>

#include <functional>

namespace charthouse {

// The time now, as a service handed to what decides by age (how fresh a remembered listing is), so a test can
// move time instead of waiting.
using Clock = std::function<QDateTime()>;

// The machine's clock, in UTC: what the apps pass.
inline QDateTime systemTimeUtc()
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace charthouse
