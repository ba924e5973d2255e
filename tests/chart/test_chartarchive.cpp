// Packaging charts and reading packages safely: one test row per hostile archive, each asserting the error and
// that nothing was written — neither by `save` from the .tgz nor by `export` of a cache holding it.
// (No raw string literals: Qt 6.4's moc fails on them.)
#include "core/chart/ChartArchiveReader.h"
#include "core/chart/ChartExporter.h"
#include "core/chart/ChartPackager.h"
#include "core/oci/Manifest.h"
#include "core/oci/MediaTypes.h"
#include "core/store/ChartStore.h"
#include "tests/support/TestSupport.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

#include <archive.h>
#include <archive_entry.h>
#include <zlib.h>

using namespace charthouse;
using namespace charthouse::test;

Q_DECLARE_METATYPE(charthouse::ArchiveLimits)

namespace {

struct Entry
{
    Entry(QByteArray n, QByteArray d = {}, mode_t t = AE_IFREG, QByteArray l = {})
        : name(std::move(n)), data(std::move(d)), type(t), link(std::move(l))
    { }
    QByteArray name;
    QByteArray data;
    mode_t type;
    QByteArray link; // symlink target or hardlink source
};

la_ssize_t append(archive *, void *buffer, const void *data, size_t size)
{
    static_cast<QByteArray *>(buffer)->append(static_cast<const char *>(data), static_cast<qsizetype>(size));
    return static_cast<la_ssize_t>(size);
}

// A tar (not compressed) with exactly these entries, names as given.
QByteArray tarOf(const QList<Entry> &entries)
{
    QByteArray out;
    archive *a = archive_write_new();
    archive_write_set_format_pax_restricted(a);
    archive_write_open(a, &out, nullptr, append, nullptr);
    for (const Entry &e : entries) {
        archive_entry *entry = archive_entry_new();
        archive_entry_set_pathname(entry, e.name.constData());
        archive_entry_set_perm(entry, 0644);
        if (!e.link.isEmpty() && e.type == AE_IFREG) {
            archive_entry_set_filetype(entry, AE_IFREG);
            archive_entry_set_hardlink(entry, e.link.constData());
        } else {
            archive_entry_set_filetype(entry, e.type);
            if (e.type == AE_IFLNK)
                archive_entry_set_symlink(entry, e.link.constData());
        }
        archive_entry_set_size(entry, e.type == AE_IFREG && e.link.isEmpty() ? e.data.size() : 0);
        archive_write_header(a, entry);
        if (e.type == AE_IFREG && e.link.isEmpty())
            archive_write_data(a, e.data.constData(), static_cast<size_t>(e.data.size()));
        archive_entry_free(entry);
    }
    archive_write_close(a);
    archive_write_free(a);
    return out;
}

QByteArray gzipOf(const QByteArray &data, int level = Z_BEST_SPEED)
{
    z_stream s {};
    deflateInit2(&s, level, Z_DEFLATED, 31, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(static_cast<qsizetype>(deflateBound(&s, static_cast<uLong>(data.size()))) + 64, Qt::Uninitialized);
    s.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    s.avail_in = static_cast<uInt>(data.size());
    s.next_out = reinterpret_cast<Bytef *>(out.data());
    s.avail_out = static_cast<uInt>(out.size());
    deflate(&s, Z_FINISH);
    out.truncate(static_cast<qsizetype>(s.total_out));
    deflateEnd(&s);
    return out;
}

QByteArray tgzOf(const QList<Entry> &entries)
{
    return gzipOf(tarOf(entries));
}

const QByteArray chartYaml = "apiVersion: v2\nname: mychart\nversion: 0.1.0\n";

// Writes a size into the ustar header at `header` (11 octal digits) and fixes the header's checksum.
void setHeaderSize(QByteArray &tar, qsizetype header, qint64 size)
{
    tar.replace(header + 124, 11, QByteArray::number(size, 8).rightJustified(11, '0'));
    memset(tar.data() + header + 148, ' ', 8);
    unsigned sum = 0;
    for (int i = 0; i < 512; ++i)
        sum += static_cast<unsigned char>(tar[header + i]);
    const QByteArray checksum = QByteArray::number(sum, 8).rightJustified(6, '0') + '\0' + ' ';
    tar.replace(header + 148, 8, checksum);
}

// The second header of a tar made by tarOf: after Chart.yaml's header and data padded to 512.
const qsizetype secondHeader = 512 + ((chartYaml.size() + 511) / 512) * 512;

// A tar whose first header claims 8 GiB, followed by only `actual` bytes of data.
QByteArray lyingTgz(qint64 actual)
{
    QByteArray tar = tarOf({{"mychart/Chart.yaml", chartYaml}, {"mychart/big", QByteArray(actual, 'x')}});
    setHeaderSize(tar, secondHeader, 077777777777); // 8 GiB - 1
    return gzipOf(tar.left(secondHeader + 512 + actual));
}

// values.yaml's header claims 600 bytes for 500, so the next header is read from the middle of the data.
QByteArray oversizedEntryTgz()
{
    QByteArray tar = tarOf({{"mychart/Chart.yaml", chartYaml}, {"mychart/values.yaml", QByteArray(500, 'v')},
                            {"mychart/templates/x.yaml", "kind: X\n"}});
    setHeaderSize(tar, secondHeader, 600);
    return gzipOf(tar);
}

// A good package with one byte of its gzip data changed: in the trailer, or (stored, not deflated, so that only
// the CRC can tell) in a file's content.
QByteArray damagedGzip(qsizetype fromEnd)
{
    QByteArray tgz = gzipOf(tarOf({{"mychart/Chart.yaml", chartYaml}, {"mychart/values.yaml", "a: 1\n"}}), Z_NO_COMPRESSION);
    if (fromEnd > 0)
        tgz[tgz.size() - fromEnd] = char(tgz[tgz.size() - fromEnd] ^ 1);
    else
        tgz.replace(tgz.indexOf("a: 1"), 4, "a: 2");
    return tgz;
}

} // namespace

class TestChartArchive : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    int m_n = 0;
    QString fresh(const QString &what) { return m_tmp.path() + QStringLiteral("/%1%2").arg(what).arg(++m_n); }

    // Puts a layer into a cache as a chart's content, as if a registry or another tool had written it.
    static void plantLayer(ChartCache &cache, const Reference &ref, const QByteArray &layer)
    {
        QVERIFY(cache.ensureLayout().ok());
        const QByteArray config = "{\"name\":\"mychart\",\"version\":\"0.1.0\",\"apiVersion\":\"v2\"}";
        Manifest m;
        m.config = {QString::fromLatin1(MediaTypes::helmConfig), Digest::of(config), config.size(), {}, {}};
        m.layers = {{QString::fromLatin1(MediaTypes::chartLayer), Digest::of(layer), layer.size(), {}, {}}};
        const QByteArray manifest = m.toJson();
        std::vector<StagedBlob> staged;
        for (const QByteArray &blob : {config, layer, manifest})
            staged.push_back(std::move(*cache.stageBlob(blob)));
        QVERIFY(cache.commitTag(ref, std::move(staged),
                                {QString::fromLatin1(MediaTypes::ociManifest), Digest::of(manifest), manifest.size(), {}, {}})
                    .ok());
    }

private slots:
    void packagingIsReproducibleAndHelmShaped()
    {
        ChartFiles files {{QStringLiteral("values.yaml"), "a: 1\n"},
                          {QStringLiteral("templates/x.yaml"), "kind: X\n"},
                          {QStringLiteral("Chart.yaml"), chartYaml}};
        auto first = ChartPackager::package(QStringLiteral("mychart"), files);
        std::reverse(files.begin(), files.end());
        auto second = ChartPackager::package(QStringLiteral("mychart"), files);
        QVERIFY(first.ok() && second.ok());
        QCOMPARE(*first, *second);
        QCOMPARE(first->mid(4, 4), QByteArray(4, '\0')); // no gzip timestamp
        auto read = ChartArchiveReader::read(*first);
        QVERIFY(read.ok());
        QCOMPARE(read->topDir, QStringLiteral("mychart"));
        QCOMPARE(read->files.size(), 3);
        QCOMPARE(read->files[0].path, QStringLiteral("Chart.yaml"));
        QCOMPARE(read->files[1].path, QStringLiteral("templates/x.yaml"));
        QCOMPARE(read->files[2].data, QByteArray("a: 1\n"));
    }

    void packagingTheSameDirectoryTwiceGivesTheSameDigest()
    {
        const QString chart = makeChart(fresh(QStringLiteral("src")), QStringLiteral("mychart"), QStringLiteral("1.0.0"));
        const QString cache = fresh(QStringLiteral("cache"));
        ChartStore store(cache);
        auto a = store.save(chart, *Reference::parse(QStringLiteral("localhost:5000/r/mychart:1")), {});
        QTest::qWait(1100); // file times differ; the digest must not
        QFile::setPermissions(chart + QStringLiteral("/values.yaml"), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        auto b = store.save(chart, *Reference::parse(QStringLiteral("localhost:5000/r/mychart:2")), {});
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(a->layer.digest, b->layer.digest);
    }

    void tolerableArchives()
    {
        // Directory entries, a leading "./", and doubled slashes are fine.
        auto read = ChartArchiveReader::read(tgzOf({{"./mychart/", {}, AE_IFDIR, {}},
                                                     {"./mychart/Chart.yaml", chartYaml},
                                                     {"mychart//templates/a.yaml", "a"}}));
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message()));
        QCOMPARE(read->files[1].path, QStringLiteral("templates/a.yaml"));
    }

    void hostileArchive_data()
    {
        QTest::addColumn<QByteArray>("tgz");
        QTest::addColumn<ArchiveLimits>("limits");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const Entry chart {"mychart/Chart.yaml", chartYaml};
        const ArchiveLimits defaults;
        const int unsafe = int(Error::Code::Unsafe);
        QTest::newRow("absolute path") << tgzOf({chart, {"/etc/cron.d/evil", "x"}}) << defaults << unsafe
                                       << QStringLiteral("\"/etc/cron.d/evil\" is an absolute path");
        QTest::newRow("parent directory") << tgzOf({chart, {"mychart/../../evil", "x"}}) << defaults << unsafe
                                          << QStringLiteral("refers to a parent directory");
        QTest::newRow("drive letter") << tgzOf({chart, {"C:/Windows/evil", "x"}}) << defaults << unsafe
                                      << QStringLiteral("starts with a drive letter");
        QTest::newRow("drive letter inside") << tgzOf({chart, {"mychart/D:evil", "x"}}) << defaults << unsafe
                                             << QStringLiteral("contains a drive letter");
        QTest::newRow("backslash") << tgzOf({chart, {"mychart\\..\\..\\evil", "x"}}) << defaults << unsafe
                                   << QStringLiteral("contains a backslash");
        QTest::newRow("symlink") << tgzOf({chart, {"mychart/passwd", {}, AE_IFLNK, "/etc/passwd"}}) << defaults
                                 << unsafe << QStringLiteral("is a link");
        QTest::newRow("hard link") << tgzOf({chart, {"mychart/hard", {}, AE_IFREG, "mychart/Chart.yaml"}}) << defaults
                                   << unsafe << QStringLiteral("is a link");
        QTest::newRow("device") << tgzOf({chart, {"mychart/sda", {}, AE_IFBLK, {}}}) << defaults << unsafe
                                << QStringLiteral("is a device");
        QTest::newRow("fifo") << tgzOf({chart, {"mychart/pipe", {}, AE_IFIFO, {}}}) << defaults << unsafe
                              << QStringLiteral("named pipe");
        QTest::newRow("outside top directory") << tgzOf({chart, {"other/x.yaml", "x"}}) << defaults << unsafe
                                               << QStringLiteral("outside the chart's top directory");
        QTest::newRow("file at root") << tgzOf({chart, {"README.md", "x"}}) << defaults << unsafe
                                      << QStringLiteral("outside any chart directory");
        QTest::newRow("Chart.yaml at root") << tgzOf({{"Chart.yaml", chartYaml}, {"values.yaml", "a: 1"}}) << defaults
                                            << unsafe << QStringLiteral("Chart.yaml must be inside");
        QTest::newRow("Chart.yaml missing") << tgzOf({{"mychart/values.yaml", "a: 1"}}) << defaults
                                            << int(Error::Code::InvalidInput) << QStringLiteral("no Chart.yaml");
        QTest::newRow("duplicate entry") << tgzOf({chart, {"mychart/a", "1"}, {"mychart/a", "2"}}) << defaults
                                         << unsafe << QStringLiteral("appears twice");
        QTest::newRow("file over 5 MiB") << tgzOf({chart, {"mychart/big", QByteArray(5 * 1024 * 1024 + 1, '\0')}})
                                         << defaults << int(Error::Code::TooLarge)
                                         << QStringLiteral("more than the limit of 5242880 bytes per file");
        QByteArray fourMiB(4 * 1024 * 1024, '\0');
        QList<Entry> many {chart};
        for (int i = 0; i < 26; ++i)
            many.append({"mychart/f" + QByteArray::number(i), fourMiB});
        QTest::newRow("chart over 100 MiB") << tgzOf(many) << defaults << int(Error::Code::TooLarge)
                                            << QStringLiteral("more than the limit of 104857600 bytes");
        QTest::newRow("header claims 8 GiB") << lyingTgz(6 * 1024 * 1024) << defaults << int(Error::Code::TooLarge)
                                             << QStringLiteral("per file");
        QTest::newRow("settable per-file limit") << tgzOf({chart, {"mychart/x", QByteArray(2000, 'x')}})
                                                 << ArchiveLimits {1000, 1'000'000, 100} << int(Error::Code::TooLarge)
                                                 << QStringLiteral("1000 bytes per file");
        QTest::newRow("settable total limit") << tgzOf({chart, {"mychart/x", QByteArray(900, 'x')}, {"mychart/y", QByteArray(900, 'y')}})
                                              << ArchiveLimits {1000, 1500, 100} << int(Error::Code::TooLarge)
                                              << QStringLiteral("more than the limit of 1500 bytes");
        QTest::newRow("too many entries") << tgzOf({chart, {"mychart/a", "1"}, {"mychart/b", "2"}})
                                          << ArchiveLimits {1000, 1500, 2} << int(Error::Code::TooLarge)
                                          << QStringLiteral("more than 2 entries");
        QTest::newRow("not a package") << QByteArray("this is not gzip") << defaults << int(Error::Code::InvalidInput)
                                       << QStringLiteral("not a chart package");
        QByteArray noise(200000, Qt::Uninitialized);
        for (qsizetype i = 0; i < noise.size(); ++i)
            noise[i] = char((i * 7919 + (i >> 3) * 104729) & 0xff);
        const QByteArray whole = tgzOf({chart, {"mychart/values.yaml", noise}});
        QTest::newRow("truncated") << whole.left(whole.size() / 2)
                                   << defaults << int(Error::Code::Corrupt) << QStringLiteral("damaged");
        const int corrupt = int(Error::Code::Corrupt);
        const int invalid = int(Error::Code::InvalidInput);
        // Helm 3.4.2 and 4.1.4 accept the next three (Go's tar reader stops before gzip's trailer).
        QTest::newRow("content changed, CRC kept") << damagedGzip(0) << defaults << corrupt
                                                   << QStringLiteral("not a chart package (gzip'd tar): the gzip checksum does not match");
        QTest::newRow("CRC changed") << damagedGzip(8) << defaults << corrupt
                                     << QStringLiteral("not a chart package (gzip'd tar): the gzip checksum does not match");
        QTest::newRow("ISIZE changed") << damagedGzip(1) << defaults << corrupt
                                       << QStringLiteral("not a chart package (gzip'd tar): the gzip length does not match");
        const QByteArray good = tgzOf({chart, {"mychart/values.yaml", "a: 1\n"}});
        QTest::newRow("data after the gzip stream") << good + "trailing" << defaults << corrupt
                                                    << QStringLiteral("not a chart package (gzip'd tar): data after the end of the gzip stream");
        QTest::newRow("two gzip streams") << good + tgzOf({{"mychart/extra.yaml", "x"}}) << defaults << corrupt
                                          << QStringLiteral("not a chart package (gzip'd tar): more than one gzip stream");
        QTest::newRow("file and directory") << tgzOf({chart, {"mychart/templates", "x"}, {"mychart/templates/a.yaml", "a"}})
                                            << defaults << invalid
                                            << QStringLiteral("\"templates\" is both a file and a directory");
        QTest::newRow("directory and file") << tgzOf({chart, {"mychart/templates/a.yaml", "a"}, {"mychart/templates", "x"}})
                                            << defaults << invalid
                                            << QStringLiteral("\"templates\" is both a file and a directory");
        QTest::newRow("entry size too large") << oversizedEntryTgz() << defaults << corrupt
                                              << QStringLiteral("the archive is truncated or damaged");
        QTest::newRow("empty file") << QByteArray() << defaults << invalid
                                    << QStringLiteral("not a chart package (gzip'd tar): the file is empty");
        QTest::newRow("zeros") << QByteArray(4096, '\0') << defaults << invalid
                               << QStringLiteral("not a chart package (gzip'd tar): it does not start with gzip's signature");
        QTest::newRow("random bytes") << noise.left(4096) << defaults << invalid
                                      << QStringLiteral("not a chart package (gzip'd tar): it does not start with gzip's signature");
        QTest::newRow("plain tar") << tarOf({chart}) << defaults << invalid
                                   << QStringLiteral("not a chart package (gzip'd tar): it is a tar archive without gzip compression");
        QTest::newRow("gzip of nothing") << gzipOf({}) << defaults << invalid << QStringLiteral("the chart package is empty");
        QTest::newRow("gzip of text") << gzipOf("hello, world\n") << defaults << invalid
                                      << QStringLiteral("not a chart package (gzip'd tar): what it holds is not a tar archive");
    }

    void hostileArchive()
    {
        QFETCH(QByteArray, tgz);
        QFETCH(ArchiveLimits, limits);
        QFETCH(int, code);
        QFETCH(QString, message);

        auto read = ChartArchiveReader::read(tgz, limits);
        QVERIFY(!read.ok());
        QVERIFY2(read.error().message().contains(message), qPrintable(read.error().message()));
        QCOMPARE(int(read.error().code()), code);
        QVERIFY2(read.error().message().contains(message), qPrintable(read.error().message()));

        // `chart save FILE.tgz`: refused, no cache created.
        const QString work = fresh(QStringLiteral("hostile"));
        QVERIFY(QDir().mkpath(work));
        QFile file(work + QStringLiteral("/evil.tgz"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(tgz);
        file.close();
        const QString cacheRoot = work + QStringLiteral("/cache");
        SaveOptions options;
        options.limits = limits;
        auto saved = ChartStore(cacheRoot).save(file.fileName(), *Reference::parse(QStringLiteral("localhost:5000/r/evil:1")), options);
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error().message().contains(message), qPrintable(saved.error().message()));
        QVERIFY(!QFileInfo::exists(cacheRoot));

        // `chart export` of a cache that holds such a layer: refused, nothing written anywhere.
        const Reference ref = *Reference::parse(QStringLiteral("localhost:5000/r/planted:1"));
        ChartCache planted(work + QStringLiteral("/planted"));
        plantLayer(planted, ref, tgz);
        const QString dest = work + QStringLiteral("/out");
        QVERIFY(QDir().mkpath(dest));
        auto exported = ChartStore(planted.root()).exportTo(ref, dest, false, limits);
        QVERIFY(!exported.ok());
        QVERIFY2(exported.error().message().contains(message), qPrintable(exported.error().message()));
        QCOMPARE(listTree(dest), QStringList());
        QStringList everything = listTree(work);
        everything.removeIf([](const QString &p) { return p.startsWith(QLatin1String("planted")); });
        QCOMPARE(everything, (QStringList {QStringLiteral("evil.tgz"), QStringLiteral("out")}));
    }

    void aliasBombInsidePackageIsRefused()
    {
        QByteArray yaml = chartYaml + "dependencies:\n  - name: dep\n    import-values:\n      - &l0 [x,x,x,x,x,x,x,x,x]\n";
        for (int i = 1; i < 9; ++i)
            yaml += "      - &l" + QByteArray::number(i) + " [" + QByteArrayList(9, "*l" + QByteArray::number(i - 1)).join(',') + "]\n";
        const QString work = fresh(QStringLiteral("bomb"));
        QVERIFY(QDir().mkpath(work));
        QFile file(work + QStringLiteral("/bomb.tgz"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(tgzOf({{"mychart/Chart.yaml", yaml}}));
        file.close();
        QElapsedTimer timer;
        timer.start();
        auto saved = ChartStore(work + QStringLiteral("/cache")).save(file.fileName(), *Reference::parse(QStringLiteral("localhost:5000/r/bomb:1")), {});
        QVERIFY(!saved.ok());
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(saved.error().message().contains(QStringLiteral("bomb.tgz/Chart.yaml")) && saved.error().message().contains(QStringLiteral("excessive aliasing")),
                 qPrintable(saved.error().message()));
        QVERIFY(!QFileInfo::exists(work + QStringLiteral("/cache")));
    }

    void exportIsAtomicAndNeedsForce()
    {
        const QString dest = fresh(QStringLiteral("export"));
        const ChartFiles v1 {{QStringLiteral("Chart.yaml"), chartYaml}, {QStringLiteral("templates/a.yaml"), "a"}};
        const ChartFiles v2 {{QStringLiteral("Chart.yaml"), chartYaml}, {QStringLiteral("values.yaml"), "b"}};
        auto first = ChartExporter::exportTo(dest, QStringLiteral("mychart"), v1, false);
        QVERIFY(first.ok());
        QCOMPARE(*first, dest + QStringLiteral("/mychart"));
        auto again = ChartExporter::exportTo(dest, QStringLiteral("mychart"), v2, false);
        QCOMPARE(again.error().code(), Error::Code::Conflict);
        // What to do is a hint each face words (the CLI says --force); the message names no flag.
        QCOMPARE(again.error().hint(), Error::Hint::Replace);
        QCOMPARE(again.error().hintSubject(), *first);
        QCOMPARE(again.error().message(), QStringLiteral("%1 already exists").arg(*first));
        QCOMPARE(readTree(*first).keys(), (QStringList {QStringLiteral("Chart.yaml"), QStringLiteral("templates/a.yaml")}));
        QVERIFY(ChartExporter::exportTo(dest, QStringLiteral("mychart"), v2, true).ok());
        QCOMPARE(readTree(*first).keys(), (QStringList {QStringLiteral("Chart.yaml"), QStringLiteral("values.yaml")}));
        QCOMPARE(listTree(dest), (QStringList {QStringLiteral("mychart"), QStringLiteral("mychart/Chart.yaml"),
                                               QStringLiteral("mychart/values.yaml")}));
    }

    void exportToARelativeDirectory()
    {
        const QString base = fresh(QStringLiteral("relative"));
        QVERIFY(QDir().mkpath(base));
        const QString before = QDir::currentPath();
        QDir::setCurrent(base);
        auto exported = ChartExporter::exportTo(QStringLiteral("out"), QStringLiteral("mychart"),
                                                {{QStringLiteral("Chart.yaml"), chartYaml}, {QStringLiteral("templates/a.yaml"), "a"}}, false);
        QDir::setCurrent(before);
        QVERIFY2(exported.ok(), exported.ok() ? "" : qPrintable(exported.error().message()));
        QCOMPARE(*exported, QStringLiteral("out/mychart"));
        QCOMPARE(listTree(base), (QStringList {QStringLiteral("out"), QStringLiteral("out/mychart"),
                                               QStringLiteral("out/mychart/Chart.yaml"), QStringLiteral("out/mychart/templates"),
                                               QStringLiteral("out/mychart/templates/a.yaml")}));
    }

    void exportFailureLeavesNoHalfWrittenDirectory()
    {
        const QString dest = fresh(QStringLiteral("export"));
        // "a" as a file and "a/b" under it can't both exist: the write fails midway.
        const ChartFiles clash {{QStringLiteral("Chart.yaml"), chartYaml}, {QStringLiteral("a"), "x"}, {QStringLiteral("a/b"), "y"}};
        auto exported = ChartExporter::exportTo(dest, QStringLiteral("mychart"), clash, false);
        QVERIFY(!exported.ok());
        QCOMPARE(listTree(dest), QStringList());
        for (const QString &name : {QStringLiteral(".."), QStringLiteral("a/b"), QStringLiteral(".")})
            QCOMPARE(ChartExporter::exportTo(dest, name, {}, false).error().code(), Error::Code::Unsafe);
        const ChartFiles escaping {{QStringLiteral("../evil"), "x"}};
        QCOMPARE(ChartExporter::exportTo(dest, QStringLiteral("mychart"), escaping, false).error().code(), Error::Code::Unsafe);
        QCOMPARE(listTree(dest), QStringList());
    }

    void forcedExportReplacesALinkNotItsTarget()
    {
        const QString dest = fresh(QStringLiteral("export"));
        const QString elsewhere = fresh(QStringLiteral("elsewhere"));
        QVERIFY(writeTree(elsewhere, {{QStringLiteral("keep.txt"), "keep"}}));
        QVERIFY(QDir().mkpath(dest));
        QVERIFY(QFile::link(elsewhere, dest + QStringLiteral("/mychart")));
        QVERIFY(ChartExporter::exportTo(dest, QStringLiteral("mychart"), {{QStringLiteral("Chart.yaml"), chartYaml}}, true).ok());
        QVERIFY(!QFileInfo(dest + QStringLiteral("/mychart")).isSymLink());
        QCOMPARE(readTree(elsewhere).keys(), QStringList {QStringLiteral("keep.txt")});
    }
};

QTEST_GUILESS_MAIN(TestChartArchive)
#include "test_chartarchive.moc"
