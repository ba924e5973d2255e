// The registry browser's local pieces, without a registry: tag order (SemVer newest first, '_' as '+', tags that
// are no version last), the metadata cache (content-addressed: a damaged blob is never returned and goes; the
// tag → digest record per repository; the repositories known per host) and the cache badges.
#include "core/cache/MetadataCache.h"
#include "core/chart/TagOrder.h"
#include "core/jobs/RemoteVersion.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace charthouse;

class TestMetadataCache : public QObject
{
    Q_OBJECT

private slots:
    void tagsSortNewestFirst()
    {
        const QStringList tags {QStringLiteral("latest"), QStringLiteral("1.2.0"), QStringLiteral("1.10.0"),
            QStringLiteral("v1.3"), QStringLiteral("1.10.0-rc.2"), QStringLiteral("1.10.0-rc.10"),
            QStringLiteral("1.10.0-alpha"), QStringLiteral("1.2.0_build.2"), QStringLiteral("main"),
            QStringLiteral("2")};
        QCOMPARE(TagOrder::newestFirst(tags),
            (QStringList {QStringLiteral("2"), QStringLiteral("1.10.0"), QStringLiteral("1.10.0-rc.10"),
                QStringLiteral("1.10.0-rc.2"), QStringLiteral("1.10.0-alpha"), QStringLiteral("v1.3"),
                QStringLiteral("1.2.0"), QStringLiteral("1.2.0_build.2"), QStringLiteral("latest"),
                QStringLiteral("main")}));
        QCOMPARE(TagOrder::shownTag(QStringLiteral("1.2.0_build.2")), QStringLiteral("1.2.0+build.2"));
        QVERIFY(TagOrder::isPrerelease(QStringLiteral("1.10.0-rc.2")));
        QVERIFY(!TagOrder::isPrerelease(QStringLiteral("1.2.0_build.2")));
        QVERIFY(!TagOrder::isPrerelease(QStringLiteral("latest")));
        QVERIFY(!TagOrder::compare(QStringLiteral("latest"), QStringLiteral("1.0.0")));
    }

    void blobsAreCheckedWhenRead()
    {
        QTemporaryDir dir;
        const MetadataCache cache(dir.path());
        const QByteArray data("{\"name\":\"app\",\"version\":\"1.0.0\"}");
        QVERIFY(cache.write(data));
        QCOMPARE(*cache.read(Digest::of(data), 1024), data);
        QVERIFY(!cache.read(Digest::of(data), 8)); // larger than asked for
        QVERIFY(cache.blobs().contains(Digest::of(data).hex()));

        // Damaged on disk: not returned, and removed so the next visit fetches it again.
        const QString path = dir.path() + QStringLiteral("/blobs/sha256/") + Digest::of(data).hex();
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{\"name\":\"evil\"}");
        file.close();
        QVERIFY(!cache.read(Digest::of(data), 1024));
        QVERIFY(!QFile::exists(path));

        const MetadataCache disabled({});
        QVERIFY(!disabled.write(data));
        QVERIFY(!disabled.read(Digest::of(data), 1024));
    }

    void seenTagsAndKnownRepositories()
    {
        QTemporaryDir dir;
        const MetadataCache cache(dir.path());
        const Reference a = *Reference::parseRepository(QStringLiteral("localhost:5000/team/a"));
        const Reference b = *Reference::parseRepository(QStringLiteral("localhost:5000/team/b"));
        const Reference other = *Reference::parseRepository(QStringLiteral("registry.example/team/a"));
        const Digest d = Digest::of("x");
        const QDateTime checked(QDate(2026, 2, 3), QTime(4, 5, 6, 7), Qt::UTC);
        QVERIFY(cache.rememberSeen(a, {{{QStringLiteral("1.0.0"), d}}, checked}));
        QVERIFY(cache.rememberSeen(b, {}));
        QVERIFY(cache.rememberSeen(other, {{{QStringLiteral("2.0.0"), d}}, checked}));
        QCOMPARE(cache.lastSeen(a).tags.value(QStringLiteral("1.0.0")), d);
        QCOMPARE(cache.lastSeen(a).tags.size(), 1);
        QCOMPARE(cache.lastSeen(a).checkedAt, checked);
        QVERIFY(!cache.lastSeen(b).checkedAt.isValid());
        QVERIFY(cache.lastSeen(*Reference::parseRepository(QStringLiteral("localhost:5000/none"))).tags.isEmpty());
        QCOMPARE(cache.knownRepositories(QStringLiteral("localhost:5000")), (QStringList {QStringLiteral("team/a"), QStringLiteral("team/b")}));
        QCOMPARE(cache.knownRepositories(QStringLiteral("registry.example")), QStringList {QStringLiteral("team/a")});
    }

    // A small limit: trim() keeps the most recently used blobs within it (a read is a use), and removes what is
    // not a blob; a torn repository record is dropped, not trusted.
    void trimEvictsLeastRecentlyUsedAndForeignFiles()
    {
        QTemporaryDir dir;
        const MetadataCache cache(dir.path(), 2500);
        QCOMPARE(cache.sizeLimit(), qint64(2500));
        const QByteArray a(1000, 'a'), b(1000, 'b'), c(1000, 'c');
        const QString blobs = dir.path() + QStringLiteral("/blobs/sha256/");
        const QDateTime hourAgo = QDateTime::currentDateTimeUtc().addSecs(-3600);
        int age = 0; // a written first, then b, then c
        for (const QByteArray &data : {a, b, c}) {
            QVERIFY(cache.write(data));
            QFile file(blobs + Digest::of(data).hex());
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.setFileTime(hourAgo.addSecs(age++), QFileDevice::FileModificationTime));
        }
        QVERIFY(cache.read(Digest::of(a), 4096)); // a, the oldest written, is now the most recently used
        // Foreign things: another name, a link, a directory, a temporary left by a killed writer, one being written.
        auto plant = [&](const QString &name, const QByteArray &data, const QDateTime &when) {
            QFile file(blobs + name);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(data);
            QVERIFY(file.flush()); // else closing writes, and sets the time again
            QVERIFY(file.setFileTime(when, QFileDevice::FileModificationTime));
        };
        plant(QStringLiteral("notes.txt"), "hello", QDateTime::currentDateTimeUtc());
        plant(Digest::of("x").hex() + QStringLiteral(".old.tmp"), "x", hourAgo);
        plant(Digest::of("y").hex() + QStringLiteral(".new.tmp"), "y", QDateTime::currentDateTimeUtc());
        QVERIFY(QFile::link(blobs + Digest::of(a).hex(), blobs + Digest::of("link").hex()));
        QVERIFY(QDir().mkpath(blobs + Digest::of("dir").hex() + QStringLiteral("/inner")));

        QCOMPARE(cache.trim(), 5); // four foreign entries and b
        QCOMPARE(cache.blobs(), (QSet<QString> {Digest::of(a).hex(), Digest::of(c).hex()}));
        QVERIFY(QFile::exists(blobs + Digest::of("y").hex() + QStringLiteral(".new.tmp")));
        QVERIFY(cache.read(Digest::of(c), 4096));
        QCOMPARE(cache.trim(), 0); // within the limit now
        QVERIFY(!MetadataCache(dir.path()).trim()); // no limit: nothing to evict

        const Reference repository = *Reference::parseRepository(QStringLiteral("localhost:5000/team/a"));
        QVERIFY(cache.rememberSeen(repository, {{{QStringLiteral("1.0.0"), Digest::of(a)}}, {}}));
        const QString record = dir.path() + QStringLiteral("/repositories/")
            + Digest::of(repository.name().toUtf8()).hex() + QStringLiteral(".json");
        QFile torn(record);
        QVERIFY(torn.open(QIODevice::ReadWrite));
        QVERIFY(torn.resize(10));
        torn.close();
        QVERIFY(cache.lastSeen(repository).tags.isEmpty());
        QVERIFY(!QFile::exists(record));
    }

    void badgesFollowTheNewestRelease()
    {
        QList<RemoteVersion> versions;
        for (const QString &tag : {QStringLiteral("2.0.0-rc.1"), QStringLiteral("1.1.0"), QStringLiteral("1.0.0"), QStringLiteral("latest")}) {
            RemoteVersion v;
            v.tag = tag;
            v.isPrerelease = TagOrder::isPrerelease(tag);
            v.digest = Digest::of(tag.toUtf8());
            versions.append(v);
        }
        markCacheBadges(versions,
            {{QStringLiteral("2.0.0-rc.1"), Digest::of("2.0.0-rc.1")}, {QStringLiteral("1.1.0"), Digest::of("1.1.0")},
                {QStringLiteral("1.0.0"), Digest::of("another build")}, {QStringLiteral("latest"), Digest::of("latest")}});
        // The newest release is 1.1.0 (a pre-release is not what "older than the newest" compares with).
        QVERIFY(versions[0].cached && !versions[0].differs && !versions[0].olderThanNewest);
        QVERIFY(versions[1].cached && !versions[1].differs && !versions[1].olderThanNewest);
        QVERIFY(versions[2].cached && versions[2].differs && versions[2].olderThanNewest);
        QVERIFY(versions[3].cached && !versions[3].olderThanNewest); // no version: never "older"
    }
};

QTEST_GUILESS_MAIN(TestMetadataCache)
#include "test_metadata_cache.moc"
