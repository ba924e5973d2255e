#include "tests/support/GpgTestKeys.h"

#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>

namespace charthouse::test {

GpgTestKey makeGpgKey(const QString &dir, const QString &name, const QString &passphrase, QString *why)
{
    GpgTestKey key;
    const QString home = QDir(dir).filePath(name + QStringLiteral("-gnupg"));
    QDir().mkpath(home);
    QFile::setPermissions(home, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QStringList base {QStringLiteral("--homedir"), home, QStringLiteral("--batch"),
        QStringLiteral("--pinentry-mode"), QStringLiteral("loopback"), QStringLiteral("--passphrase"),
        passphrase};
    key.userId = QStringLiteral("%1 <%2@example.com>").arg(name, name.toLower());
    auto fail = [&](const QString &step, const ProcessResult &r) {
        if (why)
            *why = step + QStringLiteral(": ") + QString::fromUtf8(r.err);
        run(QStringLiteral("gpgconf"),
            {QStringLiteral("--homedir"), home, QStringLiteral("--kill"), QStringLiteral("all")});
        key.fingerprint.clear();
        return key;
    };
    const ProcessResult made = run(QStringLiteral("gpg"),
        base
            + QStringList {QStringLiteral("--quick-gen-key"), key.userId, QStringLiteral("ed25519"),
                QStringLiteral("sign"), QStringLiteral("never")});
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
    run(QStringLiteral("gpgconf"),
        {QStringLiteral("--homedir"), home, QStringLiteral("--kill"), QStringLiteral("all")});
    return key;
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
