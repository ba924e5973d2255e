#include "core/about/BuildInfo.h"

#include <QtGlobal>

#include <archive.h>
#include <zlib.h>

namespace charthouse::buildInfo {

QString version()
{
    return QStringLiteral(CHARTHOUSE_VERSION);
}

QString buildDate()
{
    return QStringLiteral(CHARTHOUSE_BUILD_DATE);
}

QString commit()
{
    return QStringLiteral(CHARTHOUSE_COMMIT);
}

QList<Component> components()
{
    return {
        {QStringLiteral("Charthouse"), version(), QStringLiteral(CHARTHOUSE_LICENSE),
            QStringLiteral("https://github.com/charthouse/charthouse")},
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion()), QStringLiteral("LGPL-3.0-only"),
            QStringLiteral("https://www.qt.io")},
        {QStringLiteral("QtKeychain"), QStringLiteral(CHARTHOUSE_QTKEYCHAIN_VERSION),
            QStringLiteral("BSD-3-Clause"), QStringLiteral("https://github.com/frankosterfeld/qtkeychain")},
        {QStringLiteral("libarchive"),
            QString::fromLatin1(archive_version_string()).section(QLatin1Char(' '), 1),
            QStringLiteral("BSD-2-Clause"), QStringLiteral("https://libarchive.org")},
        {QStringLiteral("zlib"), QString::fromLatin1(zlibVersion()), QStringLiteral("Zlib"),
            QStringLiteral("https://zlib.net")},
        {QStringLiteral("yaml-cpp"), QStringLiteral(CHARTHOUSE_YAMLCPP_VERSION), QStringLiteral("MIT"),
            QStringLiteral("https://github.com/jbeder/yaml-cpp")},
        {QStringLiteral("GPGME"), QStringLiteral(CHARTHOUSE_GPGME_VERSION), QStringLiteral("LGPL-2.1-or-later"),
            QStringLiteral("https://gnupg.org/software/gpgme/")},
    };
}

QString versionReport(const QString &program)
{
    QString text = QStringLiteral("%1 %2\n").arg(program, version());
    text += commit().isEmpty() ? QStringLiteral("Built %1\n").arg(buildDate())
                               : QStringLiteral("Built %1 from commit %2\n").arg(buildDate(), commit());
    for (const Component &component : components())
        text += QStringLiteral("  %1 %2 (%3)\n")
                    .arg(component.name.leftJustified(11), component.version.leftJustified(8),
                        component.licence);
    return text;
}

} // namespace charthouse::buildInfo
