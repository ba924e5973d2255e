#include "core/common/Format.h"

#include <QRegularExpression>

#include <cmath>

namespace charthouse {

QString formatBinarySize(qint64 bytes)
{
    constexpr qint64 unit = 1024;
    if (bytes < unit)
        return QStringLiteral("%1 B").arg(bytes);
    qint64 div = unit;
    int exp = 0;
    for (qint64 n = bytes / unit; n >= unit; n /= unit) {
        div *= unit;
        ++exp;
    }
    // Go's %.1f rounds half to even on the binary value, as QString::number does.
    return QStringLiteral("%1 %2iB")
        .arg(QString::number(static_cast<double>(bytes) / static_cast<double>(div), 'f', 1))
        .arg(QLatin1Char("KMGTPE"[exp]));
}

std::optional<qint64> parseBinarySize(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(\\d{1,19})\\s*(?:([KMGT])(?:i?B)?|B)?\\s*$"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    bool ok = false;
    const qint64 number = match.captured(1).toLongLong(&ok);
    const int shift = match.captured(2).isEmpty()
        ? 0
        : 10 * (1 + static_cast<int>(QStringLiteral("KMGT").indexOf(match.captured(2).toUpper())));
    if (!ok || number > (qint64(1) << (62 - shift)))
        return std::nullopt;
    return number << shift;
}

QString formatHumanDuration(qint64 milliseconds)
{
    const qint64 seconds = milliseconds / 1000;
    if (seconds < 1)
        return QStringLiteral("Less than a second");
    if (seconds == 1)
        return QStringLiteral("1 second");
    if (seconds < 60)
        return QStringLiteral("%1 seconds").arg(seconds);
    const qint64 minutes = seconds / 60;
    if (minutes == 1)
        return QStringLiteral("About a minute");
    if (minutes < 60)
        return QStringLiteral("%1 minutes").arg(minutes);
    const auto hours = static_cast<qint64>(std::round(static_cast<double>(milliseconds) / 3'600'000.0));
    if (hours == 1)
        return QStringLiteral("About an hour");
    if (hours < 48)
        return QStringLiteral("%1 hours").arg(hours);
    if (hours < 24 * 7 * 2)
        return QStringLiteral("%1 days").arg(hours / 24);
    if (hours < 24 * 30 * 2)
        return QStringLiteral("%1 weeks").arg(hours / 24 / 7);
    if (hours < 24 * 365 * 2)
        return QStringLiteral("%1 months").arg(hours / 24 / 30);
    return QStringLiteral("%1 years").arg(milliseconds / 3'600'000 / 24 / 365);
}

} // namespace charthouse
