// Signed charts across Helm 4.1.4 and charthouse-cli through a real registry, with keys the real gpg made:
// a chart Helm signed and pushed verifies in `chart verify` (the same three lines `helm verify` prints); a
// chart `chart save --sign` signed and `chart push` pushed verifies in `helm pull --verify` and `helm
// verify`; an unsigned chart, a layer that is not the signed one, a provenance edited after signing and a
// keyring without the signer's key each fail with exit 1 and a message of their own; so do a key that has
// expired, a key its owner revoked and a signature that has expired, each of which Helm refuses too.
#include "tests/support/GpgTestKeys.h"
#include "tests/support/RegistryServer.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace charthouse::test;

class TestHelmProvenanceInterop : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    std::unique_ptr<RegistryServer> m_registry;
    GpgTestKey m_alice;
    GpgTestKey m_mallory;

    QStringList env() const { return helmEnvironment(m_tmp.filePath(QStringLiteral("home"))); }
    QString cache() const { return m_tmp.filePath(QStringLiteral("cache")); }
    QString host() const { return m_registry->host(); }

    ProcessResult helm(const QStringList &args)
    {
        return run(helmPath(QStringLiteral("4.1.4")), args, env());
    }
    ProcessResult cli(const QStringList &args)
    {
        return run(cliPath(), QStringList {QStringLiteral("--cache"), cache()} + args, env());
    }

    QString chartDir(const QString &name, const QString &version, const QByteArray &description)
    {
        const QString parent = m_tmp.filePath(QStringLiteral("src-%1-%2").arg(name, version));
        return makeChart(
            parent, name, version, {{QStringLiteral("values.yaml"), "description: " + description + '\n'}});
    }

    // `helm package --sign` of a chart; the .tgz path.
    QString helmPackage(const QString &dir, const QString &out, bool sign)
    {
        QStringList args {QStringLiteral("package"), dir, QStringLiteral("-d"), out};
        if (sign)
            args += {QStringLiteral("--sign"), QStringLiteral("--key"), QStringLiteral("Alice"),
                QStringLiteral("--keyring"), m_alice.secretKeyring};
        const ProcessResult packaged = helm(args);
        if (packaged.exitCode != 0)
            qWarning() << "helm package:" << packaged.err;
        return packaged.exitCode == 0
            ? QDir(out).filePath(QDir(out).entryList({QStringLiteral("*.tgz")}).value(0))
            : QString();
    }

    bool helmPush(const QString &tgz, const QString &repo)
    {
        const ProcessResult pushed = helm({QStringLiteral("push"), tgz,
            QStringLiteral("oci://%1/%2").arg(host(), repo), QStringLiteral("--plain-http")});
        if (pushed.exitCode != 0)
            qWarning() << "helm push:" << pushed.err;
        return pushed.exitCode == 0;
    }

    bool pull(const QString &ref)
    {
        const ProcessResult pulled
            = cli({QStringLiteral("chart"), QStringLiteral("pull"), QStringLiteral("--plain-http"), ref});
        if (pulled.exitCode != 0)
            qWarning() << "chart pull:" << pulled.err;
        return pulled.exitCode == 0;
    }

    ProcessResult verify(const QString &ref, const QString &keyring)
    {
        return cli(
            {QStringLiteral("chart"), QStringLiteral("verify"), ref, QStringLiteral("--keyring"), keyring});
    }

    // Helm pushes the package (and the .prov beside it) to helm/<name>; charthouse-cli pulls and verifies it
    // with Alice's keyring. Exit code -1 when a step before the verify failed.
    ProcessResult pushPullVerify(const QString &tgz, const QString &name)
    {
        const QString ref = host() + QStringLiteral("/helm/%1:0.1.0").arg(name);
        if (tgz.isEmpty() || !helmPush(tgz, QStringLiteral("helm")) || !pull(ref))
            return {};
        return verify(ref, m_alice.publicKeyring);
    }

    // The text a clearsigned provenance signs (its dash-escaped lines restored), to sign again with another
    // key.
    static QByteArray signedText(const QByteArray &provenance)
    {
        const qsizetype start = provenance.indexOf("\n\n") + 2;
        const qsizetype end = provenance.indexOf("\n-----BEGIN PGP SIGNATURE-----");
        QByteArray text;
        for (const QByteArray &line : provenance.mid(start, end - start).split('\n'))
            text += (line.startsWith("- ") ? line.mid(2) : line) + '\n';
        return text;
    }

    static QByteArray readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    static bool writeAll(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    }

private slots:
    void initTestCase()
    {
        if (helmPath(QStringLiteral("4.1.4")).isEmpty())
            QSKIP("real Helm missing: run scripts/fetch-helm.sh");
        if (QStandardPaths::findExecutable(QStringLiteral("gpg")).isEmpty())
            QSKIP("gpg is not installed");
        m_registry = std::make_unique<RegistryServer>();
        QString why;
        if (!m_registry->start(&why))
            QSKIP(qPrintable(why));
        why = makeAliceAndMallory(m_tmp.path(), &m_alice, &m_mallory);
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    void helmSignedVerifiesInCharthouse()
    {
        const QString out = m_tmp.filePath(QStringLiteral("helm-signed"));
        const QString tgz
            = helmPackage(chartDir(QStringLiteral("signed"), QStringLiteral("0.1.0"), "a"), out, true);
        QVERIFY(!tgz.isEmpty());
        QVERIFY(QFile::exists(tgz + QStringLiteral(".prov")));
        const ProcessResult helmVerify
            = helm({QStringLiteral("verify"), tgz, QStringLiteral("--keyring"), m_alice.publicKeyring});
        QCOMPARE(helmVerify.exitCode, 0);
        QVERIFY(helmPush(tgz, QStringLiteral("helm")));
        const QString ref = host() + QStringLiteral("/helm/signed:0.1.0");
        QVERIFY(pull(ref));

        const ProcessResult ours = verify(ref, m_alice.publicKeyring);
        QVERIFY2(ours.exitCode == 0, ours.err.constData());
        QCOMPARE(ours.out, helmVerify.out); // Signed by / Using Key With Fingerprint / Chart Hash Verified
        QVERIFY(ours.out.contains("Signed by: Alice <alice@example.com>\n"));
        QVERIFY(ours.out.contains(
            QByteArray("Using Key With Fingerprint: " + m_alice.fingerprint.toLatin1() + "\n")));

        // The default keyring is Helm's: $GNUPGHOME/pubring.gpg.
        const QString gnupgHome = m_tmp.filePath(QStringLiteral("user-gnupg"));
        QDir().mkpath(gnupgHome);
        QVERIFY(QFile::copy(m_alice.publicKeyring, gnupgHome + QStringLiteral("/pubring.gpg")));
        const ProcessResult byDefault = run(cliPath(),
            {QStringLiteral("--cache"), cache(), QStringLiteral("chart"), QStringLiteral("verify"), ref},
            env() + QStringList {QStringLiteral("GNUPGHOME=") + gnupgHome});
        QVERIFY2(byDefault.exitCode == 0, byDefault.err.constData());
        QCOMPARE(byDefault.out, helmVerify.out);
    }

    void charthouseSignedVerifiesInHelm()
    {
        const QString ref = host() + QStringLiteral("/ours/mine:0.2.0");
        const ProcessResult saved = cli({QStringLiteral("chart"), QStringLiteral("save"),
            chartDir(QStringLiteral("mine"), QStringLiteral("0.2.0"), "b"), ref, QStringLiteral("--sign"),
            QStringLiteral("--key"), QStringLiteral("Alice"), QStringLiteral("--keyring"),
            m_alice.secretKeyring});
        QVERIFY2(saved.exitCode == 0, saved.err.constData());
        const ProcessResult ours = verify(ref, m_alice.publicKeyring);
        QVERIFY2(ours.exitCode == 0, ours.err.constData());
        const ProcessResult pushed
            = cli({QStringLiteral("chart"), QStringLiteral("push"), QStringLiteral("--plain-http"), ref});
        QVERIFY2(pushed.exitCode == 0, pushed.err.constData());

        const QString out = m_tmp.filePath(QStringLiteral("helm-pulled"));
        QVERIFY(QDir().mkpath(out));
        const ProcessResult pulled = helm({QStringLiteral("pull"),
            QStringLiteral("oci://%1/ours/mine").arg(host()), QStringLiteral("--version"),
            QStringLiteral("0.2.0"), QStringLiteral("--plain-http"), QStringLiteral("--verify"),
            QStringLiteral("--keyring"), m_alice.publicKeyring, QStringLiteral("-d"), out});
        QVERIFY2(pulled.exitCode == 0, pulled.err.constData());
        const ProcessResult helmVerify = helm({QStringLiteral("verify"),
            out + QStringLiteral("/mine-0.2.0.tgz"), QStringLiteral("--keyring"), m_alice.publicKeyring});
        QVERIFY2(helmVerify.exitCode == 0, helmVerify.err.constData());
        QCOMPARE(helmVerify.out, ours.out);
    }

    void unsignedChartFails()
    {
        const QString tgz = helmPackage(chartDir(QStringLiteral("plain"), QStringLiteral("0.1.0"), "c"),
            m_tmp.filePath(QStringLiteral("plain")), false);
        const ProcessResult result = pushPullVerify(tgz, QStringLiteral("plain"));
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("is not signed"), result.err.constData());
    }

    void otherLayerThanSignedFails()
    {
        // The signed provenance of one package pushed beside another package of the same name and version.
        const QString signedTgz
            = helmPackage(chartDir(QStringLiteral("swapped"), QStringLiteral("0.1.0"), "d"),
                m_tmp.filePath(QStringLiteral("swapped-signed")), true);
        const QString otherTgz
            = helmPackage(chartDir(QStringLiteral("swapped"), QStringLiteral("0.1.0"), "e"),
                m_tmp.filePath(QStringLiteral("swapped-other")), false);
        QVERIFY(!signedTgz.isEmpty() && !otherTgz.isEmpty());
        QVERIFY(QFile::copy(signedTgz + QStringLiteral(".prov"), otherTgz + QStringLiteral(".prov")));
        QCOMPARE(
            helm({QStringLiteral("verify"), otherTgz, QStringLiteral("--keyring"), m_alice.publicKeyring})
                .exitCode,
            1);
        const ProcessResult result = pushPullVerify(otherTgz, QStringLiteral("swapped"));
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("is not the archive its provenance signs"), result.err.constData());
        QVERIFY(result.err.contains("sha256:"));
    }

    void editedProvenanceFails()
    {
        const QString tgz = helmPackage(chartDir(QStringLiteral("edited"), QStringLiteral("0.1.0"), "f"),
            m_tmp.filePath(QStringLiteral("edited")), true);
        QVERIFY(!tgz.isEmpty());
        QByteArray prov = readAll(tgz + QStringLiteral(".prov"));
        QVERIFY(prov.contains("name: edited"));
        prov.replace("version: 0.1.0", "version: 0.1.1");
        QVERIFY(writeAll(tgz + QStringLiteral(".prov"), prov));
        QCOMPARE(helm({QStringLiteral("verify"), tgz, QStringLiteral("--keyring"), m_alice.publicKeyring})
                     .exitCode,
            1);
        const ProcessResult result = pushPullVerify(tgz, QStringLiteral("edited"));
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("signature does not verify"), result.err.constData());
    }

    void keyringWithoutTheSignerFails()
    {
        const ProcessResult result
            = verify(host() + QStringLiteral("/helm/signed:0.1.0"), m_mallory.publicKeyring);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("which is not in the keyring"), result.err.constData());
        QVERIFY(result.err.contains(m_alice.fingerprint.right(16).toLatin1()));
        QCOMPARE(
            helm({QStringLiteral("verify"), m_tmp.filePath(QStringLiteral("helm-signed/signed-0.1.0.tgz")),
                     QStringLiteral("--keyring"), m_mallory.publicKeyring})
                .exitCode,
            1);
    }

    // A chart Helm packaged and pushed with a provenance signed by `key` (at signedAt, with a signature
    // expiry); what `helm verify` and `chart verify` say of it with the key's public keyring.
    std::pair<ProcessResult, ProcessResult> verifyResigned(const QString &name, const GpgTestKey &key,
        const QString &signedAt, const QString &signatureExpiry, bool revokeAfterSigning = false)
    {
        const QString out = m_tmp.filePath(QStringLiteral("lapsed-") + name);
        const QString tgz = helmPackage(chartDir(name, QStringLiteral("0.1.0"), "lapsed"), out, true);
        const QByteArray prov = clearsignAt(
            m_tmp.path(), key, signedText(readAll(tgz + QStringLiteral(".prov"))), signedAt, signatureExpiry);
        if (tgz.isEmpty() || prov.isEmpty() || !writeAll(tgz + QStringLiteral(".prov"), prov))
            return {};
        if (revokeAfterSigning) {
            if (const QString why = revokeGpgKey(m_tmp.path(), key); !why.isEmpty()) {
                qWarning() << why;
                return {};
            }
        }
        ProcessResult helmVerify
            = helm({QStringLiteral("verify"), tgz, QStringLiteral("--keyring"), key.publicKeyring});
        const QString ref = host() + QStringLiteral("/lapsed/%1:0.1.0").arg(name);
        if (!helmPush(tgz, QStringLiteral("lapsed")) || !pull(ref))
            return {};
        ProcessResult ours = verify(ref, key.publicKeyring);
        qInfo().noquote() << name << "helm verify:" << helmVerify.exitCode << helmVerify.err.trimmed();
        qInfo().noquote() << name << "chart verify:" << ours.exitCode << ours.err.trimmed();
        return {helmVerify, ours};
    }

    void expiredKeyFailsInBoth()
    {
        QString why;
        const GpgTestKey expired = makeGpgKey(m_tmp.path(), QStringLiteral("Expired"), {}, &why,
            {QStringLiteral("20200101T000000"), QStringLiteral("1d")});
        QVERIFY2(!expired.fingerprint.isEmpty(), qPrintable(why));
        const auto [helmVerify, ours] = verifyResigned(
            QStringLiteral("expiredkey"), expired, QStringLiteral("20200101T010000"), QStringLiteral("0"));
        QVERIFY(helmVerify.exitCode > 0); // Helm: "key expired" or "signature made by unknown entity"
        QCOMPARE(ours.exitCode, 1);
        QVERIFY2(ours.err.contains("key expired on 2020-01-02"), ours.err.constData());
        QVERIFY(ours.err.contains(expired.fingerprint.toLatin1()));
    }

    void revokedKeyFailsInBoth()
    {
        QString why;
        const GpgTestKey revoked = makeGpgKey(m_tmp.path(), QStringLiteral("Revoked"), {}, &why);
        QVERIFY2(!revoked.fingerprint.isEmpty(), qPrintable(why));
        const auto [helmVerify, ours]
            = verifyResigned(QStringLiteral("revokedkey"), revoked, {}, QStringLiteral("0"), true);
        QCOMPARE(helmVerify.exitCode, 1);
        QVERIFY2(helmVerify.err.contains("revoked"), helmVerify.err.constData());
        QCOMPARE(ours.exitCode, 1);
        QVERIFY2(ours.err.contains("has revoked that key"), ours.err.constData());
    }

    void expiredSignatureFailsInBoth()
    {
        QString why;
        const GpgTestKey aging = makeGpgKey(
            m_tmp.path(), QStringLiteral("Aging"), {}, &why, {QStringLiteral("20200101T000000")});
        QVERIFY2(!aging.fingerprint.isEmpty(), qPrintable(why));
        const auto [helmVerify, ours] = verifyResigned(
            QStringLiteral("expiredsig"), aging, QStringLiteral("20200101T010000"), QStringLiteral("1d"));
        QCOMPARE(helmVerify.exitCode, 1);
        QVERIFY2(helmVerify.err.contains("signature expired"), helmVerify.err.constData());
        QCOMPARE(ours.exitCode, 1);
        QVERIFY2(ours.err.contains("signature expired on 2020-01-02"), ours.err.constData());
    }

    void missingKeyringFails()
    {
        const ProcessResult result = verify(
            host() + QStringLiteral("/helm/signed:0.1.0"), m_tmp.filePath(QStringLiteral("nothing.gpg")));
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("nothing.gpg"), result.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestHelmProvenanceInterop)
#include "test_helm_provenance_interop.moc"
