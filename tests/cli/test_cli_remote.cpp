// charthouse-cli's remote commands against real docker-registry servers: `chart tags` (one tag a line, newest
// first; --output table|json described; --stable), `repo list` (catalog), `chart delete` (naming the tags on the
// digest; refused where deletes are disabled), `chart copy` and `chart tag`, each with its output and exit codes.
// (No raw string literals: Qt 6.4's moc fails on them.)
#include "core/registry/RegistryClient.h"
#include "tests/support/RegistryServer.h"
#include "tests/support/RemoteCharts.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace charthouse;
using namespace charthouse::test;

class TestCliRemote : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    std::unique_ptr<RegistryServer> m_registry;
    QString host() const { return m_registry->host(); }

    ProcessResult cli(const QStringList &args)
    {
        const QString home = m_tmp.path() + QStringLiteral("/home");
        return run(cliPath(), QStringList {QStringLiteral("--cache"), m_tmp.path() + QStringLiteral("/cache")} + args,
            homeEnvironment(home) + QStringList {QStringLiteral("XDG_CACHE_HOME=") + home + QStringLiteral("/xdg-cache")});
    }
    static QString out(const ProcessResult &r) { return QString::fromUtf8(r.out); }
    static QString err(const ProcessResult &r) { return QString::fromUtf8(r.err); }

    QByteArray push(const QString &repository, const QString &tag, bool provenance = false)
    {
        RegistryClient client;
        QString why;
        const QByteArray bytes = pushRemoteChart(client, *Reference::parseRepository(host() + QLatin1Char('/') + repository), tag,
            RemoteChart {QString(tag).replace(QLatin1Char('_'), QLatin1Char('+')), provenance}, &why);
        if (bytes.isEmpty())
            qWarning() << why;
        return bytes;
    }

private slots:
    void initTestCase()
    {
        m_registry = std::make_unique<RegistryServer>();
        QString why;
        if (!m_registry->start(&why))
            QSKIP(qPrintable(why));
        for (const QString &tag : {QStringLiteral("1.2.0"), QStringLiteral("1.10.0"), QStringLiteral("2.0.0-beta.1"), QStringLiteral("1.2.0_build.7")})
            QVERIFY(!push(QStringLiteral("tags/app"), tag).isEmpty());
    }

    void tagsPlainAreNewestFirst()
    {
        const auto r = cli({QStringLiteral("chart"), QStringLiteral("tags"), host() + QStringLiteral("/tags/app")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(out(r), QStringLiteral("2.0.0-beta.1\n1.10.0\n1.2.0\n1.2.0+build.7\n"));
        const auto stable = cli({QStringLiteral("chart"), QStringLiteral("tags"), QStringLiteral("--stable"), host() + QStringLiteral("/tags/app")});
        QCOMPARE(out(stable), QStringLiteral("1.10.0\n1.2.0\n1.2.0+build.7\n"));
    }

    void tagsTableAndJson()
    {
        const auto table = cli({QStringLiteral("chart"), QStringLiteral("tags"), QStringLiteral("--output"), QStringLiteral("table"), host() + QStringLiteral("/tags/app")});
        QVERIFY2(table.exitCode == 0, table.err.constData());
        const QStringList lines = out(table).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        QVERIFY2(lines[0].startsWith(QStringLiteral("TAG")) && lines[0].contains(QStringLiteral("APP VERSION"))
                && lines[0].contains(QStringLiteral("DIGEST")) && lines[0].contains(QStringLiteral("DESCRIPTION")),
            qPrintable(lines[0]));
        QVERIFY2(lines[2].startsWith(QStringLiteral("1.10.0")) && lines[2].contains(QStringLiteral("app-1.10.0"))
                && lines[2].contains(QStringLiteral("App 1.10.0")),
            qPrintable(lines[2]));

        const auto json = cli({QStringLiteral("chart"), QStringLiteral("tags"), QStringLiteral("-o"), QStringLiteral("json"), host() + QStringLiteral("/tags/app")});
        QVERIFY2(json.exitCode == 0, json.err.constData());
        const QJsonArray array = QJsonDocument::fromJson(json.out).array();
        QCOMPARE(array.size(), 4);
        const QJsonObject build = array.at(3).toObject();
        QCOMPARE(build.value(QStringLiteral("tag")).toString(), QStringLiteral("1.2.0+build.7"));
        QCOMPARE(build.value(QStringLiteral("version")).toString(), QStringLiteral("1.2.0+build.7"));
        QCOMPARE(build.value(QStringLiteral("name")).toString(), QStringLiteral("app"));
        QVERIFY(build.value(QStringLiteral("digest")).toString().startsWith(QStringLiteral("sha256:")));
        QCOMPARE(build.value(QStringLiteral("created")).toString(), QStringLiteral("2026-01-02T03:04:05Z"));
        QVERIFY(build.value(QStringLiteral("size")).toInteger() > 0);
        QVERIFY(array.at(0).toObject().value(QStringLiteral("prerelease")).toBool());

        const auto bad = cli({QStringLiteral("chart"), QStringLiteral("tags"), QStringLiteral("-o"), QStringLiteral("yaml"), host() + QStringLiteral("/tags/app")});
        QCOMPARE(bad.exitCode, 2);
        const auto missing = cli({QStringLiteral("chart"), QStringLiteral("tags"), host() + QStringLiteral("/no/such")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(err(missing).startsWith(QStringLiteral("Error: ")), missing.err.constData());
    }

    // A listing less than 10 minutes old is trusted (a tag moved since shows its last digest) until --refresh.
    void tagsRefreshSeesAMovedTag()
    {
        QVERIFY(!push(QStringLiteral("fresh/app"), QStringLiteral("1.0.0")).isEmpty());
        const QStringList args {QStringLiteral("chart"), QStringLiteral("tags"), QStringLiteral("-o"), QStringLiteral("json"),
            host() + QStringLiteral("/fresh/app")};
        auto digestOf = [](const ProcessResult &r) {
            return QJsonDocument::fromJson(r.out).array().at(0).toObject().value(QStringLiteral("digest")).toString();
        };
        const auto first = cli(args);
        QVERIFY2(first.exitCode == 0, first.err.constData());
        const QString before = digestOf(first);
        const QString moved = Digest::of(push(QStringLiteral("fresh/app"), QStringLiteral("1.0.0"), true)).toString();
        QVERIFY(moved != before);
        const auto again = cli(args);
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QCOMPARE(digestOf(again), before);
        const auto refreshed = cli(args + QStringList {QStringLiteral("--refresh")});
        QVERIFY2(refreshed.exitCode == 0, refreshed.err.constData());
        QCOMPARE(digestOf(refreshed), moved);
        QCOMPARE(digestOf(cli(args)), moved);
    }

    void repoListUsesTheCatalog()
    {
        const auto r = cli({QStringLiteral("repo"), QStringLiteral("list"), host()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(out(r).split(QLatin1Char('\n')).contains(QStringLiteral("tags/app")));
        QVERIFY2(err(r).isEmpty(), r.err.constData());
        const auto json = cli({QStringLiteral("repo"), QStringLiteral("list"), QStringLiteral("--output"), QStringLiteral("json"), host()});
        const QJsonObject o = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(o.value(QStringLiteral("source")).toString(), QStringLiteral("catalog"));
        QVERIFY(o.value(QStringLiteral("repositories")).toArray().contains(QStringLiteral("tags/app")));
        QCOMPARE(cli({QStringLiteral("repo"), QStringLiteral("list")}).exitCode, 2);
        const auto unreachable = cli({QStringLiteral("repo"), QStringLiteral("list"), QStringLiteral("127.0.0.1:%1").arg(freePort())});
        QCOMPARE(unreachable.exitCode, 1);
    }

    void repoListFallsBackWhereTheCatalogIsDenied()
    {
        RegistryServer locked(RegistryServer::Options::htpasswd(QStringLiteral("me"), QStringLiteral("Pass-1234")));
        QString why;
        QVERIFY2(locked.start(&why), qPrintable(why));
        const QString chart = makeChart(m_tmp.path() + QStringLiteral("/locked"), QStringLiteral("kept"), QStringLiteral("0.1.0"));
        QCOMPARE(cli({QStringLiteral("chart"), QStringLiteral("save"), chart, locked.host() + QStringLiteral("/team/kept:0.1.0")}).exitCode, 0);
        const auto r = cli({QStringLiteral("repo"), QStringLiteral("list"), locked.host()});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(out(r), QStringLiteral("team/kept\n"));
        QVERIFY2(err(r).startsWith(QStringLiteral("Warning: ")) && err(r).contains(QStringLiteral("showing the 1 known here")), r.err.constData());
        const auto json = cli({QStringLiteral("repo"), QStringLiteral("list"), QStringLiteral("-o"), QStringLiteral("json"), locked.host()});
        QCOMPARE(QJsonDocument::fromJson(json.out).object().value(QStringLiteral("source")).toString(), QStringLiteral("local"));
    }

    void copyAndTagKeepTheDigest()
    {
        const QByteArray bytes = push(QStringLiteral("copy/src"), QStringLiteral("1.0.0"), true);
        const QString digest = Digest::of(bytes).toString();
        const auto copied = cli({QStringLiteral("chart"), QStringLiteral("copy"), host() + QStringLiteral("/copy/src:1.0.0"), host() + QStringLiteral("/copy/dst")});
        QVERIFY2(copied.exitCode == 0, copied.err.constData());
        QCOMPARE(out(copied), QStringLiteral("Copied %1/copy/src:1.0.0 to %1/copy/dst:1.0.0\ndigest: %2\n").arg(host(), digest));
        const auto tagged = cli({QStringLiteral("chart"), QStringLiteral("tag"), host() + QStringLiteral("/copy/dst:1.0.0"), QStringLiteral("stable")});
        QVERIFY2(tagged.exitCode == 0, tagged.err.constData());
        QCOMPARE(out(tagged), QStringLiteral("Tagged %1/copy/dst:1.0.0 to %1/copy/dst:stable\ndigest: %2\n").arg(host(), digest));
        const auto tags = cli({QStringLiteral("chart"), QStringLiteral("tags"), host() + QStringLiteral("/copy/dst")});
        QCOMPARE(out(tags), QStringLiteral("1.0.0\nstable\n"));
        QCOMPARE(cli({QStringLiteral("chart"), QStringLiteral("tag"), host() + QStringLiteral("/copy/dst:1.0.0"), QStringLiteral("bad tag")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("chart"), QStringLiteral("copy"), host() + QStringLiteral("/copy/src:9.9.9"), host() + QStringLiteral("/copy/dst")}).exitCode, 1);
    }

    void deleteNamesTheTagsThatGo()
    {
        const QByteArray bytes = push(QStringLiteral("del/app"), QStringLiteral("1.0.0"));
        QVERIFY(!push(QStringLiteral("del/app"), QStringLiteral("2.0.0")).isEmpty());
        QVERIFY(cli({QStringLiteral("chart"), QStringLiteral("tag"), host() + QStringLiteral("/del/app:1.0.0"), QStringLiteral("old")}).exitCode == 0);
        const auto deleted = cli({QStringLiteral("chart"), QStringLiteral("delete"), host() + QStringLiteral("/del/app:old")});
        QVERIFY2(deleted.exitCode == 0, deleted.err.constData());
        const QString digest = Digest::of(bytes).toString();
        QCOMPARE(out(deleted), QStringLiteral("Deleting %1/del/app@%2 (tags: 1.0.0, old)\nDeleted %1/del/app@%2\n").arg(host(), digest));
        QCOMPARE(out(cli({QStringLiteral("chart"), QStringLiteral("tags"), host() + QStringLiteral("/del/app")})), QStringLiteral("2.0.0\n"));
        QCOMPARE(cli({QStringLiteral("chart"), QStringLiteral("delete"), host() + QStringLiteral("/del/app")}).exitCode, 1); // no tag, no digest
    }

    void deleteRefusedByTheRegistry()
    {
        RegistryServer noDelete(RegistryServer::Options::withoutDeletes());
        QString why;
        QVERIFY2(noDelete.start(&why), qPrintable(why));
        QVERIFY2(!pushRemoteChart(*Reference::parseRepository(noDelete.host() + QStringLiteral("/keep/app")), QStringLiteral("1.0.0"), &why).isEmpty(), qPrintable(why));
        const auto refused = cli({QStringLiteral("chart"), QStringLiteral("delete"), noDelete.host() + QStringLiteral("/keep/app:1.0.0")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(err(refused).contains(QStringLiteral("does not allow deleting")), refused.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliRemote)
#include "test_cli_remote.moc"
