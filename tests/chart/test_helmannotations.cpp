// The manifest annotations and config blob bytes Helm writes for a chart: Helm 4 (and 3.5.2+) sanitize the
// metadata's strings when they load a chart, Helm 3.4.2 does not. Every golden value below is what the real
// Helm 4.1.4 (`helm package` + `helm push`) and Helm 3.4.2 (`helm chart save`) wrote for the same Chart.yaml.
// (No raw string literals: Qt 6.4's moc fails on them.)
#include "core/chart/ChartMetadata.h"
#include "core/chart/HelmAnnotations.h"
#include "tests/support/AnnotationCharts.h"

#include <QRegularExpression>
#include <QTimeZone>
#include <QtTest>

using namespace charthouse;
namespace charts = charthouse::test::annotationcharts;

namespace {

using Map = QMap<QString, QString>;

const QDateTime fixedTime(QDate(2026, 1, 2), QTime(3, 4, 5, 678), QTimeZone::utc());
const QString fixedCreated = QStringLiteral("2026-01-02T03:04:05Z");

ChartMetadata load(const char *yaml)
{
    auto md = ChartMetadata::fromChartYaml(QByteArray(yaml), QStringLiteral("Chart.yaml"));
    if (!md)
        qFatal("%s", qPrintable(md.error().message()));
    return *md;
}

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

class TestHelmAnnotations : public QObject
{
    Q_OBJECT

private slots:
    void authorsUrlAndSourceAsHelm4()
    {
        const ChartMetadata md = load(charts::team);
        QCOMPARE(helmManifestAnnotations(md, fixedTime),
            (Map {{u("org.opencontainers.image.authors"), u("Alice (alice@example.invalid), Bob")},
                {u("org.opencontainers.image.created"), fixedCreated},
                {u("org.opencontainers.image.description"), u("A chart with people behind it")},
                {u("org.opencontainers.image.source"), u("https://github.com/example/team")},
                {u("org.opencontainers.image.title"), u("team")},
                {u("org.opencontainers.image.url"), u("https://example.invalid/team")},
                {u("org.opencontainers.image.version"), u("2.3.4")}}));
        // Nothing to sanitize: both flavours write the same bytes.
        const QByteArray config
            = "{\"name\":\"team\",\"home\":\"https://example.invalid/team\",\"sources\":["
              "\"https://github.com/example/team\",\"https://mirror.example/team\"],"
              "\"version\":\"2.3.4\",\"description\":\"A chart with people behind it\","
              "\"keywords\":[\"people\",\"team\"],\"maintainers\":[{\"name\":\"Alice\","
              "\"email\":\"alice@example.invalid\",\"url\":\"https://alice.example.invalid\"},"
              "{\"name\":\"Bob\"}],\"apiVersion\":\"v2\",\"appVersion\":\"7.0\","
              "\"type\":\"application\"}";
        QCOMPARE(md.toHelmConfigJson(ConfigFlavor::Helm4), config);
        QCOMPARE(md.toHelmConfigJson(ConfigFlavor::Helm3Legacy), config);
    }

    void chartAnnotationsOverrideAllButTitleAndVersion()
    {
        const ChartMetadata md = load(charts::edge);
        QCOMPARE(helmManifestAnnotations(md, fixedTime),
            (Map {{u("example.com/empty"), QString()},
                {u("org.opencontainers.image.authors"),
                    u("Alice (alice@example.invalid), Bob,  (anon@example.invalid), Tab Name")},
                {u("org.opencontainers.image.created"), u("1999-01-01T00:00:00Z")},
                {u("org.opencontainers.image.description"), u("annot\ndesc")},
                {u("org.opencontainers.image.source"), u("https://override.example/src")},
                {u("org.opencontainers.image.title"), u("edge")},
                {u("org.opencontainers.image.url"), u("https://example.invalid/home")},
                {u("org.opencontainers.image.version"), u("1.0.0")},
                {u("\xed\x82\xa4"), u("\xea\xb0\x92\x02")}}));
    }

    void configBytesForEdgeChart()
    {
        const ChartMetadata md = load(charts::edge);
        const QByteArray tail
            = "\"maintainers\":[{\"name\":\"Alice\",\"email\":\"alice@example.invalid\","
              "\"url\":\"https://alice.example\"},{\"name\":\"Bob\"},{\"email\":\"anon@example.invalid\"},";
        const QByteArray annotations
            = "\"annotations\":{\"example.com/"
              "empty\":\"\",\"org.opencontainers.image.created\":\"1999-01-01T00:00:00Z\","
              "\"org.opencontainers.image.description\":\"annot\\ndesc\",\"org.opencontainers.image.source\":"
              "\"https://override.example/src\",\"org.opencontainers.image.title\":\"evil-title\","
              "\"org.opencontainers.image.version\":\"9.9.9\",\"\xed\x82\xa4\":\"\xea\xb0\x92\\u0002\"}}";
        const QByteArray head = "{\"name\":\"edge\",\"home\":\"https://example.invalid/home\",\"sources\":["
                                "\"https://github.com/example/edge\",\"https://gitlab.example/edge\"],"
                                "\"version\":\"1.0.0\",";
        // Helm 4: whitespace becomes a space, what is not printable goes; chart annotations stay as written.
        QCOMPARE(md.toHelmConfigJson(ConfigFlavor::Helm4),
            head + "\"description\":\"Line one Line two with tabctlzw nbsp ls end  \",\"keywords\":[\"k w\"],"
                + tail
                + "{\"name\":\"Tab Name\",\"url\":\"https://x\"}],\"apiVersion\":\"v2\",\"appVersion\":\"1.0 "
                  "\","
                + annotations);
        // Helm 3.4.2: as read.
        QCOMPARE(md.toHelmConfigJson(ConfigFlavor::Helm3Legacy),
            head
                + "\"description\":\"Line one\\nLine two\\twith "
                  "tab\\u0001ctl\xe2\x80\x8bzw\xc2\xa0nbsp\\u2028ls end  \","
                  "\"keywords\":[\"k\\tw\"],"
                + tail
                + "{\"name\":\"Tab\\tName\",\"url\":\"https://"
                  "x\"}],\"apiVersion\":\"v2\",\"appVersion\":\"1.0\\t\","
                + annotations);
    }

    void unicodeSpacesAndInvisiblesAsGo()
    {
        const ChartMetadata md = load(charts::uni);
        // Only whitespace in home and the first source: no url, no source. Two empty maintainers: ", ".
        QCOMPARE(helmManifestAnnotations(md, fixedTime),
            (Map {{u("org.opencontainers.image.authors"), u(", ")},
                {u("org.opencontainers.image.created"), fixedCreated},
                {u("org.opencontainers.image.description"),
                    u("ab cdef g h i\xcc\x81j\xf0\x9f\x98\x80kl  m n o  pqr")},
                {u("org.opencontainers.image.title"), u("uni")},
                {u("org.opencontainers.image.version"), u("0.1.0-rc.1+b.2")}}));
        QCOMPARE(md.toHelmConfigJson(ConfigFlavor::Helm4),
            QByteArray(
                "{\"name\":\"uni\",\"home\":\"  \",\"sources\":[\" \",\"https://second.example\"],"
                "\"version\":\"0.1.0-rc.1+b.2\",\"description\":\"ab cdef g h i\xcc\x81j\xf0\x9f\x98\x80kl  "
                "m n o  pqr\","
                "\"keywords\":[\"h\xc3\xa9llo\"],\"maintainers\":[{},{}],\"apiVersion\":\"v2\","
                "\"dependencies\":[{\"name\":\"dep\",\"version\":\"~1.2\",\"repository\":\"https://r e\","
                "\"condition\":\"c d\",\"tags\":[\"t "
                "u\"],\"import-values\":[\"i\\tv\"],\"alias\":\"good_alias\"}],"
                "\"type\":\"application\"}"));
        QCOMPARE(md.toHelmConfigJson(ConfigFlavor::Helm3Legacy),
            QByteArray(
                "{\"name\":\"uni\",\"home\":\"  \",\"sources\":[\"\\t\",\"https://second.example\"],"
                "\"version\":\"0.1.0-rc.1+b.2\",\"description\":\"a"
                "b\xc2\x85"
                "c\xc2\xad"
                "d\xef\xbb\xbf"
                "e\xee\x80\x80"
                "f\xe1\x9a\x80g\xe3\x80\x80h\xe2\x80\xafi\xcc\x81j\xf0\x9f\x98\x80k\xcd\xb8l\\r\\nm\\u000bn"
                "\\u000co \\u2029p\xe2\x80\x8eq\xd8\x9cr\",\"keywords\":[\"h\xc3\xa9llo\"],"
                "\"maintainers\":[{},{}],\"apiVersion\":\"v2\",\"dependencies\":[{\"name\":\"dep\","
                "\"version\":\"~1.2\\u0001\",\"repository\":\"https://r\\te\",\"condition\":\"c\\nd\","
                "\"tags\":[\"t\xc2\xa0u\"],\"import-values\":[\"i\\tv\"],\"alias\":\"good_alias\"}],"
                "\"type\":\"application\"}"));
    }

    void unicodeVersionIsGos()
    {
        // Helm 4.1.4's Go is on Unicode 15.0: it keeps what 15.0 added (U+1FAE8, U+31350 CJK Extension H,
        // U+0CF3; Qt 6.4's tables predate them) and drops what came later (U+2EBF0 CJK Extension I,
        // Unicode 15.1).
        ChartMetadata md;
        md.name = QStringLiteral("x");
        md.version = QStringLiteral("1.0.0");
        md.description = u("a\xf0\x9f\xab\xa8"
                           "b\xf0\xb1\x8d\x90"
                           "c\xe0\xb3\xb3"
                           "d\xf0\xae\xaf\xb0"
                           "e");
        QCOMPARE(helmSanitized(md).description,
            u("a\xf0\x9f\xab\xa8"
              "b\xf0\xb1\x8d\x90"
              "c\xe0\xb3\xb3"
              "de"));
    }

    void blockDescriptionAndChartAuthors()
    {
        const ChartMetadata md = load(charts::block);
        QCOMPARE(helmManifestAnnotations(md, fixedTime),
            (Map {{u("artifacthub.io/license"), u("Apache-2.0")},
                {u("org.opencontainers.image.authors"), u("Someone Else")},
                {u("org.opencontainers.image.created"), fixedCreated},
                {u("org.opencontainers.image.description"),
                    u("First line of a long description. Second line, then a blank one.  Last line. ")},
                {u("org.opencontainers.image.title"), u("block")},
                {u("org.opencontainers.image.version"), u("0.2.0")}}));
        const QByteArray annotations
            = ",\"apiVersion\":\"v2\",\"annotations\":{\"artifacthub.io/license\":"
              "\"Apache-2.0\",\"org.opencontainers.image.authors\":\"Someone Else\"}}";
        QCOMPARE(md.toHelmConfigJson(ConfigFlavor::Helm4),
            "{\"name\":\"block\",\"version\":\"0.2.0\",\"description\":\"First line of a long description. "
            "Second line, then a blank one.  Last line. \""
                + annotations);
        QCOMPARE(md.toHelmConfigJson(ConfigFlavor::Helm3Legacy),
            "{\"name\":\"block\",\"version\":\"0.2.0\",\"description\":\"First line of a long description.\\n"
            "Second line, then a blank one.\\n\\nLast line.\\n\""
                + annotations);
    }

    void blankValuesAreLeftOut()
    {
        // addToMap: a value that is only whitespace (Go's unicode.IsSpace) is not written; the rest as they
        // are.
        ChartMetadata md;
        md.name = QStringLiteral("x");
        md.version = QStringLiteral("1.0.0");
        md.description = QStringLiteral(" \t\n");
        md.home = QString(QChar(0x3000));
        md.sources = {QString(), QStringLiteral("https://second.example")};
        md.maintainers = {{QString(), QString(), QStringLiteral("https://only-url.example")}};
        QCOMPARE(helmManifestAnnotations(md, fixedTime),
            (Map {{u("org.opencontainers.image.created"), fixedCreated},
                {u("org.opencontainers.image.title"), u("x")},
                {u("org.opencontainers.image.version"), u("1.0.0")}}));
        md.description = QStringLiteral(" padded ");
        md.maintainers.append({QStringLiteral("Carol"), QString(), QString()});
        const Map annotations = helmManifestAnnotations(md, fixedTime);
        QCOMPARE(annotations.value(u("org.opencontainers.image.description")), u(" padded "));
        QCOMPARE(annotations.value(u("org.opencontainers.image.authors")), u(", Carol"));
        // A chart annotation is copied even when empty, and may replace anything but title and version.
        md.annotations = {{u("org.opencontainers.image.created"), QString()},
            {u("org.opencontainers.image.title"), u("t")}, {u("org.opencontainers.image.version"), u("v")}};
        const Map replaced = helmManifestAnnotations(md, fixedTime);
        QCOMPARE(replaced.value(u("org.opencontainers.image.created"), u("missing")), QString());
        QCOMPARE(replaced.value(u("org.opencontainers.image.title")), u("x"));
        QCOMPARE(replaced.value(u("org.opencontainers.image.version")), u("1.0.0"));
    }

    void createdIsGoRfc3339()
    {
        ChartMetadata md;
        md.name = QStringLiteral("x");
        md.version = QStringLiteral("1.0.0");
        const QString key = u("org.opencontainers.image.created");
        // Go's time.RFC3339: whole seconds, "Z" for a zero offset, otherwise ±hh:mm.
        QCOMPARE(helmManifestAnnotations(md, fixedTime).value(key), fixedCreated);
        QCOMPARE(helmManifestAnnotations(md, fixedTime.toOffsetFromUtc(9 * 3600)).value(key),
            u("2026-01-02T12:04:05+09:00"));
        QCOMPARE(helmManifestAnnotations(md, fixedTime.toOffsetFromUtc(-(3 * 3600 + 30 * 60))).value(key),
            u("2026-01-01T23:34:05-03:30"));
        QCOMPARE(helmManifestAnnotations(md, fixedTime.toOffsetFromUtc(0)).value(key), fixedCreated);
        // No time given: now, in UTC, as Helm's registry client does when the caller gives none.
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        const QString now = helmManifestAnnotations(md, QDateTime()).value(key);
        static const QRegularExpression rfc3339(
            QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"));
        QVERIFY2(rfc3339.match(now).hasMatch(), qPrintable(now));
        const QDateTime parsed = QDateTime::fromString(now, Qt::ISODate);
        QVERIFY(parsed >= before && parsed <= QDateTime::currentDateTimeUtc().addSecs(1));
    }

    void sanitizingIsIdempotent()
    {
        // Helm 4 sanitizes at `helm package` and again when `helm push` loads the package: once is enough.
        for (const char *yaml : {charts::team, charts::edge, charts::uni, charts::block}) {
            const ChartMetadata md = load(yaml);
            const ChartMetadata once = helmSanitized(md);
            QCOMPARE(helmSanitized(once).toHelmConfigJson(ConfigFlavor::Helm3Legacy),
                once.toHelmConfigJson(ConfigFlavor::Helm3Legacy));
            QCOMPARE(
                once.toHelmConfigJson(ConfigFlavor::Helm3Legacy), md.toHelmConfigJson(ConfigFlavor::Helm4));
            QCOMPARE(helmManifestAnnotations(once, fixedTime), helmManifestAnnotations(md, fixedTime));
        }
    }
};

QTEST_GUILESS_MAIN(TestHelmAnnotations)
#include "test_helmannotations.moc"
