// A modern chart in the cache is kept twice over the same blobs (core/cache/LegacyView.h): index.json points
// at the legacy view Helm 3.0-3.6 read, and names the chart's own manifest, which is what Charthouse shows
// and pushes. Entries an earlier Charthouse wrote (index.json pointing straight at a modern manifest) are
// repaired by the next write, also after another tool rewrote index.json.
#include "core/cache/ChartCache.h"
#include "core/cache/LegacyView.h"
#include "core/oci/Manifest.h"
#include "core/oci/MediaTypes.h"
#include "core/store/ChartStore.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace charthouse;
using namespace charthouse::test;

namespace {

Reference ref(const QString &text)
{
    return *Reference::parse(text);
}

const QString refA = QStringLiteral("localhost:5000/r/a:1.0.0");
const QString refB = QStringLiteral("localhost:5000/r/b:1.0.0");

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList blobNames(const QString &root)
{
    return QDir(root + QStringLiteral("/blobs/sha256")).entryList(QDir::Files, QDir::Name);
}

// Every blob the index uses, reading index.json and the manifests independently of ChartCache.
QStringList usedBlobs(const QString &root)
{
    QSet<QString> used;
    const QJsonArray entries = QJsonDocument::fromJson(readFile(root + QStringLiteral("/index.json")))
                                   .object()[QStringLiteral("manifests")]
                                   .toArray();
    for (const QJsonValue &entry : entries) {
        QStringList manifests {entry[QStringLiteral("digest")].toString()};
        const QString named
            = entry[QStringLiteral("annotations")][QString::fromLatin1(LegacyView::chartManifestAnnotation)]
                  .toString();
        if (!named.isEmpty())
            manifests << named;
        for (const QString &digest : manifests) {
            used.insert(digest.mid(7));
            const QJsonObject m
                = QJsonDocument::fromJson(readFile(root + QStringLiteral("/blobs/sha256/") + digest.mid(7)))
                      .object();
            used.insert(m[QStringLiteral("config")][QStringLiteral("digest")].toString().mid(7));
            for (const QJsonValue &layer : m[QStringLiteral("layers")].toArray())
                used.insert(layer[QStringLiteral("digest")].toString().mid(7));
        }
    }
    QStringList sorted = used.values();
    sorted.sort();
    return sorted;
}

} // namespace

class TestLegacyView : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    int m_n = 0;

    QString freshRoot() { return m_tmp.path() + QStringLiteral("/c%1").arg(++m_n); }
    QString chart(const QString &name, const QByteArray &readme = "# chart\n")
    {
        return makeChart(m_tmp.path() + QStringLiteral("/src%1").arg(++m_n), name, QStringLiteral("1.0.0"),
            {{QStringLiteral("README.md"), readme}});
    }
    Descriptor entryOf(const QString &root, const QString &r) { return *ChartCache(root).resolve(ref(r)); }

    // What an earlier Charthouse wrote: index.json pointing straight at the modern manifest.
    void pointStraightAtChartManifest(const QString &root, const QString &r)
    {
        const QString path = root + QStringLiteral("/index.json");
        QJsonObject index = QJsonDocument::fromJson(readFile(path)).object();
        QJsonArray entries = index[QStringLiteral("manifests")].toArray();
        for (qsizetype i = 0; i < entries.size(); ++i) {
            QJsonObject entry = entries[i].toObject();
            QJsonObject annotations = entry[QStringLiteral("annotations")].toObject();
            if (annotations[QString::fromLatin1(Annotations::refName)].toString() != r)
                continue;
            const QString modern
                = annotations.take(QString::fromLatin1(LegacyView::chartManifestAnnotation)).toString();
            QVERIFY(!modern.isEmpty());
            entry[QStringLiteral("digest")] = modern;
            entry[QStringLiteral("size")]
                = QFileInfo(root + QStringLiteral("/blobs/sha256/") + modern.mid(7)).size();
            entry[QStringLiteral("annotations")] = annotations;
            entries[i] = entry;
        }
        index[QStringLiteral("manifests")] = entries;
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QVERIFY(f.write(QJsonDocument(index).toJson(QJsonDocument::Compact)) > 0);
    }

private slots:
    void aModernSaveIsIndexedByItsLegacyView()
    {
        const QString root = freshRoot();
        ChartStore store(root);
        auto saved = store.save(chart(QStringLiteral("a")), ref(refA), {});
        QVERIFY2(saved.ok(), saved ? "" : qPrintable(saved.error().message()));
        QVERIFY(!saved->isLegacyLayer());

        const Descriptor entry = entryOf(root, refA);
        QCOMPARE(LegacyView::chartManifestOf(entry), saved->manifest.digest);
        auto view = Manifest::parse(*ChartCache(root).readBlob(entry, 1 << 20));
        auto details = store.details(ref(refA));
        QVERIFY(view.ok() && details.ok());
        // Helm 3.0-3.6's shape: no media type field, no annotations, one legacy layer; the same blobs.
        QVERIFY(view->mediaType.isEmpty());
        QVERIFY(view->annotations.isEmpty());
        QVERIFY(LegacyView::readableByHelm3(*view));
        QCOMPARE(view->config.digest, details->manifest.config.digest);
        QCOMPARE(view->layers[0].digest, details->manifest.chartLayer()->digest);
        // What Charthouse shows is the chart's own manifest.
        QCOMPARE(details->summary.manifest.digest, saved->manifest.digest);
        QCOMPARE(details->manifest.mediaType, QString::fromLatin1(MediaTypes::ociManifest));
        QCOMPARE(Digest::of(details->manifestJson), saved->manifest.digest);
        QCOMPARE(store.list()->charts.value(0).manifest.digest, saved->manifest.digest);
        // REPO@DIGEST finds it by the digest shown.
        QVERIFY(store.summary(ref(QStringLiteral("localhost:5000/r/a@") + saved->manifest.digest.toString()))
                    .ok());
        QCOMPARE(blobNames(root), usedBlobs(root));
    }

    void theViewHasHelm3sConfig()
    {
        // Helm 4 folds the newline of this description into a space; Helm 3.4.2 keeps it. The chart's manifest
        // has Helm 4's config, the view Helm 3.4.2's, as each would write it.
        const QString root = freshRoot();
        const QString dir = chart(QStringLiteral("a"));
        QFile yaml(dir + QStringLiteral("/Chart.yaml"));
        QByteArray text = readFile(yaml.fileName());
        QVERIFY(text.contains("description: A test chart\n"));
        text.replace("description: A test chart\n", "description: |-\n  two\n  lines\n");
        QVERIFY(yaml.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QVERIFY(yaml.write(text) > 0);
        yaml.close();
        ChartStore store(root);
        QVERIFY(store.save(dir, ref(refA), {}).ok());
        auto details = store.details(ref(refA));
        QVERIFY(details.ok());
        auto view = Manifest::parse(*ChartCache(root).readBlob(entryOf(root, refA), 1 << 20));
        QVERIFY(view.ok());
        QVERIFY(view->config.digest != details->manifest.config.digest);
        const QByteArray viewConfig = *ChartCache(root).readBlob(view->config, 1 << 20);
        auto fromYaml = ChartMetadata::fromChartYaml(readFile(dir + QStringLiteral("/Chart.yaml")), QStringLiteral("Chart.yaml"));
        QVERIFY(fromYaml.ok());
        QCOMPARE(viewConfig, fromYaml->toHelmConfigJson(ConfigFlavor::Helm3Legacy));
        QCOMPARE(details->configJson, fromYaml->toHelmConfigJson(ConfigFlavor::Helm4));
        QVERIFY(viewConfig.contains("two\\nlines"));
        QVERIFY(details->configJson.contains("two lines"));
        QCOMPARE(blobNames(root), usedBlobs(root));
        QVERIFY(store.remove(ref(refA)).ok());
        QCOMPARE(blobNames(root), QStringList());
    }

    void aLegacySaveIsItsOwnView()
    {
        const QString root = freshRoot();
        SaveOptions legacy;
        legacy.legacyLayer = true;
        auto saved = ChartStore(root).save(chart(QStringLiteral("a")), ref(refA), legacy);
        QVERIFY(saved.ok());
        const Descriptor entry = entryOf(root, refA);
        QVERIFY(!LegacyView::chartManifestOf(entry));
        QCOMPARE(entry.digest, saved->manifest.digest);
    }

    void replacingATagLeavesNoStrays()
    {
        const QString root = freshRoot();
        ChartStore store(root);
        QVERIFY(store.save(chart(QStringLiteral("a")), ref(refA), {}).ok());
        QVERIFY(store.save(chart(QStringLiteral("b")), ref(refB), {}).ok());
        const QStringList before = blobNames(root);
        // The same chart saved again a second later: the same view, another chart manifest (its created
        // time).
        QTest::qWait(1100);
        auto again = store.save(chart(QStringLiteral("a")), ref(refA), {});
        QVERIFY(again.ok());
        QCOMPARE(blobNames(root), usedBlobs(root));
        QCOMPARE(blobNames(root).size(), before.size());
        // Another chart under the tag: another view and manifest, the old ones go.
        QVERIFY(store.save(chart(QStringLiteral("a"), "# changed\n"), ref(refA), {}).ok());
        QCOMPARE(blobNames(root), usedBlobs(root));
        QVERIFY(store.remove(ref(refA)).ok());
        QCOMPARE(blobNames(root), usedBlobs(root));
        QVERIFY(store.exportTo(ref(refB), m_tmp.path() + QStringLiteral("/out%1").arg(++m_n), false).ok());
    }

    void earlierEntriesAreRepairedByTheNextWrite()
    {
        const QString root = freshRoot();
        ChartStore store(root);
        auto a = store.save(chart(QStringLiteral("a")), ref(refA), {});
        QVERIFY(a.ok());
        QVERIFY(store.save(chart(QStringLiteral("b")), ref(refB), {}).ok());
        const QStringList before = blobNames(root);
        pointStraightAtChartManifest(root, refA);
        QCOMPARE(entryOf(root, refA).digest, a->manifest.digest);
        QCOMPARE(store.summary(ref(refA))->manifest.digest, a->manifest.digest); // read as it is meanwhile

        // The next write, here a removal of the other chart, gives it its view back, losing nothing.
        QVERIFY(store.remove(ref(refB)).ok());
        const Descriptor entry = entryOf(root, refA);
        QCOMPARE(LegacyView::chartManifestOf(entry), a->manifest.digest);
        QVERIFY(entry.digest != a->manifest.digest);
        QCOMPARE(store.summary(ref(refA))->manifest.digest, a->manifest.digest);
        QCOMPARE(blobNames(root), usedBlobs(root));
        for (const QString &blob : usedBlobs(root))
            QVERIFY(before.contains(blob));

        // index.json rewritten by another tool after Charthouse's last look: checked again on the next write.
        pointStraightAtChartManifest(root, refA);
        QVERIFY(store.prune(false, 0).ok());
        QCOMPARE(LegacyView::chartManifestOf(entryOf(root, refA)), a->manifest.digest);
        QCOMPARE(blobNames(root), usedBlobs(root));
    }

    void unreadableEntriesAreLeftForTheListingToName()
    {
        const QString root = freshRoot();
        ChartStore store(root);
        auto a = store.save(chart(QStringLiteral("a")), ref(refA), {});
        QVERIFY(a.ok());
        pointStraightAtChartManifest(root, refA);
        QFile::remove(ChartCache(root).blobPath(a->manifest.digest));
        QVERIFY(store.save(chart(QStringLiteral("b")), ref(refB), {}).ok());
        QCOMPARE(entryOf(root, refA).digest, a->manifest.digest); // untouched
        auto listed = store.list();
        QVERIFY(listed.ok());
        QCOMPARE(listed->charts.size(), 1);
        QCOMPARE(listed->problems.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestLegacyView)
#include "test_legacy_view.moc"
