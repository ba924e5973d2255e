#include "core/provenance/DefaultKeyring.h"

#include <QDir>

namespace charthouse {

QString defaultHelmKeyring(const QProcessEnvironment &environment, const QString &homeDirectory)
{
    // Helm uses os.LookupEnv: a GNUPGHOME that is set but empty still counts.
    if (environment.contains(QStringLiteral("GNUPGHOME")))
        return QDir(environment.value(QStringLiteral("GNUPGHOME"))).filePath(QStringLiteral("pubring.gpg"));
    return QDir(homeDirectory).filePath(QStringLiteral(".gnupg/pubring.gpg"));
}

} // namespace charthouse
