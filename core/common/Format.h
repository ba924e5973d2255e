#pragma once

#include <QString>

#include <optional>

namespace charthouse {

// Sizes as Helm prints them ("454 B", "2.4 KiB"): Helm's byteCountBinary.
QString formatBinarySize(qint64 bytes);

// The inverse for what people type: "1048576", "100MiB", "2 GiB", "512K", "1G" (units are binary). nullopt for
// anything else, a negative size or one past 2^62.
std::optional<qint64> parseBinarySize(const QString &text);

// Ages as Helm's `chart list` prints them ("27 seconds", "2 hours"): docker/go-units HumanDuration.
QString formatHumanDuration(qint64 milliseconds);

} // namespace charthouse
