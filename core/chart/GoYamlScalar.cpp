// How Helm 3 reads an unquoted YAML scalar into a string field: go-yaml v2 resolves it (bool, int, float),
// then sigs.k8s.io/yaml prints the value back as a string. Reproduced so config blobs hash like Helm's.
#include "core/chart/ChartMetadata.h"

#include <QRegularExpression>

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <limits>

namespace charthouse {

namespace {

std::optional<QString> yamlBool(const QString &text)
{
    static const QStringList yes {QStringLiteral("y"), QStringLiteral("Y"), QStringLiteral("yes"),
        QStringLiteral("Yes"), QStringLiteral("YES"), QStringLiteral("true"), QStringLiteral("True"),
        QStringLiteral("TRUE"), QStringLiteral("on"), QStringLiteral("On"), QStringLiteral("ON")};
    static const QStringList no {QStringLiteral("n"), QStringLiteral("N"), QStringLiteral("no"),
        QStringLiteral("No"), QStringLiteral("NO"), QStringLiteral("false"), QStringLiteral("False"),
        QStringLiteral("FALSE"), QStringLiteral("off"), QStringLiteral("Off"), QStringLiteral("OFF")};
    if (yes.contains(text))
        return QStringLiteral("true");
    if (no.contains(text))
        return QStringLiteral("false");
    return std::nullopt;
}

// strconv.ParseInt(s, 0, 64) / ParseUint: optional sign, 0x / 0o / 0b / leading-0 octal prefixes.
std::optional<QString> goInteger(const QString &plain)
{
    QString digits = plain;
    bool negative = false;
    if (digits.startsWith(QLatin1Char('+')) || digits.startsWith(QLatin1Char('-'))) {
        negative = digits.startsWith(QLatin1Char('-'));
        digits.remove(0, 1);
    }
    if (digits.isEmpty())
        return std::nullopt;
    int base = 10;
    const QString lower = digits.toLower();
    if (lower.startsWith(QLatin1String("0x")))
        base = 16, digits.remove(0, 2);
    else if (lower.startsWith(QLatin1String("0o")))
        base = 8, digits.remove(0, 2);
    else if (lower.startsWith(QLatin1String("0b")))
        base = 2, digits.remove(0, 2);
    else if (digits.size() > 1 && digits.startsWith(QLatin1Char('0')))
        base = 8, digits.remove(0, 1);
    if (digits.isEmpty())
        return std::nullopt;
    bool ok = false;
    const quint64 magnitude = digits.toULongLong(&ok, base);
    if (!ok)
        return std::nullopt;
    if (!negative)
        return QString::number(magnitude);
    if (magnitude > static_cast<quint64>(std::numeric_limits<qint64>::max()) + 1)
        return std::nullopt;
    return magnitude == 0 ? QStringLiteral("0") : QLatin1Char('-') + QString::number(magnitude);
}

// strconv.FormatFloat(v, 'g', -1, 32): the shortest digits that read back as the same float32, in %e form
// when the exponent is < -4 or >= 6 (Go's rule for shortest 'g').
QString goFormatFloat32(double value)
{
    if (std::isnan(value))
        return QStringLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("+Inf") : QStringLiteral("-Inf");
    const float f = static_cast<float>(value);
    if (std::isinf(f))
        return f > 0 ? QStringLiteral("+Inf") : QStringLiteral("-Inf");
    // The shortest digits that read back as f, whatever the process's locale (snprintf's %e wrote "1,1e+00"
    // under de_DE, which Qt sets from the user's environment, and the config digest changed with it).
    char buffer[64];
    const auto written = std::to_chars(buffer, buffer + sizeof buffer, f, std::chars_format::scientific);
    // buffer: [-]d[.ddd]e[+-]xx
    QString text = QString::fromLatin1(buffer, written.ptr - buffer);
    const bool negative = text.startsWith(QLatin1Char('-'));
    if (negative)
        text.remove(0, 1);
    const qsizetype e = text.indexOf(QLatin1Char('e'));
    int exponent = text.mid(e + 1).toInt();
    QString digits = text.left(e).remove(QLatin1Char('.'));
    while (digits.size() > 1 && digits.endsWith(QLatin1Char('0')))
        digits.chop(1);
    if (digits == QLatin1String("0"))
        exponent = 0;
    QString out;
    if (exponent < -4 || exponent >= 6) {
        out = digits.left(1);
        if (digits.size() > 1)
            out += QLatin1Char('.') + digits.mid(1);
        out += QStringLiteral("e%1%2")
                   .arg(exponent < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                   .arg(std::abs(exponent), 2, 10, QLatin1Char('0'));
    } else {
        const int point = exponent + 1; // digits before the decimal point
        if (point <= 0)
            out = QStringLiteral("0.") + QString(-point, QLatin1Char('0')) + digits;
        else if (point >= digits.size())
            out = digits + QString(point - digits.size(), QLatin1Char('0'));
        else
            out = digits.left(point) + QLatin1Char('.') + digits.mid(point);
    }
    return negative ? QLatin1Char('-') + out : out;
}

} // namespace

QString goYamlPlainScalarAsString(const QString &text)
{
    if (auto b = yamlBool(text))
        return *b;
    static const QRegularExpression yamlFloat(
        QStringLiteral(R"(^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$)"));
    static const QStringList infinities {QStringLiteral(".inf"), QStringLiteral(".Inf"),
        QStringLiteral(".INF"), QStringLiteral("+.inf"), QStringLiteral("+.Inf"), QStringLiteral("+.INF")};
    static const QStringList negativeInfinities {
        QStringLiteral("-.inf"), QStringLiteral("-.Inf"), QStringLiteral("-.INF")};
    static const QStringList nans {QStringLiteral(".nan"), QStringLiteral(".NaN"), QStringLiteral(".NAN")};
    if (infinities.contains(text))
        return QStringLiteral("+Inf");
    if (negativeInfinities.contains(text))
        return QStringLiteral("-Inf");
    if (nans.contains(text))
        return QStringLiteral("NaN");
    if (text.isEmpty()
        || !(text[0].isDigit() || text[0] == QLatin1Char('+') || text[0] == QLatin1Char('-')
            || text[0] == QLatin1Char('.')))
        return text;
    const QString plain = QString(text).remove(QLatin1Char('_'));
    if (auto integer = goInteger(plain))
        return *integer;
    if (yamlFloat.match(plain).hasMatch())
        return goFormatFloat32(plain.toDouble());
    return text;
}

} // namespace charthouse
