// index.json edited in place (IndexText, EditableIndex): a save splices its entry into the bytes it read. The
// bytes of the entries it does not touch stay as they were, what it writes is exactly what Index::toJson
// writes for the same edit, and an index.json in any other valid form is read by the general parser and
// rewritten whole. (No raw string literals: Qt 6.4's moc fails on them.)
#include "core/oci/EditableIndex.h"
#include "core/oci/CompactJsonCursor.h"
#include "core/oci/IndexText.h"
#include "core/oci/MediaTypes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <functional>

using namespace charthouse;

namespace {

const QString refKey = QString::fromLatin1(Annotations::refName);

Descriptor chart(int i, const QString &version)
{
    Descriptor d {
        QString::fromLatin1(MediaTypes::ociManifest), Digest::of(QByteArray::number(i)), 500 + i, {}, {}};
    d.annotations.insert(refKey, QStringLiteral("localhost:5000/r/c:") + version);
    return d;
}

Index sample(int count)
{
    Index index;
    for (int i = 0; i < count; ++i)
        index.manifests.append(chart(i, QStringLiteral("1.0.%1").arg(i)));
    if (count > 1) { // as Charthouse writes them: a legacy view naming the chart's own manifest
        index.manifests[1].annotations.insert(
            QStringLiteral("io.charthouse.chart-manifest"), Digest::of("own").toString());
        index.manifests[1].mediaType.clear();
    }
    return index;
}

// As `chart remove` takes an entry out: an entry that is not a valid descriptor stays where it was among the
// others.
void removeAt(Index &index, qsizetype at)
{
    index.manifests.removeAt(at);
    for (Index::UnparsedEntry &odd : index.unparsed)
        odd.before -= odd.before > at ? 1 : 0;
}

// One edit, made to an EditableIndex and to a parsed Index alike.
struct Edit
{
    const char *name;
    std::function<void(EditableIndex &)> splice;
    std::function<void(Index &)> reference;
};

QList<Edit> edits(qsizetype size)
{
    const Descriptor added = chart(100, QStringLiteral("2.0.0"));
    Descriptor escaped = chart(101, QStringLiteral("3.0.0"));
    escaped.annotations.insert(QStringLiteral("note"), QStringLiteral("<&> \"q\" \\ \u00e9"));
    QList<Edit> list {
        {"append", [=](EditableIndex &i) { i.append(added); }, [=](Index &i) { i.manifests.append(added); }},
        {"append escaped", [=](EditableIndex &i) { i.append(escaped); },
            [=](Index &i) { i.manifests.append(escaped); }},
        {"append twice",
            [=](EditableIndex &i) {
                i.append(added);
                i.append(chart(102, QStringLiteral("4.0.0")));
            },
            [=](Index &i) { i.manifests << added << chart(102, QStringLiteral("4.0.0")); }},
    };
    for (qsizetype at : {qsizetype(0), size / 2, size - 1}) {
        if (at < 0 || at >= size)
            continue;
        list.append({"replace", [=](EditableIndex &i) { i.replace(at, added); },
            [=](Index &i) { i.manifests[at] = added; }});
        list.append({"replace escaped", [=](EditableIndex &i) { i.replace(at, escaped); },
            [=](Index &i) { i.manifests[at] = escaped; }});
        list.append({"remove", [=](EditableIndex &i) { i.remove(at); }, [=](Index &i) { removeAt(i, at); }});
        list.append({"remove, then append",
            [=](EditableIndex &i) {
                i.remove(at);
                i.append(added);
            },
            [=](Index &i) {
                removeAt(i, at);
                i.manifests.append(added);
            }});
    }
    return list;
}

// The edits of `json` made by EditableIndex give Index::toJson's bytes for the same edit, and a digest of
// them.
void checkEdits(const QByteArray &json)
{
    const auto parsed = Index::parse(json, QStringLiteral("index.json"));
    QVERIFY(parsed.ok());
    for (const Edit &edit : edits(parsed->manifests.size())) {
        auto editable = EditableIndex::parse(json, QStringLiteral("index.json"));
        QVERIFY(editable.ok());
        QCOMPARE(editable->json(), json);
        QCOMPARE(editable->digest(), Digest::of(json));
        edit.splice(*editable);
        Index expected = *parsed;
        edit.reference(expected);
        QVERIFY2(editable->json() == expected.toJson(), edit.name);
        QVERIFY2(editable->digest() == Digest::of(expected.toJson()), edit.name);
        QCOMPARE(editable->index().toJson(), expected.toJson());
    }
}

} // namespace

class TestIndexText : public QObject
{
    Q_OBJECT

private slots:
    void plainTextFindsEveryByteGoWouldEscape()
    {
        // Each byte value at each place of texts of several lengths (the word loop and the tail), against the
        // rule itself.
        const auto plain = [](unsigned char c) {
            return c >= 0x20 && c < 0x80 && c != '\\' && c != '<' && c != '>' && c != '&';
        };
        for (const qsizetype length : {1, 7, 8, 9, 16, 23, 4099}) {
            const QByteArray clean(length, 'a');
            QVERIFY(CompactJsonCursor::plainText(clean));
            for (int value = 0; value < 256; ++value)
                for (qsizetype at : {qsizetype(0), length / 2, length - 1}) {
                    QByteArray text = clean;
                    text[at] = static_cast<char>(value);
                    QVERIFY2(CompactJsonCursor::plainText(text) == plain(static_cast<unsigned char>(value)),
                        qPrintable(QStringLiteral("byte %1 at %2 of %3").arg(value).arg(at).arg(length)));
                }
        }
    }

    // What Charthouse and Helm write is taken as bytes, and what IndexText takes reads back as those very
    // bytes.
    void takesWhatToJsonWrites()
    {
        for (int count : {0, 1, 2, 5}) {
            Index index = sample(count);
            if (count == 5)
                index.annotations.insert(QStringLiteral("k"), QStringLiteral("v"));
            const QByteArray json = index.toJson();
            const auto text = IndexText::scan(json);
            QVERIFY(text.has_value());
            QCOMPARE(text->size(), count);
            QCOMPARE(text->toIndex().toJson(), json);
            for (int i = 0; i < count; ++i) {
                QCOMPARE(text->findRef(index.refName(i)), qsizetype(i));
                QCOMPARE(text->entry(i).toJson(), index.manifests[i].toJson());
            }
            QCOMPARE(text->findRef(QStringLiteral("localhost:5000/r/c:9.9.9")), qsizetype(-1));
            QCOMPARE(text->findRef(QStringLiteral("localhost:5000/r/c:1.0.0\u00e9")), qsizetype(-1));
            QCOMPARE(text->digest(), Digest::of(json));
        }
    }

    // A save splices its entry in: every other entry's bytes are exactly those read, and the result is what
    // writing the whole index would have given.
    void spliceKeepsUntouchedEntriesByteIdentical()
    {
        const QByteArray json = sample(5).toJson();
        const auto original = IndexText::scan(json);
        QVERIFY(original.has_value());
        const Descriptor added = chart(100, QStringLiteral("2.0.0"));
        const QByteArray addedJson = added.toJson();
        const qsizetype listEnd = json.lastIndexOf(']');

        IndexText appended = *original;
        QVERIFY(appended.append(added));
        QCOMPARE(appended.json(), json.first(listEnd) + ',' + addedJson + json.sliced(listEnd));

        const qsizetype secondBegin = json.indexOf("{\"digest\"");
        const qsizetype thirdBegin = json.indexOf("},{", secondBegin) + 2;
        IndexText replaced = *original;
        QVERIFY(replaced.replace(1, added));
        QCOMPARE(replaced.json(), json.first(secondBegin) + addedJson + json.sliced(thirdBegin - 1));
        QCOMPARE(replaced.findRef(QStringLiteral("localhost:5000/r/c:1.0.4")), qsizetype(4));

        IndexText removed = *original;
        removed.remove(1);
        QCOMPARE(removed.json(), json.first(secondBegin - 1) + json.sliced(thirdBegin - 1));
        QCOMPARE(removed.findRef(QStringLiteral("localhost:5000/r/c:1.0.4")), qsizetype(3));
        QCOMPARE(removed.findRef(QStringLiteral("localhost:5000/r/c:1.0.1")), qsizetype(-1));

        IndexText emptied = *IndexText::scan(sample(1).toJson());
        emptied.remove(0);
        QCOMPARE(emptied.json(), Index().toJson());
        QVERIFY(emptied.append(added));
        QCOMPARE(emptied.json(), QByteArray("{\"schemaVersion\":2,\"manifests\":[" + addedJson + "]}"));

        // The original was not changed by its copies' edits.
        QCOMPARE(original->json(), json);
        QCOMPARE(original->digest(), Digest::of(json));
    }

    // An entry IndexText would have to escape is not spliced in; EditableIndex edits the parsed index
    // instead.
    void anEntryThatNeedsEscapesIsNotSpliced()
    {
        IndexText text = *IndexText::scan(sample(3).toJson());
        const QByteArray before = text.json();
        Descriptor escaped = chart(9, QStringLiteral("9.0.0"));
        escaped.annotations.insert(QStringLiteral("a"), QStringLiteral("<b>"));
        QVERIFY(!text.append(escaped));
        QVERIFY(!text.replace(0, escaped));
        escaped.annotations.remove(QStringLiteral("a"));
        escaped.urls = {QStringLiteral("https://example.invalid/")};
        QVERIFY(!text.append(escaped));
        QCOMPARE(text.json(), before);
    }

    void editsGiveToJsonsBytes_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("spliced"); // read as bytes (else parsed and rewritten whole)
        QTest::addColumn<bool>("splicedAfterOneWrite");
        for (int count : {0, 1, 2, 7})
            QTest::addRow("compact, %d entries", count) << sample(count).toJson() << true << true;
        Index annotated = sample(3);
        annotated.annotations.insert(QStringLiteral("k"), QStringLiteral("v"));
        QTest::addRow("with index annotations") << annotated.toJson() << true << true;

        // Other valid forms: read by the general parser and rewritten whole (in the exact form when nothing
        // in them needs escapes).
        const QByteArray compact = sample(4).toJson();
        const QJsonDocument document = QJsonDocument::fromJson(compact);
        QTest::addRow("pretty-printed") << document.toJson(QJsonDocument::Indented) << false << true;
        QTest::addRow("a newline at the end") << compact + '\n' << false << true;
        // QJsonDocument writes the keys sorted: annotations, digest, mediaType, size.
        QTest::addRow("another field order") << document.toJson(QJsonDocument::Compact) << false << true;
        QTest::addRow("needless escapes")
            << QByteArray(compact).replace("localhost:5000/r/c:1.0.2", "localhost:5000\\/r\\/c:1.0.\\u0032")
            << false << true;
        QTest::addRow("escapes") << QByteArray(compact).replace("1.0.2", "1.0.2\\u003c\\\"") << false
                                 << false;
        const QByteArray own
            = "\"io.charthouse.chart-manifest\":\"" + Digest::of("own").toString().toLatin1() + '"';
        const QByteArray name
            = QByteArray("\"org.opencontainers.image.ref.name\":\"localhost:5000/r/c:1.0.1\"");
        QTest::addRow("unsorted annotation keys") << QByteArray(compact).replace(QByteArray(own + ',' + name),
            QByteArray(name + ',' + own)) << false << true;
        QTest::addRow("empty annotations") << QByteArray(compact).replace(
            ",\"annotations\":{\"org.opencontainers.image.ref.name\":\"localhost:5000/r/c:1.0.3\"}",
            ",\"annotations\":{}") << false << true;
        const QByteArray firstDigest = "\"digest\":\"" + Digest::of("0").toString().toLatin1();
        QTest::addRow("an empty media type") << QByteArray(compact).replace(
            QByteArray("\"mediaType\":\"" + QByteArray(MediaTypes::ociManifest) + "\"," + firstDigest),
            QByteArray("\"mediaType\":\"\"," + firstDigest))
                                             << false << true;
        QTest::addRow("html characters unescaped")
            << QByteArray(compact).replace("1.0.2", "1.0.2<>&") << false << false;
        QTest::addRow("not ASCII") << QByteArray(compact).replace("1.0.2", "1.0.2\xc3\xa9") << false << false;
        QTest::addRow("urls") << QByteArray(compact).replace(
            ",\"size\":503", ",\"size\":503,\"urls\":[\"https://example.invalid/\"]")
                              << false << false;
        QTest::addRow("an odd entry")
            << QByteArray(compact).replace(",\"size\":502", ",\"size\":\"502\"") << false << false;
    }

    void editsGiveToJsonsBytes()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, spliced);
        QFETCH(bool, splicedAfterOneWrite);
        const auto parsed = Index::parse(json, QStringLiteral("index.json"));
        QVERIFY(parsed.ok());
        const auto text = IndexText::scan(json);
        QCOMPARE(text.has_value(), spliced);
        if (text) // it takes only what toJson writes
            QCOMPARE(parsed->toJson(), json);
        checkEdits(json);
        auto editable = *EditableIndex::parse(json, QStringLiteral("index.json"));
        editable.append(chart(100, QStringLiteral("2.0.0")));
        QCOMPARE(IndexText::scan(editable.json()).has_value(), splicedAfterOneWrite);
        QCOMPARE(editable.findRef(QStringLiteral("localhost:5000/r/c:2.0.0")), parsed->manifests.size());
        QCOMPARE(editable.findRef(QStringLiteral("localhost:5000/r/c:1.0.0")),
            parsed->manifests.isEmpty() ? -1 : 0);
    }

    // What the exact reader takes, the quick common-form reader takes too, and both read it alike.
    void exactFormIsCommonForm_data()
    {
        QTest::addColumn<QByteArray>("json");
        const QByteArray json = sample(3).toJson();
        const QList<std::pair<QByteArray, QByteArray>> changes {
            {"\"size\":500", "\"size\":0500"},
            {"\"size\":500", "\"size\":5000000000000000000"},
            {"\"size\":500", "\"size\":-500"},
            {"sha256:", "sha512:"},
            {"sha256:", "SHA256:"},
            {"\"manifests\":[", "\"manifests\": ["},
            {"]}", "]} "},
            {"localhost", "local\x7fhost"},
            {"localhost", "local\thost"},
            {"{\"mediaType\"", "{\"mediatype\""},
        };
        QTest::addRow("as written") << json;
        for (const auto &[from, to] : changes)
            QTest::addRow("%s", to.constData()) << QByteArray(json).replace(from, to);
        QTest::addRow("truncated") << json.first(json.size() - 1);
        QTest::addRow("short digest") << QByteArray(json).replace(Digest::of("1").hex().toLatin1(), "abc");
    }

    void exactFormIsCommonForm()
    {
        QFETCH(QByteArray, json);
        const auto text = IndexText::scan(json);
        const auto common = Index::parseCommonForm(json);
        if (text) {
            QVERIFY(common.has_value());
            QCOMPARE(common->toJson(), json);
            QCOMPARE(text->toIndex().toJson(), json);
        } else if (common) {
            QVERIFY(common->toJson() != json);
        }
    }
};

QTEST_GUILESS_MAIN(TestIndexText)
#include "test_index_text.moc"
