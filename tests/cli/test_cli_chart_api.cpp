// charthouse-cli and charts of apiVersion v3 (the chart format Helm's main branch is adding): saving one is
// refused with Helm 4.1.4's reason; one pushed to a real registry (by plain HTTP, as Helm 4 pushes it) pulls,
// lists beside the other cached charts, shows its chart API and exports its files — which Helm 4.1.4 reads.
// (No raw string literals: Qt 6.4's moc fails on them.)
#include "tests/support/ChartApiCharts.h"
#include "tests/support/RegistryServer.h"
#include "tests/support/TestSupport.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QtTest>

using namespace charthouse;
using namespace charthouse::test;

class TestCliChartApi : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_cache;
    std::unique_ptr<RegistryServer> m_registry;
    QNetworkAccessManager m_network;

    ProcessResult cli(const QStringList &args)
    {
        const QString home = m_tmp.path() + QStringLiteral("/home");
        return run(cliPath(), QStringList {QStringLiteral("--cache"), m_cache} + args, homeEnvironment(home));
    }
    static QString out(const ProcessResult &r) { return QString::fromUtf8(r.out); }
    static QString err(const ProcessResult &r) { return QString::fromUtf8(r.err); }

    // One HTTP request to the registry; the reply's status and Location.
    std::pair<int, QUrl> send(const QByteArray &verb, const QUrl &url, const QByteArray &body = {},
        const QByteArray &contentType = "application/octet-stream")
    {
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QUrl location = url.resolved(QUrl(QString::fromUtf8(reply->rawHeader("Location"))));
        return {status, location};
    }

    // The distribution API's monolithic upload: POST for an upload URL, then PUT the blob with its digest.
    bool uploadBlob(const QString &repository, const QByteArray &blob)
    {
        const QUrl base(QStringLiteral("http://%1/v2/%2/blobs/uploads/").arg(m_registry->host(), repository));
        const auto [started, location] = send("POST", base);
        if (started != 202)
            return false;
        QUrl put = location;
        QUrlQuery query(put);
        query.addQueryItem(QStringLiteral("digest"), Digest::of(blob).toString());
        put.setQuery(query);
        return send("PUT", put, blob).first == 201;
    }

    bool pushToRegistry(const QString &repository, const QString &tag, const ChartBlobs &blobs)
    {
        if (!uploadBlob(repository, blobs.config) || !uploadBlob(repository, blobs.layer))
            return false;
        const QUrl manifest(
            QStringLiteral("http://%1/v2/%2/manifests/%3").arg(m_registry->host(), repository, tag));
        return send("PUT", manifest, blobs.manifest, MediaTypes::ociManifest).first == 201;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_cache = m_tmp.path() + QStringLiteral("/cache");
    }

    void savingAV3ChartIsRefusedWithHelmsReason()
    {
        const QString dir = m_tmp.path() + QStringLiteral("/src/next");
        QVERIFY(writeTree(dir, asTree(v3ChartFiles(QStringLiteral("next"), QStringLiteral("0.1.0")))));
        const ProcessResult saved = cli({QStringLiteral("chart"), QStringLiteral("save"), dir,
            QStringLiteral("localhost:5000/r/next:0.1.0")});
        QCOMPARE(saved.exitCode, 1);
        QVERIFY2(err(saved).contains(dir + QStringLiteral("/Chart.yaml: apiVersion \"v3\" is not supported")),
            saved.err.constData());
        QVERIFY2(err(saved).contains(QStringLiteral("Helm 4.1.4"))
                && err(saved).contains(QStringLiteral("\"invalid chart apiVersion\"")),
            saved.err.constData());
        QVERIFY(out(saved).isEmpty());
        QCOMPARE(listTree(m_cache), QStringList()); // nothing written

        // The same refusal as the real Helm 4.1.4, when it is here.
        const QString helm = helmPath(QStringLiteral("4.1.4"));
        if (!helm.isEmpty()) {
            const ProcessResult packaged
                = run(helm, {QStringLiteral("package"), dir, QStringLiteral("-d"), m_tmp.path()},
                    homeEnvironment(m_tmp.path() + QStringLiteral("/home")));
            QCOMPARE(packaged.exitCode, 1);
            QCOMPARE(packaged.err, QByteArray("Error: invalid chart apiVersion\n"));
        }
    }

    void aV3ChartFromARegistryPullsListsShowsAndExports()
    {
        m_registry = std::make_unique<RegistryServer>();
        QString why;
        if (!m_registry->start(&why))
            QSKIP(qPrintable(why));
        // Two ordinary charts in the cache first: the v3 one must not hide them.
        for (const QString &name : {QStringLiteral("alpha"), QStringLiteral("omega")}) {
            const QString dir
                = makeChart(m_tmp.path() + QStringLiteral("/v2"), name, QStringLiteral("1.0.0"));
            QCOMPARE(cli({QStringLiteral("chart"), QStringLiteral("save"), dir,
                             QStringLiteral("localhost:5000/r/") + name})
                         .exitCode,
                0);
        }
        const ChartFiles files = v3ChartFiles(QStringLiteral("next"), QStringLiteral("0.1.0"));
        QVERIFY(pushToRegistry(QStringLiteral("charts/next"), QStringLiteral("0.1.0"),
            chartBlobs(QStringLiteral("next"), v3ChartConfig(QStringLiteral("next"), QStringLiteral("0.1.0")),
                files)));
        const QString ref = m_registry->host() + QStringLiteral("/charts/next:0.1.0");

        const ProcessResult pulled
            = cli({QStringLiteral("chart"), QStringLiteral("pull"), QStringLiteral("--plain-http"), ref});
        QVERIFY2(pulled.exitCode == 0, pulled.err.constData());
        QVERIFY(out(pulled).contains(QStringLiteral("name:    next\nversion: 0.1.0\n")));

        const ProcessResult listed
            = cli({QStringLiteral("chart"), QStringLiteral("list"), QStringLiteral("--strict")});
        QVERIFY2(listed.exitCode == 0 && listed.err.isEmpty(), listed.err.constData());
        for (const QString &row : {ref, QStringLiteral("localhost:5000/r/alpha:1.0.0"),
                 QStringLiteral("localhost:5000/r/omega:1.0.0")})
            QVERIFY2(out(listed).contains(row), listed.out.constData());

        const ProcessResult shown = cli({QStringLiteral("chart"), QStringLiteral("show"), ref});
        QVERIFY2(shown.exitCode == 0, shown.err.constData());
        QVERIFY2(out(shown).contains(QStringLiteral("\nChart API: v3\n")), shown.out.constData());
        QVERIFY(out(shown).contains(QStringLiteral("\"apiVersion\": \"v3\"")));
        const ProcessResult shownJson = cli({QStringLiteral("chart"), QStringLiteral("show"), ref,
            QStringLiteral("-o"), QStringLiteral("json")});
        QCOMPARE(QJsonDocument::fromJson(shownJson.out).object().value(QLatin1String("chartApi")).toString(),
            QStringLiteral("v3"));
        const ProcessResult shownV2 = cli({QStringLiteral("chart"), QStringLiteral("show"),
            QStringLiteral("localhost:5000/r/alpha:1.0.0")});
        QVERIFY2(out(shownV2).contains(QStringLiteral("\nChart API: v2\n")), shownV2.out.constData());

        const QString dest = m_tmp.path() + QStringLiteral("/exported");
        const ProcessResult exported
            = cli({QStringLiteral("chart"), QStringLiteral("export"), ref, QStringLiteral("-d"), dest});
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        QCOMPARE(readTree(dest + QStringLiteral("/next")), asTree(files));

        // Helm 4.1.4 reads the exported chart as the same chart.
        const QString helm = helmPath(QStringLiteral("4.1.4"));
        if (helm.isEmpty())
            QSKIP("Helm 4.1.4 missing (scripts/fetch-helm.sh): the exported chart was not shown to it");
        const ProcessResult helmShown
            = run(helm, {QStringLiteral("show"), QStringLiteral("chart"), dest + QStringLiteral("/next")},
                homeEnvironment(m_tmp.path() + QStringLiteral("/home")));
        QVERIFY2(helmShown.exitCode == 0, helmShown.err.constData());
        for (const char *line : {"apiVersion: v3\n", "name: next\n", "version: 0.1.0\n"})
            QVERIFY2(helmShown.out.contains(line), helmShown.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliChartApi)
#include "test_cli_chart_api.moc"
