#include "app/cli/ProvenanceCommands.h"

#include "app/cli/JobRunner.h"
#include "app/cli/Prompt.h"
#include "core/jobs/VerifyJob.h"
#include "core/provenance/DefaultKeyring.h"

#include <QDir>
#include <QFile>
#include <QProcessEnvironment>

#include <mutex>
#include <unistd.h>

namespace charthouse::cli {

namespace {

constexpr int usageError = 2;

QString keyringFlag(const CliParser &parser)
{
    if (parser.isSet(QStringLiteral("keyring")))
        return parser.value(QStringLiteral("keyring"));
    return defaultHelmKeyring(QProcessEnvironment::systemEnvironment(), QDir::homePath());
}

QString dateText(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODate) : QStringLiteral("an unknown date");
}

// What `helm verify` prints for a good chart, line for line; else the reason, for stderr.
QString verificationText(const QString &ref, const QString &keyring, const ProvenanceCheck &check)
{
    using Outcome = ProvenanceCheck::Outcome;
    switch (check.outcome) {
    case Outcome::Verified: {
        QString text;
        for (const QString &signer : check.signers)
            text += QStringLiteral("Signed by: %1\n").arg(signer);
        return text
            + QStringLiteral("Using Key With Fingerprint: %1\nChart Hash Verified: %2\n")
                  .arg(check.fingerprint, check.expectedSha256);
    }
    case Outcome::Unsigned: return QStringLiteral("%1 is not signed: it has no provenance layer").arg(ref);
    case Outcome::UnknownKey:
        return QStringLiteral("%1 is signed with key %2, which is not in the keyring %3")
            .arg(ref, check.keyId, keyring);
    case Outcome::KeyExpired:
        return QStringLiteral("%1 is signed by %2 (key %3), but that key expired on %4: ask the signer for a "
                              "renewed public key")
            .arg(ref, check.signers.value(0, check.fingerprint), check.fingerprint, dateText(check.expired));
    case Outcome::KeyRevoked:
        return QStringLiteral("%1 is signed by %2 (key %3), but its owner has revoked that key: do not trust "
                              "this signature")
            .arg(ref, check.signers.value(0, check.fingerprint), check.fingerprint);
    case Outcome::SignatureExpired:
        return QStringLiteral("%1 is signed by %2 (key %3), but the signature expired on %4")
            .arg(ref, check.signers.value(0, check.fingerprint), check.fingerprint, dateText(check.expired));
    case Outcome::BadSignature:
        return QStringLiteral(
            "%1: the signature does not verify (%2): the provenance was changed after signing")
            .arg(ref, check.why);
    case Outcome::ArchiveMismatch:
        return QStringLiteral("%1: the chart layer is not the archive its provenance signs: %2 is %3, the "
                              "provenance signed by %4 says %5")
            .arg(ref, check.fileName, check.actualSha256, check.signers.value(0, check.fingerprint),
                check.expectedSha256);
    case Outcome::Malformed: return QStringLiteral("%1: the provenance is malformed: %2").arg(ref, check.why);
    }
    return {};
}

// --passphrase-file: its first line, as Helm reads it ("-": standard input).
std::optional<QByteArray> readPassphraseFile(const QString &path)
{
    QFile file;
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                   : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        printError(QStringLiteral("cannot read the passphrase file %1: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    QByteArray line = file.readLine(64 * 1024);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return line;
}

} // namespace

int verifyChart(CliParser &parser, const QString &cacheRoot)
{
    if (!parser.accept(
            {QStringLiteral("keyring")}, 1, 1, QStringLiteral("chart verify REF [--keyring FILE]")))
        return printError(parser.errorText()), usageError;
    auto ref = Reference::parse(parser.arguments().at(0));
    if (!ref)
        return printError(ref.error()), 1;
    const QString keyring = keyringFlag(parser);
    VerifyJob job(cacheRoot, *ref, keyring);
    return runJob(job, [&] {
        const ProvenanceCheck &check = job.result()->check;
        const QString text = verificationText(ref->toString(), keyring, check);
        if (check.verified()) {
            printOut(text);
            return 0;
        }
        printError(Error(Error::Code::Corrupt, text));
        return 1;
    });
}

std::optional<SigningKey> signingKeyFromFlags(const CliParser &parser, bool *failed)
{
    *failed = false;
    const bool sign = parser.isSet(QStringLiteral("sign"));
    if (!sign) {
        for (const char *flag : {"key", "passphrase-file"})
            if (parser.isSet(QString::fromLatin1(flag))) {
                printError(
                    QStringLiteral("--%1 is for signing: give --sign too").arg(QString::fromLatin1(flag)));
                *failed = true;
            }
        return std::nullopt;
    }
    if (parser.value(QStringLiteral("key")).isEmpty()) {
        printError(QStringLiteral("--key is required for signing a package"));
        *failed = true;
        return std::nullopt;
    }
    SigningKey key {keyringFlag(parser), parser.value(QStringLiteral("key")), {}};
    if (parser.isSet(QStringLiteral("passphrase-file"))) {
        const auto passphrase = readPassphraseFile(parser.value(QStringLiteral("passphrase-file")));
        if (!passphrase) {
            *failed = true;
            return std::nullopt;
        }
        key.passphrase
            = [passphrase = *passphrase](const QString &) { return std::optional<QByteArray>(passphrase); };
    } else if (::isatty(STDIN_FILENO)) {
        // As Helm: asked on the terminal only when the key is encrypted.
        key.passphrase = [](const QString &userId) -> std::optional<QByteArray> {
            static std::mutex oneAtATime;
            const std::lock_guard lock(oneAtATime);
            return readLine(QStringLiteral("Password for key \"%1\" >  ").arg(userId), false).toUtf8();
        };
    }
    return key;
}

} // namespace charthouse::cli
