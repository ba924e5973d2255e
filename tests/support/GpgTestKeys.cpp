#include "tests/support/GpgTestKeys.h"

#include "tests/support/TestSupport.h"

#include <QDebug>
#include <QDir>
#include <QFile>

namespace charthouse::test {

namespace {

QString homeOf(const QString &dir, const QString &name)
{
    return QDir(dir).filePath(name + QStringLiteral("-gnupg"));
}

QStringList gpgBase(const QString &home, const QString &passphrase)
{
    return {QStringLiteral("--homedir"), home, QStringLiteral("--batch"), QStringLiteral("--pinentry-mode"),
        QStringLiteral("loopback"), QStringLiteral("--passphrase"), passphrase};
}

QStringList fakedTime(const QString &at)
{
    return at.isEmpty() ? QStringList() : QStringList {QStringLiteral("--faked-system-time"), at};
}

void stopAgent(const QString &home)
{
    run(QStringLiteral("gpgconf"),
        {QStringLiteral("--homedir"), home, QStringLiteral("--kill"), QStringLiteral("all")});
}

} // namespace

GpgTestKey makeGpgKey(
    const QString &dir, const QString &name, const QString &passphrase, QString *why, const GpgKeyAge &age)
{
    GpgTestKey key;
    key.name = name;
    const QString home = homeOf(dir, name);
    QDir().mkpath(home);
    QFile::setPermissions(home, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QStringList base = gpgBase(home, passphrase);
    key.userId = QStringLiteral("%1 <%2@example.com>").arg(name, name.toLower());
    auto fail = [&](const QString &step, const ProcessResult &r) {
        if (why)
            *why = step + QStringLiteral(": ") + QString::fromUtf8(r.err);
        stopAgent(home);
        key.fingerprint.clear();
        return key;
    };
    const ProcessResult made = run(QStringLiteral("gpg"),
        base + fakedTime(age.createdAt)
            + QStringList {QStringLiteral("--quick-gen-key"), key.userId, QStringLiteral("ed25519"),
                QStringLiteral("sign"), age.expiry});
    if (made.exitCode != 0)
        return fail(QStringLiteral("gpg --quick-gen-key"), made);
    const ProcessResult listed = run(QStringLiteral("gpg"),
        base + QStringList {QStringLiteral("--with-colons"), QStringLiteral("--list-secret-keys")});
    for (const QByteArray &line : listed.out.split('\n'))
        if (line.startsWith("fpr:") && key.fingerprint.isEmpty())
            key.fingerprint = QString::fromLatin1(line.split(':').value(9)).toUpper();
    key.publicKeyring = QDir(dir).filePath(name + QStringLiteral("-pubring.gpg"));
    key.secretKeyring = QDir(dir).filePath(name + QStringLiteral("-secring.gpg"));
    const ProcessResult exported = run(QStringLiteral("gpg"),
        base + QStringList {QStringLiteral("--output"), key.publicKeyring, QStringLiteral("--export")});
    if (exported.exitCode != 0)
        return fail(QStringLiteral("gpg --export"), exported);
    const ProcessResult secret = run(QStringLiteral("gpg"),
        base
            + QStringList {
                QStringLiteral("--output"), key.secretKeyring, QStringLiteral("--export-secret-keys")});
    if (secret.exitCode != 0)
        return fail(QStringLiteral("gpg --export-secret-keys"), secret);
    stopAgent(home);
    return key;
}

QString makeAliceAndMallory(const QString &dir, GpgTestKey *alice, GpgTestKey *mallory)
{
    QList<GpgTestKey> keys;
    const QString why
        = makeGpgKeys(dir, {{QStringLiteral("Alice"), {}}, {QStringLiteral("Mallory"), {}}}, &keys);
    if (why.isEmpty()) {
        *alice = keys.at(0);
        *mallory = keys.at(1);
    }
    return why;
}

QString revokeGpgKey(const QString &dir, const GpgTestKey &key)
{
    const QString home = homeOf(dir, key.name);
    // gpg writes the certificate with its armor line escaped by a colon, against importing it by mistake.
    QFile made(QDir(home).filePath(QStringLiteral("openpgp-revocs.d/%1.rev").arg(key.fingerprint)));
    if (!made.open(QIODevice::ReadOnly))
        return QStringLiteral("no revocation certificate: %1").arg(made.errorString());
    const QByteArray certificate = made.readAll().replace(":-----BEGIN", "-----BEGIN");
    const QStringList base = gpgBase(home, {});
    const ProcessResult imported
        = run(QStringLiteral("gpg"), base + QStringList {QStringLiteral("--import")}, {}, certificate);
    QFile::remove(key.publicKeyring);
    const ProcessResult exported = run(QStringLiteral("gpg"),
        base + QStringList {QStringLiteral("--output"), key.publicKeyring, QStringLiteral("--export")});
    stopAgent(home);
    if (imported.exitCode != 0)
        return QStringLiteral("gpg --import: ") + QString::fromUtf8(imported.err);
    return exported.exitCode == 0 ? QString()
                                  : QStringLiteral("gpg --export: ") + QString::fromUtf8(exported.err);
}

QByteArray clearsignAt(const QString &dir, const GpgTestKey &key, const QByteArray &text,
    const QString &signedAt, const QString &signatureExpiry)
{
    const QString home = homeOf(dir, key.name);
    const ProcessResult signed_ = run(QStringLiteral("gpg"),
        gpgBase(home, {}) + fakedTime(signedAt)
            + QStringList {QStringLiteral("--digest-algo"), QStringLiteral("SHA512"),
                QStringLiteral("--default-sig-expire"), signatureExpiry, QStringLiteral("--local-user"),
                key.fingerprint, QStringLiteral("--clearsign")},
        {}, text);
    stopAgent(home);
    if (signed_.exitCode != 0)
        qWarning() << "gpg --clearsign:" << signed_.err;
    return signed_.exitCode == 0 ? signed_.out : QByteArray();
}

QString makeGpgKeys(const QString &dir, const QList<std::pair<QString, QString>> &namesAndPassphrases,
    QList<GpgTestKey> *keys)
{
    QString why;
    for (const auto &[name, passphrase] : namesAndPassphrases) {
        keys->append(makeGpgKey(dir, name, passphrase, &why));
        if (keys->last().fingerprint.isEmpty())
            return why.isEmpty() ? QStringLiteral("no key for %1").arg(name) : why;
    }
    return {};
}

} // namespace charthouse::test
