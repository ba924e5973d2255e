// Signatures in the registry browser against a real registry (docker-registry) and keys the real gpg made:
// a version with a provenance layer carries a "Signed" badge (words, not a colour); "Verify signature" on a
// selected version fetches its chart and provenance layers into a temporary store (the chart cache stays
// untouched) and says in the panel whether it verifies, who signed it, the key and that the archive's hash
// matches; the keyring it uses is read when the check starts. A chart Helm 4.1.4 signed and pushed verifies
// too, where that Helm is installed.
#include "tests/ui/BrowserFixture.h"
#include "core/jobs/PushJob.h"
#include "core/registry/RegistryClient.h"
#include "core/store/ChartStore.h"
#include "tests/support/GpgTestKeys.h"
#include "tests/support/JobTestSupport.h"
#include "tests/support/RegistryServer.h"
#include "tests/support/TestSupport.h"
#include "ui/RegistryBrowser.h"
#include "ui/VersionsModel.h"
#include "ui/VersionsPanel.h"

#include <QDir>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace charthouse;
using namespace charthouse::test;

class TestBrowserSignature : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    std::unique_ptr<RegistryServer> m_registry;
    QTranslator m_english;
    RegistryClient m_client;
    QList<Job *> m_jobs;
    GpgTestKey m_alice;
    GpgTestKey m_mallory;
    QString m_keyring; // what the panel reads when a check starts

    QString cacheRoot() const { return m_tmp.filePath(QStringLiteral("cache")); }
    Reference repository(const QString &name) const
    {
        return *Reference::parseRepository(m_registry->host() + QLatin1Char('/') + name);
    }

    std::unique_ptr<RegistryBrowser> browser()
    {
        auto made = std::make_unique<RegistryBrowser>(new QWidget,
            RegistryBrowser::Services {
                cacheRoot(), m_tmp.filePath(QStringLiteral("remote")), &m_client, [this](Job *job) {
                    m_jobs.append(job);
                    job->start();
                },
                {}, 0});
        made->versions()->setSignatureKeyring([this] { return m_keyring; });
        made->toggleAction()->setChecked(true);
        made->show();
        return made;
    }

    // Saves a chart (signed by key when given) into a store of its own and pushes it to name:version.
    bool pushChart(const QString &name, const QString &version, const GpgTestKey *key, QString *why)
    {
        const QString store = m_tmp.filePath(QStringLiteral("push-store"));
        const Reference ref = repository(name).withTag(version);
        SaveOptions options;
        if (key)
            options.signing = SigningKey {key->secretKeyring, key->userId, {}};
        const QString chart = makeChart(m_tmp.filePath(QStringLiteral("src-") + name), name, version);
        if (auto saved = ChartStore(store).save(chart, ref, options); !saved) {
            *why = saved.error().message();
            return false;
        }
        PushJob push(store, ref, &m_client);
        if (!runToEnd(push)) {
            *why = push.error() ? push.error()->message() : QStringLiteral("push did not finish");
            return false;
        }
        return true;
    }

    static QString badges(const VersionsPanel *panel)
    {
        return panel->view()->model()->index(0, VersionsModel::BadgesColumn).data().toString();
    }

    // Selects the only version shown, checks its signature and returns what the panel says then.
    static QString verify(VersionsPanel *panel)
    {
        panel->view()->selectRow(0);
        QSignalSpy checked(panel, &VersionsPanel::signatureChecked);
        panel->verifySelected();
        if (!checked.wait(30000))
            return QStringLiteral("(not checked)");
        return panel->message();
    }

private slots:
    void cleanupTestCase()
    {
        qDeleteAll(m_jobs);
        m_jobs.clear();
    }

    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("gpg")).isEmpty())
            QSKIP("gpg is not installed");
        qputenv("XDG_CONFIG_HOME", m_tmp.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_CACHE_HOME", m_tmp.filePath(QStringLiteral("xdg-cache")).toUtf8());
        qputenv("DOCKER_CONFIG", m_tmp.filePath(QStringLiteral("docker")).toUtf8());
        QVERIFY(m_english.load(QStringLiteral(":/i18n/charthouse_en.qm")));
        QCoreApplication::installTranslator(&m_english);
        m_registry = std::make_unique<RegistryServer>();
        QString why;
        if (!m_registry->start(&why))
            QSKIP(qPrintable(why));
        why = makeAliceAndMallory(m_tmp.path(), &m_alice, &m_mallory);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QVERIFY2(
            pushChart(QStringLiteral("signed"), QStringLiteral("1.0.0"), &m_alice, &why), qPrintable(why));
        QVERIFY2(pushChart(QStringLiteral("plain"), QStringLiteral("1.0.0"), nullptr, &why), qPrintable(why));
    }

    void signedVersionHasABadgeAndVerifies()
    {
        auto window = browser();
        QVERIFY(listVersions(*window, repository(QStringLiteral("signed"))));
        VersionsPanel *panel = window->versions();
        QVERIFY2(badges(panel).contains(QStringLiteral("Signed")), qPrintable(badges(panel)));
        m_keyring = m_alice.publicKeyring;
        const QString verdict = verify(panel);
        QVERIFY2(verdict.contains(QStringLiteral("verified")), qPrintable(verdict));
        QVERIFY2(verdict.contains(m_alice.userId), qPrintable(verdict));
        QVERIFY2(verdict.contains(m_alice.fingerprint), qPrintable(verdict));
        QVERIFY2(verdict.contains(QStringLiteral("SHA-256 matches")), qPrintable(verdict));
        // The layers went to the panel's temporary store, not the chart cache.
        QVERIFY(!QFileInfo::exists(QDir(cacheRoot()).filePath(QStringLiteral("index.json"))));

        // The keyring is read when a check starts: another keyring, another verdict.
        m_keyring = m_mallory.publicKeyring;
        const QString unknown = verify(panel);
        QVERIFY2(unknown.contains(QStringLiteral("not in the keyring")), qPrintable(unknown));
    }

    void unsignedVersionHasNoBadgeAndSaysSo()
    {
        auto window = browser();
        QVERIFY(listVersions(*window, repository(QStringLiteral("plain"))));
        VersionsPanel *panel = window->versions();
        QVERIFY2(!badges(panel).contains(QStringLiteral("Signed")), qPrintable(badges(panel)));
        m_keyring = m_alice.publicKeyring;
        const QString verdict = verify(panel);
        QVERIFY2(verdict.contains(QStringLiteral("not signed")), qPrintable(verdict));
    }

    void helmSignedVersionVerifies()
    {
        const QString helm = helmPath(QStringLiteral("4.1.4"));
        if (helm.isEmpty())
            QSKIP("real Helm missing: run scripts/fetch-helm.sh");
        const QStringList env = helmEnvironment(m_tmp.filePath(QStringLiteral("helm-home")));
        const QString out = m_tmp.filePath(QStringLiteral("helm-out"));
        const QString chart = makeChart(
            m_tmp.filePath(QStringLiteral("src-helm")), QStringLiteral("byhelm"), QStringLiteral("0.1.0"));
        const ProcessResult packaged = run(helm,
            {QStringLiteral("package"), chart, QStringLiteral("-d"), out, QStringLiteral("--sign"),
                QStringLiteral("--key"), QStringLiteral("Alice"), QStringLiteral("--keyring"),
                m_alice.secretKeyring},
            env);
        QVERIFY2(packaged.exitCode == 0, packaged.err.constData());
        const ProcessResult pushed = run(helm,
            {QStringLiteral("push"), QDir(out).filePath(QStringLiteral("byhelm-0.1.0.tgz")),
                QStringLiteral("oci://%1/helm").arg(m_registry->host()), QStringLiteral("--plain-http")},
            env);
        QVERIFY2(pushed.exitCode == 0, pushed.err.constData());
        auto window = browser();
        QVERIFY(listVersions(*window, repository(QStringLiteral("helm/byhelm"))));
        VersionsPanel *panel = window->versions();
        QVERIFY2(badges(panel).contains(QStringLiteral("Signed")), qPrintable(badges(panel)));
        m_keyring = m_alice.publicKeyring;
        const QString verdict = verify(panel);
        QVERIFY2(verdict.contains(QStringLiteral("verified")), qPrintable(verdict));
        QVERIFY2(verdict.contains(m_alice.fingerprint), qPrintable(verdict));
    }
};

QTEST_MAIN(TestBrowserSignature)
#include "test_browser_signature.moc"
