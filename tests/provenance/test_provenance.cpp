// ProvenanceSigner and ProvenanceVerifier against keys the real gpg made: each outcome distinct, the user's
// GnuPG home and the keyring file untouched, no private home left behind.
#include "core/oci/Digest.h"
#include "core/provenance/DefaultKeyring.h"
#include "core/provenance/KeyringCheck.h"
#include "core/provenance/ProvenanceMessage.h"
#include "core/provenance/ProvenanceSigner.h"
#include "core/provenance/ProvenanceVerifier.h"
#include "tests/support/GpgTestKeys.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace charthouse;
using namespace charthouse::test;
using Outcome = ProvenanceCheck::Outcome;

class TestProvenance : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    GpgTestKey m_alice;
    GpgTestKey m_mallory;
    GpgTestKey m_locked;
    GpgTestKey m_expired; // made on 2020-01-01, expired a day later
    GpgTestKey m_revoked; // revoked by its owner after it signed m_revokedProv
    GpgTestKey m_old; // made on 2020-01-01, never expires
    QByteArray m_revokedProv;
    const QByteArray m_archive = QByteArray(5000, 'a') + "chart bytes";
    const QString m_fileName = QStringLiteral("mychart-0.1.0.tgz");
    const QByteArray m_metadata = "apiVersion: v2\nname: mychart\nversion: 0.1.0\nkeywords:\n- one\n";

    QByteArray signWith(const GpgTestKey &key, PassphraseSource passphrase = {})
    {
        auto prov = ProvenanceSigner::sign(m_archive, m_fileName, m_metadata,
            SigningKey {key.secretKeyring, key.userId, std::move(passphrase)});
        if (!prov)
            qWarning() << prov.error().message();
        return prov ? *prov : QByteArray();
    }

    static ProvenanceCheck check(const QString &keyring, const QByteArray &archive, const QByteArray &prov,
        const QString &fileName = QStringLiteral("mychart-0.1.0.tgz"))
    {
        auto result = ProvenanceVerifier(keyring).verify(archive, prov, fileName);
        if (!result)
            qWarning() << result.error().message();
        return result ? *result : ProvenanceCheck {};
    }

    // The private homes made since `before` that are still there (other processes' come and go too).
    static bool leftSince(const QStringList &before)
    {
        const QStringList now = privateHomes();
        for (const QString &home : now)
            if (!before.contains(home))
                return true;
        return false;
    }

    static QStringList privateHomes()
    {
        return QDir(QStringLiteral("/tmp"))
            .entryList({QStringLiteral("charthouse-gpg-*")}, QDir::AllEntries | QDir::Hidden);
    }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("gpg")).isEmpty())
            QSKIP("gpg is not installed");
        QList<GpgTestKey> keys;
        const QString why = makeGpgKeys(m_tmp.path(),
            {{QStringLiteral("Alice"), {}}, {QStringLiteral("Mallory"), {}},
                {QStringLiteral("Locked"), QStringLiteral("s3cret")}},
            &keys);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        m_alice = keys.at(0);
        m_mallory = keys.at(1);
        m_locked = keys.at(2);
        m_expired = makeGpgKey(m_tmp.path(), QStringLiteral("Expired"), {}, nullptr,
            {QStringLiteral("20200101T000000"), QStringLiteral("1d")});
        m_old = makeGpgKey(
            m_tmp.path(), QStringLiteral("Old"), {}, nullptr, {QStringLiteral("20200101T000000")});
        m_revoked = makeGpgKey(m_tmp.path(), QStringLiteral("Revoked"), {}, nullptr);
        QVERIFY(!m_expired.fingerprint.isEmpty() && !m_old.fingerprint.isEmpty()
            && !m_revoked.fingerprint.isEmpty());
        m_revokedProv = signWith(m_revoked);
        QVERIFY(!m_revokedProv.isEmpty());
        const QString revokeWhy = revokeGpgKey(m_tmp.path(), m_revoked);
        QVERIFY2(revokeWhy.isEmpty(), qPrintable(revokeWhy));
    }

    // A provenance for m_archive signed by key at a time in the past, as Helm's would be.
    QByteArray signedIn2020(const GpgTestKey &key, const QString &signatureExpiry = QStringLiteral("0"))
    {
        return clearsignAt(m_tmp.path(), key, ProvenanceMessage::build(m_archive, m_fileName, m_metadata),
            QStringLiteral("20200101T010000"), signatureExpiry);
    }

    void pastSignatureOfLiveKeyVerifies()
    {
        // The control for the three below: gpg's faked time alone does not fail a check.
        const ProvenanceCheck result = check(m_old.publicKeyring, m_archive, signedIn2020(m_old));
        QCOMPARE(result.outcome, Outcome::Verified);
        QCOMPARE(result.created, QDateTime(QDate(2020, 1, 1), QTime(1, 0), Qt::UTC));
    }

    void expiredKeyIsKeyExpired()
    {
        const ProvenanceCheck result = check(m_expired.publicKeyring, m_archive, signedIn2020(m_expired));
        QCOMPARE(result.outcome, Outcome::KeyExpired);
        QCOMPARE(result.fingerprint, m_expired.fingerprint);
        QCOMPARE(result.signers, QStringList {m_expired.userId});
        QCOMPARE(result.expired.date(), QDate(2020, 1, 2));
    }

    void revokedKeyIsKeyRevoked()
    {
        const ProvenanceCheck result = check(m_revoked.publicKeyring, m_archive, m_revokedProv);
        QCOMPARE(result.outcome, Outcome::KeyRevoked);
        QCOMPARE(result.fingerprint, m_revoked.fingerprint);
        QCOMPARE(result.signers, QStringList {m_revoked.userId});
    }

    void expiredSignatureIsSignatureExpired()
    {
        const ProvenanceCheck result
            = check(m_old.publicKeyring, m_archive, signedIn2020(m_old, QStringLiteral("1d")));
        QCOMPARE(result.outcome, Outcome::SignatureExpired);
        QCOMPARE(result.fingerprint, m_old.fingerprint);
        QCOMPARE(result.expired, QDateTime(QDate(2020, 1, 2), QTime(1, 0), Qt::UTC));
    }

    void signedVerifies()
    {
        const QByteArray prov = signWith(m_alice);
        QVERIFY(prov.startsWith("-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA512\n"));
        const QByteArray filesLine
            = QByteArray("files:\n  mychart-0.1.0.tgz: ") + Digest::of(m_archive).toString().toLatin1();
        QVERIFY(prov.contains(filesLine));
        const ProvenanceCheck result = check(m_alice.publicKeyring, m_archive, prov);
        QCOMPARE(result.outcome, Outcome::Verified);
        QCOMPARE(result.signers, QStringList {m_alice.userId});
        QCOMPARE(result.fingerprint, m_alice.fingerprint);
        QCOMPARE(result.expectedSha256, Digest::of(m_archive).toString());
        QVERIFY(qAbs(result.created.secsTo(QDateTime::currentDateTimeUtc())) < 600);
    }

    void armoredKeyringVerifies()
    {
        const QString armored = m_tmp.filePath(QStringLiteral("alice.asc"));
        const ProcessResult exported = run(QStringLiteral("gpg"),
            {QStringLiteral("--homedir"), m_tmp.filePath(QStringLiteral("Alice-gnupg")),
                QStringLiteral("--batch"), QStringLiteral("--armor"), QStringLiteral("--output"), armored,
                QStringLiteral("--export")});
        QCOMPARE(exported.exitCode, 0);
        run(QStringLiteral("gpgconf"),
            {QStringLiteral("--homedir"), m_tmp.filePath(QStringLiteral("Alice-gnupg")),
                QStringLiteral("--kill"), QStringLiteral("all")});
        QCOMPARE(check(armored, m_archive, signWith(m_alice)).outcome, Outcome::Verified);
    }

    void unsignedIsUnsigned()
    {
        QCOMPARE(check(m_alice.publicKeyring, m_archive, {}).outcome, Outcome::Unsigned);
    }

    void tamperedArchiveMismatches()
    {
        const ProvenanceCheck result
            = check(m_alice.publicKeyring, QByteArray(m_archive + QByteArray("!")), signWith(m_alice));
        QCOMPARE(result.outcome, Outcome::ArchiveMismatch);
        QCOMPARE(result.expectedSha256, Digest::of(m_archive).toString());
        QCOMPARE(result.actualSha256, Digest::of(QByteArray(m_archive + QByteArray("!"))).toString());
        QCOMPARE(result.fingerprint, m_alice.fingerprint); // the signature itself was good
    }

    void otherKeyIsUnknown()
    {
        const ProvenanceCheck result = check(m_alice.publicKeyring, m_archive, signWith(m_mallory));
        QCOMPARE(result.outcome, Outcome::UnknownKey);
        QVERIFY2(m_mallory.fingerprint.endsWith(result.keyId), qPrintable(result.keyId));
        QVERIFY(result.keyId.size() >= 16);
    }

    void editedBodyIsBadSignature()
    {
        QByteArray prov = signWith(m_alice);
        prov.replace("name: mychart", "name: yourchart");
        const ProvenanceCheck result = check(m_alice.publicKeyring, m_archive, prov);
        QCOMPARE(result.outcome, Outcome::BadSignature);
        QVERIFY(!result.why.isEmpty());
    }

    void malformedIsMalformed()
    {
        QCOMPARE(check(m_alice.publicKeyring, m_archive, "not a provenance").outcome, Outcome::Malformed);
        QCOMPARE(check(m_alice.publicKeyring, m_archive,
                     QByteArray(ProvenanceVerifier::maxProvenanceSize + 1, 'x'))
                     .outcome,
            Outcome::Malformed);
        const ProvenanceCheck otherName
            = check(m_alice.publicKeyring, m_archive, signWith(m_alice), QStringLiteral("other-1.0.0.tgz"));
        QCOMPARE(otherName.outcome, Outcome::Malformed);
        QVERIFY(otherName.why.contains(QStringLiteral("other-1.0.0.tgz")));
    }

    void missingKeyringIsAnError()
    {
        auto result = ProvenanceVerifier(m_tmp.filePath(QStringLiteral("none.gpg")))
                          .verify(m_archive, signWith(m_alice), m_fileName);
        QVERIFY(!result);
        QCOMPARE(result.error().code(), Error::Code::NotFound);
    }

    void keyringIsCheckedInAdvance()
    {
        QCOMPARE(*keyringKeyCount(m_alice.publicKeyring), 1);
        auto missing = keyringKeyCount(m_tmp.filePath(QStringLiteral("none.gpg")));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code(), Error::Code::NotFound);
        const QString notKeys = m_tmp.filePath(QStringLiteral("notes.txt"));
        QFile notes(notKeys);
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("not a keyring\n");
        notes.close();
        auto wrong = keyringKeyCount(notKeys);
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code(), Error::Code::InvalidInput);
    }

    void passphraseProtectedKey()
    {
        const SigningKey noAnswer {m_locked.secretKeyring, QStringLiteral("Locked"), {}};
        auto declined = ProvenanceSigner::sign(m_archive, m_fileName, m_metadata, noAnswer);
        QVERIFY(!declined);
        QCOMPARE(declined.error().code(), Error::Code::Unauthorized);
        auto wrong = ProvenanceSigner::sign(m_archive, m_fileName, m_metadata,
            {m_locked.secretKeyring, QStringLiteral("Locked"),
                [](const QString &) { return QByteArray("nope"); }});
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code(), Error::Code::Unauthorized);
        QString askedFor;
        const QByteArray prov = signWith(m_locked, [&askedFor](const QString &userId) {
            askedFor = userId;
            return QByteArray("s3cret");
        });
        QVERIFY(askedFor.contains(QStringLiteral("Locked")));
        QCOMPARE(check(m_locked.publicKeyring, m_archive, prov).outcome, Outcome::Verified);
    }

    void unknownSigningKeyIsNamed()
    {
        auto none = ProvenanceSigner::sign(
            m_archive, m_fileName, m_metadata, {m_alice.secretKeyring, QStringLiteral("Bob"), {}});
        QVERIFY(!none);
        QCOMPARE(none.error().code(), Error::Code::NotFound);
        auto publicOnly = ProvenanceSigner::sign(
            m_archive, m_fileName, m_metadata, {m_alice.publicKeyring, QStringLiteral("Alice"), {}});
        QVERIFY(!publicOnly);
    }

    void userStateUntouched()
    {
        QTemporaryDir userHome;
        qputenv("GNUPGHOME", QFile::encodeName(userHome.path()));
        const QStringList homesBefore = privateHomes();
        QFile keyring(m_alice.publicKeyring);
        QVERIFY(keyring.open(QIODevice::ReadOnly));
        const QByteArray before = keyring.readAll();
        keyring.close();
        QCOMPARE(check(m_alice.publicKeyring, m_archive, signWith(m_alice)).outcome, Outcome::Verified);
        qunsetenv("GNUPGHOME");
        QVERIFY(keyring.open(QIODevice::ReadOnly));
        QCOMPARE(keyring.readAll(), before);
        QCOMPARE(listTree(userHome.path()), QStringList());
        QTRY_VERIFY_WITH_TIMEOUT(!leftSince(homesBefore), 5000);
    }

    void secretKeyringVerifiesAndLeavesNoAgent()
    {
        // A secret keyring given to verify starts a gpg-agent in the private home: stopped with it.
        const QStringList homesBefore = privateHomes();
        QCOMPARE(check(m_alice.secretKeyring, m_archive, signWith(m_alice)).outcome, Outcome::Verified);
        QTRY_VERIFY_WITH_TIMEOUT(!leftSince(homesBefore), 5000);
        if (!QStandardPaths::findExecutable(QStringLiteral("pgrep")).isEmpty())
            QTRY_COMPARE_WITH_TIMEOUT(
                run(QStringLiteral("pgrep"), {QStringLiteral("-f"), QStringLiteral("charthouse-gpg-")})
                    .exitCode,
                1, 5000);
    }

    void defaultKeyringAsHelm()
    {
        QProcessEnvironment env;
        QCOMPARE(
            defaultHelmKeyring(env, QStringLiteral("/home/u")), QStringLiteral("/home/u/.gnupg/pubring.gpg"));
        env.insert(QStringLiteral("GNUPGHOME"), QStringLiteral("/g"));
        QCOMPARE(defaultHelmKeyring(env, QStringLiteral("/home/u")), QStringLiteral("/g/pubring.gpg"));
    }

    void metadataYamlIsSorted()
    {
        auto yaml = ProvenanceMessage::metadataYamlFromConfig(
            "{\"name\":\"c\",\"apiVersion\":\"v2\",\"version\":\"1.0.0\",\"appVersion\":\"1.10\","
            "\"description\":\"yes\"}");
        QVERIFY(yaml);
        QCOMPARE(*yaml,
            QByteArray(
                "apiVersion: v2\nappVersion: \"1.10\"\ndescription: \"yes\"\nname: c\nversion: 1.0.0\n"));
    }
};

QTEST_GUILESS_MAIN(TestProvenance)
#include "test_provenance.moc"
