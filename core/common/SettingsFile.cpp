#include "core/common/SettingsFile.h"

#include "core/common/AtomicFile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTemporaryDir>


namespace charthouse {

namespace {

constexpr qint64 maxSettingsSize = 16 * 1024 * 1024;

// Values as text: read back from the file a bool comes as the string "true", a number as its digits.
QMap<QString, QString> contents(QSettings &settings)
{
    QMap<QString, QString> values;
    for (const QString &key : settings.allKeys()) {
        const QVariant value = settings.value(key);
        values.insert(key,
            value.typeId() == QMetaType::QStringList ? value.toStringList().join(QChar(0x1f))
            : value.typeId() == QMetaType::QByteArray ? QString::fromLatin1(value.toByteArray().toHex())
                                                      : value.toString());
    }
    return values;
}

Error incomplete(const QString &path)
{
    return Error(Error::Code::Io,
        QCoreApplication::translate("charthouse::SettingsFile", "%1: the settings could not be written completely")
            .arg(path));
}

} // namespace

Result<void> changeSettingsFile(const QString &path, const std::function<void(QSettings &)> &change)
{
    // QSettings only formats the file, in a private scratch directory; the bytes then reach their place through
    // AtomicFile, whose errors are exact ("no space left ...").
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return Error(Error::Code::Io, scratch.errorString());
    const QString edited = scratch.filePath(QStringLiteral("edited.ini"));
    QByteArray old;
    if (fileio::fileKind(path) != fileio::FileKind::Missing) {
        auto bytes = fileio::readRegularFile(path, maxSettingsSize, true);
        if (!bytes)
            return bytes.error();
        old = *bytes;
    }
    if (auto copied = writeFileAtomically(edited, old, 0600); !copied)
        return copied;
    QMap<QString, QString> meant;
    {
        QSettings settings(edited, QSettings::IniFormat);
        change(settings);
        while (!settings.group().isEmpty()) // a group left open would make the keys below relative
            settings.endGroup();
        settings.sync();
        if (settings.status() != QSettings::NoError)
            return incomplete(path);
        meant = contents(settings);
    }
    auto bytes = fileio::readRegularFile(edited, maxSettingsSize, false);
    if (!bytes)
        return bytes.error();
    // Read back under a new name: Qt caches settings by file name and could answer from memory.
    const QString check = scratch.filePath(QStringLiteral("check.ini"));
    if (auto copied = writeFileAtomically(check, *bytes, 0600); !copied)
        return copied;
    QSettings written(check, QSettings::IniFormat);
    if (contents(written) != meant)
        return incomplete(path);
    if (auto made = fileio::makePath(QFileInfo(path).path()); !made)
        return made;
    return writeFileAtomically(path, *bytes, 0600);
}

} // namespace charthouse
