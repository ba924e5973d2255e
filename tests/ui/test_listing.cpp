// The main window while a large cache is being read (issue 12 item 5): never an empty-state hint before a
// listing has completed, rows streamed in (sorting, filtering and selection holding while they arrive), the
// empty-state hint for an empty cache only after its listing, and the listing kept for the next start used
// only while index.json is the file it was made from. The first listing is paced through the window's gate, a
// semaphore the test releases, so every moment is looked at deterministically (no sleeps).
#include "core/chart/SemVer.h"
#include "core/store/ChartStore.h"
#include "core/store/ListingCache.h"
#include "tests/support/TestSupport.h"
#include "ui/ChartListLoader.h"
#include "ui/ChartTableModel.h"
#include "ui/Icons.h"
#include "ui/ListingPlaceholder.h"
#include "ui/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QSemaphore>
#include <QTableView>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QtTest>

#include <memory>

using namespace charthouse;
using namespace charthouse::test;

namespace {

constexpr int largeCount = 400; // batches of 128, 256 and 16 rows

// Paces a listing: it waits at each of its gates (before reading, after each batch) for a permit.
class Pace
{
public:
    ~Pace() { open(); } // a listing never stays blocked behind a finished test
    ListJob::BatchGate gate() const
    {
        return [semaphore = m_semaphore] { semaphore->acquire(); };
    }
    void pass() { m_semaphore->release(); }
    void open() { m_semaphore->release(1 << 20); }

private:
    std::shared_ptr<QSemaphore> m_semaphore = std::make_shared<QSemaphore>(0);
};

QStringList rowsOf(const QList<ChartSummary> &charts)
{
    QStringList rows;
    for (const ChartSummary &chart : charts)
        rows.append(QStringList {chart.ref.toString(), chart.manifest.digest.toString(),
            chart.layer.digest.toString(), chart.name, chart.version,
            QString::number(chart.created.toMSecsSinceEpoch())}
                        .join(QLatin1Char(' ')));
    return rows;
}

QStringList freshListing(const QString &cache)
{
    auto listing = ChartStore(cache).list();
    return listing ? rowsOf(listing->charts) : QStringList {QStringLiteral("cannot list")};
}

QString emptyHintText()
{
    return QStringLiteral("No charts in the cache yet.\n\nDrop a chart directory or a .tgz package here "
                          "to save it, or pull one from a registry.");
}

QStringList proxyReferences(const MainWindow &window)
{
    QStringList refs;
    for (int row = 0; row < window.filterModel()->rowCount(); ++row)
        refs.append(window.filterModel()->index(row, 0).data(ChartTableModel::ReferenceRole).toString());
    return refs;
}

QStringList selectedReferences(const MainWindow &window)
{
    QStringList refs;
    for (const QModelIndex &index : window.view()->selectionModel()->selectedRows())
        refs.append(index.data(ChartTableModel::ReferenceRole).toString());
    return refs;
}

} // namespace

class TestListing : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_large; // largeCount charts, ten versions
    int m_caches = 0;

    QString newCache(int charts)
    {
        const QString cache = m_tmp.path() + QStringLiteral("/cache-%1").arg(++m_caches);
        if (charts == 0)
            return cache;
        ChartStore store(cache);
        QList<PackagedChart> packages;
        for (int v = 0; v < 10; ++v) {
            const QString version = QStringLiteral("1.%1.0").arg(v);
            auto packaged = ChartStore::package(
                makeChart(m_tmp.path() + QStringLiteral("/src-") + version, QStringLiteral("bench"), version),
                {});
            if (!packaged)
                qFatal("%s", qPrintable(packaged.error().message()));
            packages.append(*packaged);
        }
        for (int i = 0; i < charts; ++i) {
            const PackagedChart &chart = packages.at(i % packages.size());
            const auto ref = Reference::parse(QStringLiteral("localhost:5000/bench/c%1:%2")
                                                  .arg(i, 4, 10, QLatin1Char('0'))
                                                  .arg(chart.metadata.version));
            if (!ref || !store.commit(chart, *ref))
                qFatal("cannot fill the cache");
        }
        return cache;
    }

    // What the window shows at this moment must not call the cache empty while no listing has completed.
    static bool truthful(const MainWindow &window, QString *why)
    {
        const bool listed = window.loader()->state() == ChartListLoader::State::Listed;
        auto *hint = window.findChild<QLabel *>(QStringLiteral("empty-hint"));
        if (!listed
            && (window.placeholder()->shows() == ListingPlaceholder::Shows::Empty || hint->isVisible())) {
            *why = QStringLiteral("the empty-state hint while reading, %1 rows")
                       .arg(window.model()->rowCount());
            return false;
        }
        if (!listed && window.model()->rowCount() == 0) {
            auto *busy = window.findChild<QProgressBar *>(QStringLiteral("listing-busy"));
            if (!window.placeholder()->isVisible()
                || !window.placeholder()->text().startsWith(QStringLiteral("Reading the cache"))
                || !busy->isVisible() || busy->accessibleName().isEmpty()
                || window.placeholder()->accessibleName() != window.placeholder()->text()) {
                *why = QStringLiteral("no reading state: \"%1\"").arg(window.placeholder()->text());
                return false;
            }
        }
        if (window.model()->rowCount() > 0 && !window.view()->isVisible()) {
            *why = QStringLiteral("rows but no table");
            return false;
        }
        return true;
    }

    // Checks truthful() now and at every change of the model while the window lives.
    static void watchTruth(MainWindow &window, QStringList &lies)
    {
        auto look = [&window, &lies] {
            QString why;
            if (!truthful(window, &why))
                lies.append(why);
        };
        connect(window.model(), &QAbstractItemModel::rowsInserted, &window, look, Qt::QueuedConnection);
        connect(window.model(), &QAbstractItemModel::modelReset, &window, look, Qt::QueuedConnection);
        connect(window.loader(), &ChartListLoader::rowsArrived, &window, look);
        look();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        // A paced listing holds one thread of the global pool at its gate, and Qt's raster painting waits for
        // a thread there: a one-core machine's pool of one would never paint.
        QThreadPool::globalInstance()->setMaxThreadCount(qMax(4, QThread::idealThreadCount()));
        useHome(m_tmp.path() + QStringLiteral("/home"));
        m_large = newCache(largeCount);
    }

    // The hint must not show before the first listing of a full cache completes (it did at once: issue 12).
    void noEmptyHintBeforeTheListingCompletes()
    {
        MainWindow window(m_large);
        auto *hint = window.findChild<QLabel *>(QStringLiteral("empty-hint"));
        QVERIFY(hint);
        QSignalSpy refreshed(&window, &MainWindow::refreshed);
        window.show(); // no event handled yet: the listing cannot have completed
        while (refreshed.isEmpty()) {
            QVERIFY2(!hint->isVisible(), "the empty-state hint while the cache is being read");
            QVERIFY(refreshed.wait(10000) || !refreshed.isEmpty());
        }
        QCOMPARE(window.model()->rowCount(), largeCount);
        QVERIFY(!hint->isVisible());
    }

    void readingStateUntilRowsArriveThenStreamedRowsEqualTheListing()
    {
        Pace pace;
        QStringList lies;
        MainWindow window(m_large, nullptr, {nullptr, pace.gate()});
        QAbstractItemModelTester tester(
            window.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.show();
        watchTruth(window, lies); // from the first moment on
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(window.loader()->isListing());
        // The listing is under way and waits at its first gate: nothing read yet.
        QCoreApplication::processEvents();
        QString why;
        QVERIFY2(truthful(window, &why), qPrintable(why));
        QCOMPARE(window.model()->rowCount(), 0);
        QCOMPARE(window.placeholder()->shows(), ListingPlaceholder::Shows::Reading);
        QVERIFY(window.placeholder()->text() != emptyHintText());
        auto *status = window.findChild<QLabel *>(QStringLiteral("listing-status"));
        QVERIFY(contrastRatio(
                    status->palette().color(QPalette::WindowText), status->palette().color(QPalette::Window))
            >= 4.5); // as readable as the hint (issue 12 item 8)

        pace.pass(); // the first batch
        QTRY_COMPARE(window.model()->rowCount(), 128);
        QVERIFY2(truthful(window, &why), qPrintable(why));
        QCOMPARE(window.loader()->state(), ChartListLoader::State::Reading);
        QVERIFY(window.view()->isVisible());
        pace.pass();
        QTRY_COMPARE(window.model()->rowCount(), 384);
        QVERIFY2(truthful(window, &why), qPrintable(why));

        QSignalSpy refreshed(&window, &MainWindow::refreshed);
        pace.open();
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(window.loader()->state(), ChartListLoader::State::Listed);
        QCOMPARE(window.model()->rowCount(), largeCount);
        QCOMPARE(rowsOf(window.model()->charts()), freshListing(m_large));
        QVERIFY2(lies.isEmpty(), qPrintable(lies.join(QLatin1Char('\n'))));
    }

    void sortingFilteringAndSelectionHoldWhileRowsStream()
    {
        Pace pace;
        MainWindow window(m_large, nullptr, {nullptr, pace.gate()});
        window.show();
        window.view()->sortByColumn(ChartTableModel::Version, Qt::DescendingOrder);
        window.findChild<QLineEdit *>()->setText(QStringLiteral("c01"));
        pace.pass();
        QTRY_COMPARE(window.model()->rowCount(), 128);
        // c0100..c0127 so far; select one of them.
        const QString chosen = QStringLiteral("localhost:5000/bench/c0105:1.5.0");
        const int row = static_cast<int>(proxyReferences(window).indexOf(chosen));
        QVERIFY(row >= 0);
        window.view()->selectRow(row);
        pace.pass();
        QTRY_COMPARE(window.model()->rowCount(), 384);
        QCOMPARE(selectedReferences(window), QStringList {chosen});
        QSignalSpy refreshed(&window, &MainWindow::refreshed);
        pace.open();
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(selectedReferences(window), QStringList {chosen});
        // Every c01xx row, newest version first.
        const QStringList shown = proxyReferences(window);
        QCOMPARE(shown.size(), 100);
        for (qsizetype i = 0; i < shown.size(); ++i) {
            QVERIFY(shown.at(i).contains(QStringLiteral("/c01")));
            if (i > 0) {
                const auto previous = SemVer::parseAsHelm(shown.at(i - 1).section(QLatin1Char(':'), -1));
                const auto current = SemVer::parseAsHelm(shown.at(i).section(QLatin1Char(':'), -1));
                QVERIFY2(previous->compare(*current) >= 0,
                    qPrintable(shown.at(i - 1) + QStringLiteral(" before ") + shown.at(i)));
            }
        }
    }

    void emptyCacheShowsTheHintOnlyAfterItsListing()
    {
        Pace pace;
        QStringList lies;
        MainWindow window(newCache(0), nullptr, {nullptr, pace.gate()});
        window.show();
        watchTruth(window, lies); // from the first moment on
        QTRY_VERIFY(window.loader()->isListing());
        QCoreApplication::processEvents();
        QCOMPARE(window.placeholder()->shows(), ListingPlaceholder::Shows::Reading);
        QVERIFY(!window.findChild<QLabel *>(QStringLiteral("empty-hint"))->isVisible());
        QSignalSpy refreshed(&window, &MainWindow::refreshed);
        pace.open();
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(window.placeholder()->shows(), ListingPlaceholder::Shows::Empty);
        QCOMPARE(window.placeholder()->text(), emptyHintText());
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("empty-hint"))->isVisible());
        QVERIFY(!window.findChild<QProgressBar *>(QStringLiteral("listing-busy"))->isVisible());
        QVERIFY2(lies.isEmpty(), qPrintable(lies.join(QLatin1Char('\n'))));
    }

    void keptListingIsGivenBackOnlyForTheSameIndex()
    {
        const QString cache = newCache(3);
        const ListingCache kept(m_tmp.path() + QStringLiteral("/kept-1"));
        auto listing = ChartStore(cache).list();
        QVERIFY(listing);
        QVERIFY(kept.store(cache, *listing));
        QVERIFY(!kept.fileFor(cache).startsWith(cache));
        auto loaded = kept.load(cache);
        QVERIFY(loaded);
        QCOMPARE(rowsOf(*loaded), rowsOf(listing->charts));
        // Another chart saved: index.json changed, the kept rows are not the cache's any more.
        QVERIFY(ChartStore(cache).save(makeChart(m_tmp.path() + QStringLiteral("/src-more"),
                                           QStringLiteral("more"), QStringLiteral("2.0.0")),
            *Reference::parse(QStringLiteral("localhost:5000/bench/more:2.0.0")), {}));
        QVERIFY(!kept.load(cache));
        // Nor for another cache, nor from a damaged file.
        QVERIFY(!kept.load(m_large));
        QFile file(kept.fileFor(cache));
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(file.size() / 2));
        file.close();
        QVERIFY(!kept.load(cache));
    }

    void keptListingOfAnotherIndexIsNotShown()
    {
        const QString cache = newCache(3);
        auto kept = std::make_shared<const ListingCache>(m_tmp.path() + QStringLiteral("/kept-2"));
        auto listing = ChartStore(cache).list();
        QVERIFY(listing);
        QVERIFY(kept->store(cache, *listing));
        QVERIFY(
            ChartStore(cache).remove(*Reference::parse(QStringLiteral("localhost:5000/bench/c0001:1.1.0"))));
        Pace pace;
        MainWindow window(cache, nullptr, {kept, pace.gate()});
        QSignalSpy checked(window.loader(), &ChartListLoader::keptListingChecked);
        window.show();
        QVERIFY(checked.wait(10000));
        QCOMPARE(checked.first().first().toBool(), false);
        QCOMPARE(window.model()->rowCount(), 0); // not the three kept rows, one of which is gone
        QCOMPARE(window.placeholder()->shows(), ListingPlaceholder::Shows::Reading);
        QSignalSpy refreshed(&window, &MainWindow::refreshed);
        pace.open();
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(rowsOf(window.model()->charts()), freshListing(cache));
        QCOMPARE(window.model()->rowCount(), 2);
        // The fresh listing is kept for the next start.
        QTRY_VERIFY(kept->load(cache).has_value());
        QCOMPARE(rowsOf(*kept->load(cache)), freshListing(cache));
    }

    void keptRowsShowAtOnceAndTheFreshListingReplacesThemInPlace()
    {
        auto kept = std::make_shared<const ListingCache>(m_tmp.path() + QStringLiteral("/kept-3"));
        auto listing = ChartStore(m_large).list();
        QVERIFY(listing);
        QVERIFY(kept->store(m_large, *listing));
        Pace pace;
        QStringList lies;
        MainWindow window(m_large, nullptr, {kept, pace.gate()});
        window.show();
        watchTruth(window, lies); // from the first moment on
        QTRY_COMPARE(window.model()->rowCount(), largeCount); // the kept rows, while the listing waits
        QVERIFY(window.loader()->isListing());
        QCOMPARE(window.loader()->state(), ChartListLoader::State::Reading);
        QVERIFY(window.view()->isVisible());
        window.view()->selectRow(7);
        const QStringList selected = selectedReferences(window);
        QCOMPARE(selected.size(), 1);
        QSignalSpy resets(window.model(), &QAbstractItemModel::modelReset);
        QSignalSpy refreshed(&window, &MainWindow::refreshed);
        pace.open();
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(resets.size(), 0);
        QCOMPARE(selectedReferences(window), selected);
        QCOMPARE(rowsOf(window.model()->charts()), freshListing(m_large));
        QVERIFY2(lies.isEmpty(), qPrintable(lies.join(QLatin1Char('\n'))));
    }

    void appendedBatchesRankVersionsAsOneListing()
    {
        auto listing = ChartStore(m_large).list();
        QVERIFY(listing);
        ChartTableModel whole, batched;
        QAbstractItemModelTester tester(&batched, QAbstractItemModelTester::FailureReportingMode::QtTest);
        whole.setCharts(listing->charts);
        for (qsizetype first = 0; first < listing->charts.size(); first += 50)
            batched.appendCharts(listing->charts.mid(first, 50));
        QCOMPARE(batched.rowCount(), whole.rowCount());
        for (int row = 0; row < whole.rowCount(); ++row)
            QCOMPARE(batched.index(row, ChartTableModel::Version).data(ChartTableModel::SortRole),
                whole.index(row, ChartTableModel::Version).data(ChartTableModel::SortRole));
    }
};

QTEST_MAIN(TestListing)
#include "test_listing.moc"
