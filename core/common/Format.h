#pragma once

#include <QString>

namespace charthouse {

// Sizes as Helm prints them ("454 B", "2.4 KiB"): Helm's byteCountBinary.
QString formatBinarySize(qint64 bytes);

// Ages as Helm's `chart list` prints them ("27 seconds", "2 hours"): docker/go-units HumanDuration.
QString formatHumanDuration(qint64 milliseconds);

} // namespace charthouse
