#include "app/cli/CliOutput.h"

#include "core/chart/PrintableText.h"
#include "core/common/Format.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace charthouse::cli {

namespace {

constexpr int maxColumnWidth = 60;  // Helm's table.MaxColWidth

// gosuri/uitable's strutil.Resize for single-width text: pad right, or cut to width-3 and add "...".
QString fitCell(const QString &text, int width)
{
    if (text.size() == width)
        return text;
    if (text.size() < width)
        return text.leftJustified(width, QLatin1Char(' '));
    return text.left(width - 3) + QStringLiteral("...");
}

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

// A config from a registry may name any apiVersion: one Helm does not know is shown as written, never
// refused.
QString chartApiText(const ChartMetadata &metadata)
{
    const auto api = metadata.chartApi();
    return api ? chartApiName(*api)
               : QStringLiteral("unknown (apiVersion \"%1\")").arg(printable(metadata.apiVersion));
}

QJsonObject descriptorJson(const Descriptor &d)
{
    QJsonObject o{{QStringLiteral("mediaType"), d.mediaType},
                  {QStringLiteral("digest"), d.digest.toString()},
                  {QStringLiteral("size"), d.size}};
    if (!d.annotations.isEmpty()) {
        QJsonObject annotations;
        for (auto it = d.annotations.cbegin(); it != d.annotations.cend(); ++it)
            annotations.insert(it.key(), it.value());
        o.insert(QStringLiteral("annotations"), annotations);
    }
    return o;
}

QString descriptorLine(const Descriptor &d)
{
    return QStringLiteral("%1 (%2, %3)").arg(d.digest.toString(), formatBinarySize(d.size), d.mediaType);
}

QString prettyJson(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    return doc.isNull() ? QString::fromUtf8(json) : QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

} // namespace

QString hintText(Error::Hint hint, const QString &subject)
{
    switch (hint) {
    case Error::Hint::None: return {};
    case Error::Hint::Login:
        return QStringLiteral("run: charthouse-cli registry login %1")
            .arg(subject.isEmpty() ? QStringLiteral("HOST") : subject);
    case Error::Hint::PlainHttp: return QStringLiteral("it speaks plain HTTP: use --plain-http");
    case Error::Hint::PrivateCa:
        return QStringLiteral("for a private CA use --ca-file; to skip verification --insecure-skip-tls-verify");
    case Error::Hint::ClientCertificate:
        return QStringLiteral("if the registry asks for a client certificate, give --cert-file and --key-file");
    case Error::Hint::NoKeychain:
        return QStringLiteral(
            "use --username with --password-stdin to log in for one command without storing anything");
    case Error::Hint::Replace: return QStringLiteral("use --force to replace it");
    case Error::Hint::LayerSizeLimit: return QStringLiteral("raise the limit with --max-layer-size");
    case Error::Hint::SpeedLimit: return QStringLiteral("for a slow link lower --speed-limit; 0 turns it off");
    case Error::Hint::StopLocalRegistry:
        return subject.isEmpty()
            ? QStringLiteral("stop it with \"charthouse-cli registry stop\"")
            : QStringLiteral("stop it with \"charthouse-cli registry stop --address %1\"").arg(subject);
    }
    return {};
}

QString errorText(const Error &error)
{
    const QString hint = hintText(error.hint(), error.hintSubject());
    if (hint.isEmpty())
        return error.message();
    // What to do next reads as the rest of the sentence: "x already exists; use --force to replace it".
    switch (error.hint()) {
    case Error::Hint::NoKeychain:
    case Error::Hint::Replace:
    case Error::Hint::StopLocalRegistry: return error.message() + QStringLiteral("; ") + hint;
    default: return error.message() + QStringLiteral(" (") + hint + QLatin1Char(')');
    }
}

QString chartSummaryText(const ChartSummary &chart)
{
    return QStringLiteral("ref:     %1\ndigest:  %2\nsize:    %3\nname:    %4\nversion: %5\n")
        .arg(chart.ref.toString(), chart.manifest.digest.hex(), formatBinarySize(chart.layer.size),
            printable(chart.name), printable(chart.version));
}

QString chartTableText(const QList<ChartSummary> &charts, const QDateTime &now)
{
    QList<QStringList> rows;
    rows.reserve(charts.size() + 1);
    rows.append({QStringLiteral("REF"), QStringLiteral("NAME"), QStringLiteral("VERSION"), QStringLiteral("DIGEST"),
                 QStringLiteral("SIZE"), QStringLiteral("CREATED")});
    for (const ChartSummary &c : charts) {
        // Names come from configs anyone could have pushed: no control character reaches the terminal raw.
        rows.append({c.ref.toString(), printable(c.name), printable(c.version), c.manifest.digest.shortHex(),
            formatBinarySize(c.layer.size),
                     formatHumanDuration(c.created.msecsTo(now))});
    }
    return tableText(rows);
}

QString tableText(const QList<QStringList> &rows)
{
    if (rows.isEmpty())
        return {};
    QList<int> widths(rows.first().size(), 0);
    for (const QStringList &row : rows)
        for (int i = 0; i < row.size(); ++i)
            widths[i] = std::min(maxColumnWidth, std::max(widths[i], static_cast<int>(row[i].size())));
    QString out;
    for (const QStringList &row : rows) {
        QStringList cells;
        for (int i = 0; i < row.size(); ++i)
            cells.append(fitCell(row[i], widths[i]));
        out += cells.join(QLatin1Char('\t')) + QLatin1Char('\n');
    }
    return out;
}

QByteArray chartListJson(const QList<ChartSummary> &charts)
{
    QJsonArray array;
    for (const ChartSummary &c : charts) {
        array.append(QJsonObject{{QStringLiteral("ref"), c.ref.toString()},
                                 {QStringLiteral("name"), c.name},
                                 {QStringLiteral("version"), c.version},
                                 {QStringLiteral("digest"), c.manifest.digest.toString()},
                                 {QStringLiteral("size"), c.layer.size},
                                 {QStringLiteral("created"), isoUtc(c.created)},
                                 {QStringLiteral("mediaType"), c.layer.mediaType}});
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QString chartDetailsText(const ChartDetails &details)
{
    QString out = chartSummaryText(details.summary);
    out += QStringLiteral("Chart API: %1\n").arg(chartApiText(details.metadata));
    out += QStringLiteral("manifest: %1\n").arg(descriptorLine(details.summary.manifest));
    out += QStringLiteral("config:   %1\n").arg(descriptorLine(details.manifest.config));
    out += QStringLiteral("layers:\n");
    for (const Descriptor &layer : details.manifest.layers)
        out += QStringLiteral("  - %1\n").arg(descriptorLine(layer));
    out += QStringLiteral("\nManifest:\n") + prettyJson(details.manifestJson);
    out += QStringLiteral("\nConfig:\n") + prettyJson(details.configJson);
    return out;
}

QByteArray chartDetailsJson(const ChartDetails &details)
{
    QJsonArray layers;
    for (const Descriptor &layer : details.manifest.layers)
        layers.append(descriptorJson(layer));
    const auto api = details.metadata.chartApi(); // null when unknown
    const QJsonObject o{
        {QStringLiteral("ref"), details.summary.ref.toString()},
        {QStringLiteral("name"), details.summary.name},
        {QStringLiteral("version"), details.summary.version},
        {QStringLiteral("chartApi"), api ? QJsonValue(chartApiName(*api)) : QJsonValue()},
        {QStringLiteral("digest"), details.summary.manifest.digest.toString()},
        {QStringLiteral("size"), details.summary.layer.size},
        {QStringLiteral("created"), isoUtc(details.summary.created)},
        {QStringLiteral("mediaType"), details.summary.layer.mediaType},
        {QStringLiteral("manifestDescriptor"), descriptorJson(details.summary.manifest)},
        {QStringLiteral("manifest"), QJsonDocument::fromJson(details.manifestJson).object()},
        {QStringLiteral("config"), QJsonDocument::fromJson(details.configJson).object()},
        {QStringLiteral("layers"), layers},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

} // namespace charthouse::cli
