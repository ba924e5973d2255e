// The Helm-compatible OCI layout cache: layout, atomic commits, verification, garbage collection, locking.
// (No raw string literals: Qt 6.4's moc fails on them.)
#include "core/cache/ChartCache.h"
#include "core/oci/Manifest.h"
#include "core/oci/MediaTypes.h"
#include "core/store/ChartStore.h"
#include "tests/support/TestSupport.h"

#include <QtConcurrent/QtConcurrentRun>
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

// Stages a config, a layer and a manifest for them; returns the manifest descriptor.
Descriptor stageChart(ChartCache &cache, const QByteArray &layerContent, std::vector<StagedBlob> &staged)
{
    const QByteArray config = "{\"name\":\"c\",\"version\":\"1.0.0\"}";
    Manifest m;
    m.config = {QString::fromLatin1(MediaTypes::helmConfig), Digest::of(config), config.size(), {}, {}};
    m.layers = {{QString::fromLatin1(MediaTypes::legacyChartLayer), Digest::of(layerContent), layerContent.size(), {}, {}}};
    const QByteArray manifest = m.toJson();
    for (const QByteArray &blob : {config, layerContent, manifest})
        staged.push_back(std::move(*cache.stageBlob(blob)));
    return {QString::fromLatin1(MediaTypes::ociManifest), Digest::of(manifest), manifest.size(), {}, {}};
}

Descriptor commit(ChartCache &cache, const QString &refText, const QByteArray &layer)
{
    std::vector<StagedBlob> staged;
    const Descriptor manifest = stageChart(cache, layer, staged);
    auto tagged = cache.commitTag(ref(refText), std::move(staged), manifest);
    if (!tagged)
        qFatal("%s", qPrintable(tagged.error().message()));
    return *tagged;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestCache : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    int m_n = 0;
    QString freshRoot() { return m_tmp.path() + QStringLiteral("/c%1").arg(++m_n); }

private slots:
    void defaultRootFollowsHelm()
    {
        qputenv("HELM_CACHE_HOME", "/h");
        QCOMPARE(ChartCache::defaultRoot(), QStringLiteral("/h/registry/cache"));
        qunsetenv("HELM_CACHE_HOME");
        qputenv("XDG_CACHE_HOME", "/x");
        QCOMPARE(ChartCache::defaultRoot(), QStringLiteral("/x/helm/registry/cache"));
        qunsetenv("XDG_CACHE_HOME");
        QCOMPARE(ChartCache::defaultRoot(), QDir::homePath() + QStringLiteral("/.cache/helm/registry/cache"));
    }

    void layoutIsHelms()
    {
        ChartCache cache(freshRoot());
        QVERIFY(cache.ensureLayout().ok());
        QCOMPARE(readFile(cache.root() + QStringLiteral("/oci-layout")), QByteArray("{\"imageLayoutVersion\":\"1.0.0\"}"));
        QCOMPARE(readFile(cache.indexPath()), QByteArray("{\"schemaVersion\":2,\"manifests\":[]}"));
        QVERIFY(QFileInfo(cache.root() + QStringLiteral("/blobs/sha256")).isDir());
        QVERIFY(QFileInfo(cache.root() + QStringLiteral("/ingest")).isDir());

        const Descriptor tagged = commit(cache, QStringLiteral("localhost:5000/myrepo/mychart:2.7.0"), "layer");
        const QJsonObject entry = QJsonDocument::fromJson(readFile(cache.indexPath()))
                                      .object()[QStringLiteral("manifests")].toArray()[0].toObject();
        QCOMPARE(entry[QStringLiteral("annotations")].toObject()[QString::fromLatin1(Annotations::refName)].toString(),
                 QStringLiteral("localhost:5000/myrepo/mychart:2.7.0"));
        QCOMPARE(entry[QStringLiteral("digest")].toString(), tagged.digest.toString());
        // Blobs are read-only, as Helm leaves them; ingest/ is empty after a commit.
        QCOMPARE(QFileInfo(cache.blobPath(tagged.digest)).permissions() & QFileDevice::WriteOwner, QFileDevice::Permissions());
        QCOMPARE(QDir(cache.root() + QStringLiteral("/ingest")).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    void retagReplacesInPlaceAndCollectsOldBlobs()
    {
        ChartCache cache(freshRoot());
        QVERIFY(cache.ensureLayout().ok());
        commit(cache, QStringLiteral("localhost:5000/r/a:1"), "first");
        commit(cache, QStringLiteral("localhost:5000/r/b:1"), "other");
        const Descriptor old = *cache.resolve(ref(QStringLiteral("localhost:5000/r/a:1")));
        commit(cache, QStringLiteral("localhost:5000/r/a:1"), "second");
        auto tags = cache.tags();
        QCOMPARE(tags->size(), 2);
        QCOMPARE(tags->at(0).refName, QStringLiteral("localhost:5000/r/a:1")); // same place in the index
        QVERIFY(!cache.hasBlob(old.digest));
        QVERIFY(!cache.hasBlob(Digest::of(QByteArrayView("first"))));
        QVERIFY(cache.hasBlob(Digest::of(QByteArrayView("second"))));
    }

    void untagDeletesOnlyUnreferencedBlobs()
    {
        ChartCache cache(freshRoot());
        QVERIFY(cache.ensureLayout().ok());
        commit(cache, QStringLiteral("localhost:5000/r/a:1"), "shared");
        commit(cache, QStringLiteral("localhost:5000/r/a:2"), "shared"); // same manifest under two tags
        commit(cache, QStringLiteral("localhost:5000/r/b:1"), "mine");
        // A stray blob that no manifest references and that we did not create stays.
        QFile stray(cache.blobPath(Digest::of(QByteArrayView("stray"))));
        QVERIFY(stray.open(QIODevice::WriteOnly));
        stray.write("stray");
        stray.close();

        QVERIFY(cache.untag(ref(QStringLiteral("localhost:5000/r/a:1"))).ok());
        QVERIFY(cache.hasBlob(Digest::of(QByteArrayView("shared")))); // a:2 still uses it
        QVERIFY(cache.untag(ref(QStringLiteral("localhost:5000/r/a:2"))).ok());
        QVERIFY(!cache.hasBlob(Digest::of(QByteArrayView("shared"))));
        QVERIFY(cache.hasBlob(Digest::of(QByteArrayView("mine"))));
        QVERIFY(cache.hasBlob(Digest::of(QByteArrayView("stray"))));
        QCOMPARE(cache.tags()->size(), 1);

        auto missing = cache.untag(ref(QStringLiteral("localhost:5000/r/a:1")));
        QCOMPARE(missing.error().code(), Error::Code::NotFound);
        QCOMPARE(missing.error().message(), QStringLiteral("chart not found: localhost:5000/r/a:1"));
        QVERIFY(cache.untag(ref(QStringLiteral("localhost:5000/r/b:1"))).ok());
        QCOMPARE(readFile(cache.indexPath()), QByteArray("{\"schemaVersion\":2,\"manifests\":[]}"));
    }

    // A save or untag into a cache of thousands of tags reads index.json with the common-form reader and
    // writes it back whole; blobs another tag uses must survive a replace and an untag there too.
    void sharedBlobsSurviveInABigCache()
    {
        ChartCache cache(freshRoot());
        QVERIFY(cache.ensureLayout().ok());
        commit(cache, QStringLiteral("localhost:5000/r/a:1"), "shared layer");
        const Descriptor replaced = *cache.resolve(ref(QStringLiteral("localhost:5000/r/a:1")));
        // 3,000 more tags written directly (committing each would take long); tag 1234 uses a:1's layer.
        auto index = cache.readIndex();
        QVERIFY(index.ok());
        const QByteArray config = "{\"name\":\"big\",\"version\":\"1.0.0\"}";
        auto write = [&cache](const QByteArray &blob) {
            QFile f(cache.blobPath(Digest::of(blob)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            QCOMPARE(f.write(blob), blob.size());
        };
        write(config);
        for (int i = 0; i < 3000; ++i) {
            const QByteArray layer
                = i == 1234 ? QByteArray("shared layer") : "layer " + QByteArray::number(i);
            Manifest m;
            m.config
                = {QString::fromLatin1(MediaTypes::helmConfig), Digest::of(config), config.size(), {}, {}};
            m.layers = {
                {QString::fromLatin1(MediaTypes::legacyChartLayer), Digest::of(layer), layer.size(), {}, {}}};
            const QByteArray manifest = m.toJson();
            write(layer);
            write(manifest);
            index->manifests.append(
                {QString::fromLatin1(MediaTypes::ociManifest), Digest::of(manifest), manifest.size(),
                    {{QString::fromLatin1(Annotations::refName),
                        QStringLiteral("localhost:5000/r/big:%1").arg(i)}},
                    {}});
        }
        {
            QFile f(cache.indexPath());
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(index->toJson());
        }
        const Digest shared = Digest::of(QByteArrayView("shared layer"));

        commit(cache, QStringLiteral("localhost:5000/r/a:1"), "new layer"); // replaces a:1
        QVERIFY(!cache.hasBlob(replaced.digest)); // only a:1 used the old manifest
        QVERIFY(cache.hasBlob(shared)); // big:1234 still uses it
        const QByteArray written = readFile(cache.indexPath());
        QVERIFY(Index::parseCommonForm(written).has_value()); // the quick reader's form: what we write
        QCOMPARE(Index::parseCommonForm(written)->manifests.size(), 3001);
        QCOMPARE(cache.tags()->at(0).refName, QStringLiteral("localhost:5000/r/a:1")); // replaced in place

        commit(cache, QStringLiteral("localhost:5000/r/z:1"), "shared layer"); // a new tag sharing it
        QVERIFY(cache.untag(ref(QStringLiteral("localhost:5000/r/big:1234"))).ok());
        QVERIFY(cache.hasBlob(shared)); // z:1 uses it
        QVERIFY(cache.untag(ref(QStringLiteral("localhost:5000/r/z:1"))).ok());
        QVERIFY(!cache.hasBlob(shared)); // now nothing does
        QVERIFY(cache.untag(ref(QStringLiteral("localhost:5000/r/big:7"))).ok());
        QVERIFY(!cache.hasBlob(Digest::of(QByteArrayView("layer 7"))));
        QVERIFY(cache.hasBlob(Digest::of(config))); // every other big tag uses it
        QVERIFY(cache.hasBlob(Digest::of(QByteArrayView("layer 8"))));
        QCOMPARE(cache.tags()->size(), 2999);
    }

    // A remove reads only the manifests whose bytes spell out one of the blobs it may delete; one that spells a
    // digit of it as an escape still keeps it.
    void aDigestSpelledWithAnEscapeKeepsItsBlob()
    {
        ChartCache cache(freshRoot());
        QVERIFY(cache.ensureLayout().ok());
        commit(cache, QStringLiteral("localhost:5000/r/a:1"), "layer");
        // b:1's manifest: a:1's, with the first digit of its config's and its layer's digests escaped.
        QByteArray other = readFile(cache.blobPath(cache.resolve(ref(QStringLiteral("localhost:5000/r/a:1")))->digest));
        for (const QByteArray &blob : {QByteArray("{\"name\":\"c\",\"version\":\"1.0.0\"}"), QByteArray("layer")}) {
            const QByteArray hex = Digest::of(blob).hex().toLatin1();
            QVERIFY(other.contains(hex));
            other.replace(hex, QByteArray("\\u00" + QByteArray::number(hex[0], 16) + hex.mid(1)));
        }
        QVERIFY(other.contains("\\u00"));
        std::vector<StagedBlob> staged;
        staged.push_back(std::move(*cache.stageBlob(other)));
        QVERIFY(cache.commitTag(ref(QStringLiteral("localhost:5000/r/b:1")), std::move(staged),
                         {QString::fromLatin1(MediaTypes::ociManifest), Digest::of(other), other.size(), {}, {}})
                    .ok());
        QVERIFY(cache.untag(ref(QStringLiteral("localhost:5000/r/a:1"))).ok());
        QVERIFY(cache.hasBlob(Digest::of(QByteArrayView("layer")))); // b:1 uses them
        QVERIFY(cache.hasBlob(Digest::of(QByteArrayView("{\"name\":\"c\",\"version\":\"1.0.0\"}"))));
        QVERIFY(cache.untag(ref(QStringLiteral("localhost:5000/r/b:1"))).ok());
        QVERIFY(!cache.hasBlob(Digest::of(QByteArrayView("layer"))));
        QVERIFY(!cache.hasBlob(Digest::of(QByteArrayView("{\"name\":\"c\",\"version\":\"1.0.0\"}"))));
    }

    // ensureLayout() reads index.json only when a dead writer's intent needs settling: it still settles one.
    void ensureLayoutSettlesAnIntentLeftBehind()
    {
        ChartCache cache(freshRoot());
        QVERIFY(cache.ensureLayout().ok());
        commit(cache, QStringLiteral("localhost:5000/r/a:1"), "kept");
        const QByteArray orphan = "moved in by a writer that was killed";
        {
            QFile f(cache.blobPath(Digest::of(orphan)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(orphan);
        }
        auto intent
            = BlobCollector(cache).recordIntent({Digest::of(orphan), Digest::of(QByteArrayView("kept"))});
        QVERIFY(intent.ok());
        QVERIFY(BlobCollector(cache).hasIntents());
        QVERIFY(ChartCache(cache.root()).ensureLayout().ok());
        QVERIFY(!cache.hasBlob(Digest::of(orphan)));
        QVERIFY(cache.hasBlob(Digest::of(QByteArrayView("kept"))));
        QVERIFY(!QFileInfo::exists(*intent));
        QVERIFY(!BlobCollector(cache).hasIntents());
    }

    void blobWriterChecksSizeAndDigest()
    {
        ChartCache cache(freshRoot());
        QVERIFY(cache.ensureLayout().ok());
        const QString ingest = cache.root() + QStringLiteral("/ingest");
        {
            auto writer = cache.createBlobWriter();
            QVERIFY((*writer)->write(QByteArrayView("abc")).ok());
            auto staged = (*writer)->finish(Digest::of(QByteArrayView("abd")), 3);
            QCOMPARE(staged.error().code(), Error::Code::Corrupt);
            QVERIFY(staged.error().message().contains(QStringLiteral("does not match")));
        }
        {
            auto writer = cache.createBlobWriter();
            QVERIFY((*writer)->write(QByteArrayView("abc")).ok());
            auto staged = (*writer)->finish(Digest::of(QByteArrayView("abc")), 4);
            QCOMPARE(staged.error().code(), Error::Code::Corrupt);
            QVERIFY(staged.error().message().contains(QStringLiteral("expected 4")));
        }
        {
            auto writer = cache.createBlobWriter();
            QVERIFY((*writer)->write(QByteArrayView("abc")).ok());
            auto staged = (*writer)->finish(Digest::of(QByteArrayView("abc")), 3);
            QVERIFY(staged.ok());
            QCOMPARE(QDir(ingest).entryList(QDir::Files).size(), 1);
        } // dropped without commit: removed
        QCOMPARE(QDir(ingest).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    void damagedIndexIsReportedNeverOverwritten_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("truncated") << QByteArray("{\"schemaVersion\":2,\"manifests\":[{\"mediaType\":");
        QTest::newRow("not json") << QByteArray("hello");
        QTest::newRow("empty") << QByteArray();
    }
    void damagedIndexIsReportedNeverOverwritten()
    {
        QFETCH(QByteArray, content);
        ChartCache cache(freshRoot());
        QVERIFY(cache.ensureLayout().ok());
        {
            QFile index(cache.indexPath());
            QVERIFY(index.open(QIODevice::WriteOnly | QIODevice::Truncate));
            index.write(content);
        }
        auto tags = cache.tags();
        QVERIFY(!tags.ok());
        QCOMPARE(tags.error().code(), Error::Code::Corrupt);
        QVERIFY2(tags.error().message().contains(QStringLiteral("index.json is damaged")), qPrintable(tags.error().message()));
        std::vector<StagedBlob> staged;
        const Descriptor manifest = stageChart(cache, "x", staged);
        QVERIFY(!cache.commitTag(ref(QStringLiteral("localhost:5000/r/a:1")), std::move(staged), manifest).ok());
        QCOMPARE(readFile(cache.indexPath()), content);
        QCOMPARE(QDir(cache.root() + QStringLiteral("/ingest")).entryList(QDir::Files | QDir::Hidden), QStringList());
        QVERIFY(!cache.untag(ref(QStringLiteral("localhost:5000/r/a:1"))).ok());
        QCOMPARE(readFile(cache.indexPath()), content);
    }

    void modifiedBlobIsReported()
    {
        ChartCache cache(freshRoot());
        QVERIFY(cache.ensureLayout().ok());
        const Descriptor manifest = commit(cache, QStringLiteral("localhost:5000/r/a:1"), "layer");
        const Descriptor layer {QString::fromLatin1(MediaTypes::legacyChartLayer), Digest::of(QByteArrayView("layer")), 5, {}, {}};
        QVERIFY(cache.readBlob(layer, 100).ok());
        QFile blob(cache.blobPath(layer.digest));
        blob.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY(blob.open(QIODevice::WriteOnly | QIODevice::Truncate));
        blob.write("LAYER");
        blob.close();
        auto read = cache.readBlob(layer, 100);
        QCOMPARE(read.error().code(), Error::Code::Corrupt);
        QVERIFY(read.error().message().contains(QStringLiteral("does not match its digest")));
        QVERIFY(blob.open(QIODevice::WriteOnly | QIODevice::Truncate));
        blob.write("lay");
        blob.close();
        QVERIFY(cache.readBlob(layer, 100).error().message().contains(QStringLiteral("has 3 bytes, expected 5")));
        QCOMPARE(cache.readBlob(layer, 4).error().code(), Error::Code::TooLarge);
        QFile::remove(cache.blobPath(manifest.digest));
        QCOMPARE(cache.readBlob(manifest, 1 << 20).error().code(), Error::Code::NotFound);

        // The store lists the damaged chart as a problem, not as a row.
        ChartStore store(cache.root());
        auto listing = store.list();
        QVERIFY(listing.ok());
        QCOMPARE(listing->charts.size(), 0);
        QCOMPARE(listing->problems.size(), 1);
        QVERIFY(listing->problems[0].message().startsWith(QStringLiteral("localhost:5000/r/a:1")));
    }

    void crashLeftoversAreCleaned()
    {
        ChartCache cache(freshRoot());
        QVERIFY(cache.ensureLayout().ok());
        const QString ingest = cache.root() + QStringLiteral("/ingest/");
        // pid 2^22+1 is above Linux's default pid_max (2^22) and so never a running process.
        for (const QString &name : {QStringLiteral("charthouse-4194305-00"), QStringLiteral("helm-owned-file")}) {
            QFile f(ingest + name);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        QFile mine(ingest + QStringLiteral("charthouse-%1-11").arg(QCoreApplication::applicationPid()));
        QVERIFY(mine.open(QIODevice::WriteOnly));
        QVERIFY(cache.ensureLayout().ok());
        QStringList left = QDir(ingest).entryList(QDir::Files);
        left.sort();
        QCOMPARE(left, (QStringList {QStringLiteral("charthouse-%1-11").arg(QCoreApplication::applicationPid()),
                                     QStringLiteral("helm-owned-file")}));
    }

    void concurrentCommitsKeepEveryTag()
    {
        // Threads each with their own ChartCache object on one root: the lock file serialises them.
        const QString root = freshRoot();
        QVERIFY(ChartCache(root).ensureLayout().ok());
        QList<QFuture<void>> futures;
        for (int t = 0; t < 4; ++t)
            futures.append(QtConcurrent::run([root, t] {
                ChartCache cache(root);
                for (int i = 0; i < 25; ++i)
                    commit(cache, QStringLiteral("localhost:5000/t%1/c:%2").arg(t).arg(i),
                           QStringLiteral("layer %1 %2").arg(t).arg(i).toUtf8());
            }));
        for (auto &f : futures)
            f.waitForFinished();
        ChartCache cache(root);
        const auto tags = cache.tags();
        QCOMPARE(tags->size(), 100);
        for (const TaggedManifest &tag : *tags) {
            auto blob = cache.readBlob(tag.manifest, 1 << 20);
            QVERIFY2(blob.ok(), blob.ok() ? "" : qPrintable(blob.error().message()));
        }
    }

    void rootThatIsAFileIsRefused()
    {
        const QString path = freshRoot();
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        auto ok = ChartCache(path).ensureLayout();
        QCOMPARE(ok.error().code(), Error::Code::InvalidInput);
        QVERIFY(ok.error().message().contains(QStringLiteral("is not a directory")));
    }

    void missingCacheListsNothing()
    {
        ChartCache cache(freshRoot());
        QCOMPARE(cache.tags()->size(), 0);
        QVERIFY(!QFileInfo::exists(cache.root()));
    }
};

QTEST_GUILESS_MAIN(TestCache)
#include "test_cache.moc"
