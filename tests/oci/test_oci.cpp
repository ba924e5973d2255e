// (No raw string literals here: Qt 6.4's moc fails to parse them and silently skips the class.)
// References, digests, descriptors, manifests and the layout index, including Go-exact JSON.
#include "core/oci/Digest.h"
#include "core/oci/GoJson.h"
#include "core/oci/Index.h"
#include "core/oci/Manifest.h"
#include "core/oci/MediaTypes.h"
#include "core/oci/Reference.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <limits>

using namespace charthouse;

class TestOci : public QObject
{
    Q_OBJECT
private slots:
    void referenceParses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("registry");
        QTest::addColumn<QString>("repository");
        QTest::addColumn<QString>("tag");
        QTest::newRow("reference doc") << QStringLiteral("localhost:5000/myrepo/mychart:2.7.0")
                                       << QStringLiteral("localhost:5000") << QStringLiteral("myrepo/mychart")
                                       << QStringLiteral("2.7.0");
        QTest::newRow("domain") << QStringLiteral("ghcr.io/org/charts/app:1.0.0-rc.1") << QStringLiteral("ghcr.io")
                                << QStringLiteral("org/charts/app") << QStringLiteral("1.0.0-rc.1");
        QTest::newRow("ip") << QStringLiteral("127.0.0.1:5000/a:latest") << QStringLiteral("127.0.0.1:5000")
                            << QStringLiteral("a") << QStringLiteral("latest");
        QTest::newRow("ipv6") << QStringLiteral("[::1]:5000/a/b:1") << QStringLiteral("[::1]:5000")
                              << QStringLiteral("a/b") << QStringLiteral("1");
        QTest::newRow("separators") << QStringLiteral("r.example/a_b/c__d/e-f.g:v1_2") << QStringLiteral("r.example")
                                    << QStringLiteral("a_b/c__d/e-f.g") << QStringLiteral("v1_2");
        // Helm 3.0-3.6 tagged cached charts with versions carrying build metadata.
        QTest::newRow("plus in tag") << QStringLiteral("localhost:5000/r/c:1.0.0+b.5") << QStringLiteral("localhost:5000")
                                     << QStringLiteral("r/c") << QStringLiteral("1.0.0+b.5");
    }

    void plusIsAnUnderscoreOnTheWire()
    {
        QCOMPARE(Reference::parse(QStringLiteral("localhost:5000/r/c:1.2.3+build.5"))->registryTag(), QStringLiteral("1.2.3_build.5"));
        QCOMPARE(Reference::parse(QStringLiteral("localhost:5000/r/c:1.2.3"))->registryTag(), QStringLiteral("1.2.3"));
    }
    void referenceParses()
    {
        QFETCH(QString, text);
        QFETCH(QString, registry);
        QFETCH(QString, repository);
        QFETCH(QString, tag);
        auto ref = Reference::parse(text);
        QVERIFY2(ref.ok(), ref.ok() ? "" : qPrintable(ref.error().message()));
        QCOMPARE(ref->registry(), registry);
        QCOMPARE(ref->repository(), repository);
        QCOMPARE(ref->tag(), tag);
        QCOMPARE(ref->toString(), text);
        QCOMPARE(ref->name(), ref->registry() + QLatin1Char('/') + ref->repository());
    }

    void referenceWithDigest()
    {
        const QString digest = QStringLiteral("sha256:") + QString(64, QLatin1Char('a'));
        auto ref = Reference::parse(QStringLiteral("localhost:5000/r/c:1.0.0@") + digest);
        QVERIFY(ref.ok());
        QCOMPARE(ref->digest()->toString(), digest);
        QCOMPARE(ref->tag(), QStringLiteral("1.0.0"));
        auto byDigest = Reference::parse(QStringLiteral("localhost:5000/r/c@") + digest);
        QVERIFY(byDigest.ok());
        QVERIFY(byDigest->tag().isEmpty());
        QCOMPARE(byDigest->withTag(QStringLiteral("2")).toString(), QStringLiteral("localhost:5000/r/c:2"));
    }

    void referenceRejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("why");
        QTest::newRow("no tag") << QStringLiteral("localhost:5000/r/c") << QStringLiteral("tag is required");
        QTest::newRow("no registry") << QStringLiteral("mychart:1.0.0") << QStringLiteral("registry");
        QTest::newRow("uppercase repo") << QStringLiteral("localhost:5000/My/chart:1") << QStringLiteral("\"My\"");
        QTest::newRow("plus first in tag") << QStringLiteral("localhost:5000/r/c:+b") << QStringLiteral("tag");
        QTest::newRow("empty repo") << QStringLiteral("localhost:5000/:1") << QStringLiteral("repository");
        QTest::newRow("double slash") << QStringLiteral("localhost:5000/a//b:1") << QStringLiteral("repository part");
        QTest::newRow("bad host") << QStringLiteral("local_host/a:1") << QStringLiteral("registry");
        QTest::newRow("bad digest") << QStringLiteral("localhost:5000/a:1@sha256:abc") << QStringLiteral("64");
        QTest::newRow("md5 digest") << QStringLiteral("localhost:5000/a@md5:abc") << QStringLiteral("only sha256");
        QTest::newRow("dotdot") << QStringLiteral("localhost:5000/../etc:1") << QStringLiteral("repository part");
        QTest::newRow("long tag") << QStringLiteral("localhost:5000/a:") + QString(129, QLatin1Char('t'))
                                  << QStringLiteral("at most 128");
    }
    void referenceRejects()
    {
        QFETCH(QString, text);
        QFETCH(QString, why);
        auto ref = Reference::parse(text);
        QVERIFY(!ref.ok());
        QCOMPARE(ref.error().code(), Error::Code::InvalidInput);
        QVERIFY2(ref.error().message().contains(text) && ref.error().message().contains(why),
                 qPrintable(ref.error().message()));
    }

    void repositoryReference()
    {
        auto repo = Reference::parseRepository(QStringLiteral("localhost:5000/myrepo/mychart"));
        QVERIFY(repo.ok());
        QCOMPARE(repo->toString(), QStringLiteral("localhost:5000/myrepo/mychart"));
        QVERIFY(!Reference::parseRepository(QStringLiteral("localhost:5000/myrepo/mychart:1")).ok());
    }

    void digests()
    {
        const Digest empty = Digest::of(QByteArray());
        QCOMPARE(empty.toString(),
                 QStringLiteral("sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QCOMPARE(empty.shortHex(), QStringLiteral("e3b0c44"));
        auto parsed = Digest::parse(empty.toString());
        QVERIFY(parsed.ok());
        QCOMPARE(*parsed, empty);
        Sha256Stream stream;
        stream.add(QByteArrayView("hello "));
        stream.add(QByteArrayView("world"));
        QCOMPARE(stream.result(), Digest::of(QByteArrayView("hello world")));
        for (const char *bad : {"sha256:", "sha256:E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855",
                 "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", "sha512:00"}) {
            auto d = Digest::parse(QString::fromLatin1(bad));
            QVERIFY2(!d.ok(), bad);
            QCOMPARE(d.error().code(), Error::Code::InvalidInput);
        }
    }

    void goJsonEscaping()
    {
        QCOMPARE(goJsonString(QStringLiteral("<a href=\"x\">&amp;</a>")),
                 QByteArray("\"\\u003ca href=\\\"x\\\"\\u003e\\u0026amp;\\u003c/a\\u003e\""));
        QCOMPARE(goJsonString(QStringLiteral("tab\tnl\ncr\r\x01 \\")), QByteArray("\"tab\\tnl\\ncr\\r\\u0001 \\\\\""));
        QCOMPARE(goJsonString(QString::fromUtf8("홍길동 \u2028")), QByteArray("\"홍길동 \\u2028\""));
        QMap<QString, QString> map {{QStringLiteral("b"), QStringLiteral("2")}, {QStringLiteral("a"), QStringLiteral("1")}};
        QCOMPARE(goJsonStringMap(map), QByteArray("{\"a\":\"1\",\"b\":\"2\"}"));
    }

    void descriptorJsonRoundTrip()
    {
        Descriptor d {QString::fromLatin1(MediaTypes::chartLayer), Digest::of(QByteArrayView("x")), 1,
                      {{QStringLiteral("k"), QStringLiteral("v")}}, {}};
        const QByteArray json = d.toJson();
        QCOMPARE(json, QByteArray("{\"mediaType\":\"application/vnd.cncf.helm.chart.content.v1.tar+gzip\",\"digest\":\"")
                           + d.digest.toString().toLatin1() + QByteArray("\",\"size\":1,\"annotations\":{\"k\":\"v\"}}"));
        auto back = Descriptor::fromJson(QJsonDocument::fromJson(json).object(), QStringLiteral("d"));
        QVERIFY(back.ok());
        QCOMPARE(back->digest, d.digest);
        QCOMPARE(back->annotations, d.annotations);
        QVERIFY(!Descriptor::fromJson(QJsonObject {{QStringLiteral("digest"), d.digest.toString()},
                                                   {QStringLiteral("size"), -1}},
                                      QStringLiteral("d"))
                     .ok());
    }

    void descriptorSizeOutOfRange_data()
    {
        QTest::addColumn<QByteArray>("size");
        QTest::addColumn<qint64>("expected"); // -1: refused
        QTest::newRow("zero") << QByteArray("0") << qint64(0);
        QTest::newRow("whole double") << QByteArray("3.0") << qint64(3);
        QTest::newRow("exponent") << QByteArray("1e2") << qint64(100);
        QTest::newRow("above 2^53, exact") << QByteArray("9007199254740993") << qint64(9007199254740993);
        QTest::newRow("qint64 max") << QByteArray("9223372036854775807") << std::numeric_limits<qint64>::max();
        QTest::newRow("fraction") << QByteArray("3.5") << qint64(-1);
        QTest::newRow("negative") << QByteArray("-1") << qint64(-1);
        QTest::newRow("string") << QByteArray("\"3\"") << qint64(-1);
        // Found by fuzz_oci_json: casting these to qint64 was undefined behaviour.
        QTest::newRow("2^63") << QByteArray("9223372036854775808") << qint64(-1);
        QTest::newRow("2^64") << QByteArray("18446744073709551616") << qint64(-1);
        QTest::newRow("1e22") << QByteArray("1.11845e+22") << qint64(-1);
        QTest::newRow("1e308") << QByteArray("1e308") << qint64(-1);
    }

    void descriptorSizeOutOfRange()
    {
        QFETCH(QByteArray, size);
        QFETCH(qint64, expected);
        const QByteArray json = "{\"digest\":\"sha256:" + QByteArray(64, 'a') + "\",\"size\":" + size + '}';
        const auto d = Descriptor::fromJson(QJsonDocument::fromJson(json).object(), QStringLiteral("d"));
        QCOMPARE(d.ok(), expected >= 0);
        if (d.ok())
            QCOMPARE(d->size, expected);
    }

    void legacyManifestBytesLikeHelm3()
    {
        // A manifest as Helm 3.0-3.6 writes it: no mediaType field, no annotations, layers after config.
        Manifest m;
        m.config = {QString::fromLatin1(MediaTypes::helmConfig), Digest::of(QByteArrayView("c")), 1, {}, {}};
        m.layers = {{QString::fromLatin1(MediaTypes::legacyChartLayer), Digest::of(QByteArrayView("l")), 2, {}, {}}};
        const QByteArray json = m.toJson();
        QVERIFY(json.startsWith("{\"schemaVersion\":2,\"config\":{\"mediaType\":\"application/vnd.cncf.helm.config.v1+json\""));
        QVERIFY(json.contains("\"layers\":[{\"mediaType\":\"application/tar+gzip\""));
        auto parsed = Manifest::parse(json);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->toJson(), json);
        QCOMPARE(parsed->chartLayer()->mediaType, QString::fromLatin1(MediaTypes::legacyChartLayer));
    }

    void manifestIgnoresProvenanceLayer()
    {
        Manifest m;
        m.mediaType = QString::fromLatin1(MediaTypes::ociManifest);
        m.config = {QString::fromLatin1(MediaTypes::helmConfig), Digest::of(QByteArrayView("c")), 1, {}, {}};
        m.layers = {{QString::fromLatin1(MediaTypes::provenance), Digest::of(QByteArrayView("p")), 1, {}, {}},
                    {QString::fromLatin1(MediaTypes::chartLayer), Digest::of(QByteArrayView("l")), 1, {}, {}}};
        auto parsed = Manifest::parse(m.toJson());
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->chartLayer()->digest, Digest::of(QByteArrayView("l")));
    }

    void manifestRejects()
    {
        QVERIFY(!Manifest::parse("{").ok());
        QVERIFY(!Manifest::parse("{\"schemaVersion\":1}").ok());
        QVERIFY(!Manifest::parse("{\"schemaVersion\":2,\"layers\":[]}").ok());
        QVERIFY(!Manifest::parse("{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.index.v1+json\",\"config\":{}}").ok());
    }

    void indexLikeHelm()
    {
        Index index;
        QCOMPARE(index.toJson(), QByteArray("{\"schemaVersion\":2,\"manifests\":[]}"));
        Descriptor d {QString::fromLatin1(MediaTypes::ociManifest), Digest::of(QByteArrayView("m")), 3,
                      {{QString::fromLatin1(Annotations::refName), QStringLiteral("localhost:5000/r/c:1")}}, {}};
        index.manifests.append(d);
        auto parsed = Index::parse(index.toJson(), QStringLiteral("index.json"));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->findRef(QStringLiteral("localhost:5000/r/c:1")), 0);
        QCOMPARE(parsed->findRef(QStringLiteral("localhost:5000/r/c:2")), -1);
        // What Helm's Go code wrote for an empty store.
        QVERIFY(Index::parse("{\"schemaVersion\":2,\"manifests\":null}", QStringLiteral("i")).ok());
    }

    void indexDamageIsNamed()
    {
        const QByteArray good = "{\"schemaVersion\":2,\"manifests\":[{\"mediaType\":\"x\",\"digest\":\"sha256:"
            + QByteArray(64, 'a') + "\",\"size\":3}]}";
        QVERIFY(Index::parse(good, QStringLiteral("i")).ok());
        for (const QByteArray &bad : {good.left(good.size() / 2), QByteArray("[]"), QByteArray("{\"schemaVersion\":3}")}) {
            auto parsed = Index::parse(bad, QStringLiteral("/c/index.json"));
            QVERIFY2(!parsed.ok(), bad.constData());
            QCOMPARE(parsed.error().code(), Error::Code::Corrupt);
            QVERIFY(parsed.error().message().startsWith(QStringLiteral("/c/index.json is damaged")));
        }
    }

    void urlsAndCredentialsAreRefusedWithoutEchoingThePassword()
    {
        for (const QString &text : {QStringLiteral("https://alice:Secret-Pass@reg.example/r/c:1"),
                 QStringLiteral("alice:Secret-Pass@reg.example/r/c:1"), QStringLiteral("oci://reg.example/r/c:1")}) {
            auto ref = Reference::parse(text);
            QVERIFY(!ref.ok());
            QCOMPARE(ref.error().code(), Error::Code::InvalidInput);
            QVERIFY2(!ref.error().message().contains(QStringLiteral("Secret-Pass")), qPrintable(ref.error().message()));
            QVERIFY2(ref.error().message().contains(QStringLiteral("without a scheme or credentials")), qPrintable(ref.error().message()));
            auto repository = Reference::parseRepository(text.section(QLatin1Char(':'), 0, -2));
            QVERIFY(!repository.ok());
            QVERIFY(!repository.error().message().contains(QStringLiteral("Secret-Pass")));
        }
        QCOMPARE(Reference::redacted(QStringLiteral("https://alice:Secret-Pass@reg.example/r")), QStringLiteral("https://***@reg.example/r"));
        QCOMPARE(Reference::redacted(QStringLiteral("reg.example/r/c@sha256:ab")), QStringLiteral("reg.example/r/c@sha256:ab"));
        // A digest reference is not mistaken for credentials.
        QVERIFY(Reference::parse(QStringLiteral("reg.example/r/c@sha256:") + QString(64, QLatin1Char('a'))).ok());
        for (const QString &host : {QStringLiteral("https://alice:Secret-Pass@reg.example"), QStringLiteral("alice:Secret-Pass@reg.example"),
                 QStringLiteral("reg.example/path"), QStringLiteral("https")}) {
            auto parsed = Reference::parseHost(host);
            QVERIFY2(!parsed.ok() || host == QStringLiteral("https"), qPrintable(host));
            if (!parsed.ok())
                QVERIFY(!parsed.error().message().contains(QStringLiteral("Secret-Pass")));
        }
        // A password typed raw may hold '/', '@' or ':': all of it goes, and a digest still stays.
        const QString digest = QStringLiteral("@sha256:") + QString(64, QLatin1Char('a'));
        for (const auto &[text, shown] : QList<std::pair<QString, QString>> {
                 {QStringLiteral("alice:Secret/Pass@reg.example/r/c:1"), QStringLiteral("***@reg.example/r/c:1")},
                 {QStringLiteral("https://alice:Secret/Pass@reg.example"), QStringLiteral("https://***@reg.example")},
                 {QStringLiteral("alice:Secret@Pass@reg.example:5000"), QStringLiteral("***@reg.example:5000")},
                 {QStringLiteral("alice:Secret/Pass@reg.example:5000/r/c") + digest,
                     QStringLiteral("***@reg.example:5000/r/c") + digest},
                 {QStringLiteral("alice:Secret/Pass@reg.example:5000"), QStringLiteral("***@reg.example:5000")},
                 {QStringLiteral("reg.example:5000/r/c") + digest, QStringLiteral("reg.example:5000/r/c") + digest}}) {
            QCOMPARE(Reference::redacted(text), shown);
            if (text.contains(QLatin1String("Secret"))) {
                for (const auto &parsed : {Reference::parse(text), Reference::parseRepository(text)}) {
                    QVERIFY2(!parsed.ok(), qPrintable(text));
                    QVERIFY2(!parsed.error().message().contains(QLatin1String("Pass")), qPrintable(parsed.error().message()));
                    QVERIFY2(parsed.error().message().contains(QLatin1String("without a scheme or credentials")),
                        qPrintable(parsed.error().message()));
                }
                QVERIFY(!Reference::parseHost(text).ok());
                QVERIFY(!Reference::parseHost(text).error().message().contains(QLatin1String("Pass")));
            }
        }
        QCOMPARE(*Reference::parseHost(QStringLiteral("127.0.0.1:5000")), QStringLiteral("127.0.0.1:5000"));
        QCOMPARE(*Reference::parseHost(QStringLiteral("[::1]:5000")), QStringLiteral("[::1]:5000"));
    }

    void goJsonMapKeysSortLikeGoAboveTheBmp()
    {
        // UTF-8 byte order puts U+E000 before U+1F600; QMap's UTF-16 order puts the surrogate pair first.
        const QMap<QString, QString> map {{QString::fromUtf8("\U0001F600"), QStringLiteral("a")},
            {QString(QChar(0xE000)), QStringLiteral("b")}, {QStringLiteral("z"), QStringLiteral("c")}};
        QCOMPARE(goJsonStringMap(map),
            QByteArray("{\"z\":\"c\",\"\xee\x80\x80\":\"b\",\"\xf0\x9f\x98\x80\":\"a\"}"));
        QByteArray appended = "x";
        appendGoJsonStringMap(appended, map);
        QCOMPARE(appended, "x" + goJsonStringMap(map));
        // A lone surrogate reads as U+FFFD and a string without one is returned as it was.
        QCOMPARE(withoutLoneSurrogates(QString(QChar(0xD800)) + QStringLiteral("a")),
            QString(QChar(0xFFFD)) + QStringLiteral("a"));
        QCOMPARE(withoutLoneSurrogates(QStringLiteral("plain")), QStringLiteral("plain"));
    }

    // Index::parse reads the form Helm and Charthouse write with a quick reader of its own; what that reader
    // accepts must read exactly as the general parser reads it, and anything else must be left to the latter.
    void indexCommonFormReadsAsAnyForm()
    {
        const QString refKey = QString::fromLatin1(Annotations::refName);
        Index index;
        for (int i = 0; i < 5; ++i) {
            Descriptor d {i == 2 ? QString() : QString::fromLatin1(MediaTypes::ociManifest),
                Digest::of(QByteArray::number(i)), i == 3 ? 0 : 999999999999999999LL - i, {}, {}};
            if (i != 4)
                d.annotations.insert(refKey, QStringLiteral("localhost:5000/r/c:1.0.%1").arg(i));
            if (i == 1)
                d.annotations.insert(QStringLiteral("a ~!#$%()*+,-./:;=?@[]^_`{|}\x7f"), QString());
            index.manifests.append(d);
        }
        index.annotations.insert(QStringLiteral("k"), QStringLiteral("v"));
        Index empty;
        for (const QByteArray &json : {index.toJson(), empty.toJson()}) {
            const auto common = Index::parseCommonForm(json);
            QVERIFY2(common.has_value(), json.constData());
            const auto general = Index::parseAnyForm(json, QStringLiteral("i"));
            QVERIFY(general.ok());
            QCOMPARE(common->toJson(), json);
            QCOMPARE(general->toJson(), json);
            QCOMPARE(common->manifests.size(), general->manifests.size());
            for (qsizetype i = 0; i < common->manifests.size(); ++i) {
                QCOMPARE(common->manifests[i].mediaType, general->manifests[i].mediaType);
                QCOMPARE(common->manifests[i].digest, general->manifests[i].digest);
                QCOMPARE(common->manifests[i].size, general->manifests[i].size);
                QCOMPARE(common->manifests[i].annotations, general->manifests[i].annotations);
            }
            QCOMPARE(common->annotations, general->annotations);
        }

        const QByteArray json = index.toJson();
        const QByteArray digest = Digest::of(QByteArray::number(0)).hex().toLatin1();
        // Each a (from, to) edit of json.
        const QList<std::pair<QByteArray, QByteArray>> edits {
            {"\"manifests\"", " \"manifests\""}, // whitespace
            {"localhost:5000/r/c:1.0.0", "localhost:5000/r/c:1.0.0\\u003c"}, // an escape
            {"localhost:5000/r/c:1.0.0", "localhost:5000/r/c\xc3\xa9"}, // not ASCII
            {"\"size\":0", "\"size\":00"},
            {"\"size\":0", "\"size\":-1"},
            {"\"size\":0", "\"size\":0.0"},
            {"\"size\":0", "\"size\":1e3"},
            {"\"size\":0", "\"size\":9223372036854775807"},
            {"\"size\":0", "\"size\":92233720368547758070"},
            {digest, digest.toUpper()},
            {"sha256:" + digest, "sha512:" + digest},
            {"\"annotations\":{\"org", "\"annotations\":{\"k\":\"1\",\"k\":\"2\",\"org"}, // a repeated key
            {",\"size\":0", ",\"size\":0,\"urls\":[\"u\"]"},
            {",\"size\":0", ",\"size\":0,\"platform\":{}"},
            {"\"annotations\":{\"org", "\"annotations\":null,\"x\":{\"org"},
            {"{\"mediaType\"", "{\"size\":1,\"mediaType\""}, // another order
            {"\"schemaVersion\":2", "\"mediaType\":\"x\",\"schemaVersion\":2"},
        };
        QList<QByteArray> others {json + '\n', QByteArray("{\"schemaVersion\":2,\"manifests\":null}"),
            QByteArray("{\"schemaVersion\":2,\"manifests\":[]"), json.left(json.size() - 40)};
        for (const auto &[from, to] : edits)
            others.append(QByteArray(json).replace(from, to));
        for (const QByteArray &other : others) {
            QVERIFY2(other != json, other.constData());
            QVERIFY2(!Index::parseCommonForm(other).has_value(), other.constData());
            const auto parsed = Index::parse(other, QStringLiteral("i"));
            const auto general = Index::parseAnyForm(other, QStringLiteral("i"));
            QCOMPARE(parsed.ok(), general.ok());
            if (parsed.ok())
                QCOMPARE(parsed->toJson(), general->toJson());
            else
                QCOMPARE(parsed.error().message(), general.error().message());
        }
    }

    void oddIndexEntryHidesNothingAndIsKept()
    {
        // One entry that is not a valid descriptor (another tool's, or damaged) is reported, the others are
        // read, and writing the index back keeps the odd entry where it was.
        const QByteArray entry = "{\"mediaType\":\"x\",\"digest\":\"sha256:" + QByteArray(64, 'a') + "\",\"size\":3}";
        for (const QByteArray &odd : {QByteArray(entry).replace("\"size\":3", "\"size\":\"3\""),
                 QByteArray(entry).replace("sha256:a", "sha256:g")}) {
            const QByteArray json = "{\"schemaVersion\":2,\"manifests\":[" + entry + "," + odd + ","
                + QByteArray(entry).replace("sha256:a", "sha256:b") + "]}";
            auto parsed = Index::parse(json, QStringLiteral("/c/index.json"));
            QVERIFY(parsed.ok());
            QCOMPARE(parsed->manifests.size(), 2);
            QCOMPARE(parsed->unparsed.size(), 1);
            QVERIFY(parsed->unparsed[0].error.message().startsWith(QStringLiteral("/c/index.json is damaged")));
            QCOMPARE(parsed->unparsed[0].error.code(), Error::Code::Corrupt);
            const QJsonArray written = QJsonDocument::fromJson(parsed->toJson()).object().value(QStringLiteral("manifests")).toArray();
            QCOMPARE(written.size(), 3);
            QCOMPARE(written[1].toObject(), QJsonDocument::fromJson(odd).object());
        }
    }
};

QTEST_GUILESS_MAIN(TestOci)
#include "test_oci.moc"
