#include "core/cache/MetadataCache.h"

#include "core/common/FileIo.h"

#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <fcntl.h>
#include <sys/stat.h>

namespace charthouse {

namespace {

constexpr qint64 maxSeenFile = 64 * 1024 * 1024;

// A temporary file younger than this may be another process's write in progress: trim() leaves it.
constexpr qint64 temporaryGraceSeconds = 10 * 60;

// Written beside the target and renamed over it, so a reader sees the old file or the new one, whole.
bool replaceFile(const QString &path, QByteArrayView data)
{
    if (!QDir().mkpath(QFileInfo(path).path()))
        return false;
    const QString temp = path + QStringLiteral(".%1.tmp").arg(QUuid::createUuid().toString(QUuid::Id128));
    QFile file(temp);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) // never through a planted link
        return false;
    bool written = file.write(data.data(), data.size()) == data.size() && file.flush();
    file.close();
    written = written && file.error() == QFileDevice::NoError;
    if (!written || std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(temp);
        return false;
    }
    return true;
}

bool isBlobName(const QString &name)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(name).hasMatch();
}

// A read is a use: the modification time orders blobs for trim() (access times are often not kept).
void markUsed(const QString &path)
{
    ::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), nullptr, 0);
}

// Whatever it is (a file, a link, a directory), gone.
bool removeEntry(const QFileInfo &entry)
{
    if (entry.isDir() && !entry.isSymLink())
        return QDir(entry.filePath()).removeRecursively();
    return QFile::remove(entry.filePath());
}

} // namespace

MetadataCache::MetadataCache(QString root, qint64 sizeLimit) : m_root(std::move(root)), m_sizeLimit(sizeLimit) { }

QString MetadataCache::defaultRoot()
{
    const QString xdgCache = qEnvironmentVariable("XDG_CACHE_HOME");
    const QString base = xdgCache.isEmpty() ? QDir::homePath() + QStringLiteral("/.cache") : xdgCache;
    return base + QStringLiteral("/charthouse/remote");
}

QString MetadataCache::blobPath(const Digest &digest) const
{
    return m_root + QStringLiteral("/blobs/sha256/") + digest.hex();
}

QString MetadataCache::seenPath(const Reference &repository) const
{
    return m_root + QStringLiteral("/repositories/")
        + Digest::of(repository.name().toUtf8()).hex() + QStringLiteral(".json");
}

std::optional<QByteArray> MetadataCache::read(const Digest &digest, qint64 maxSize) const
{
    if (!isEnabled() || !digest.isValid())
        return std::nullopt;
    const QString path = blobPath(digest);
    auto bytes = fileio::readRegularFile(path, maxSize, false);
    if (!bytes)
        return std::nullopt;
    if (Digest::of(*bytes) != digest) {
        QFile::remove(path);
        return std::nullopt;
    }
    markUsed(path);
    return std::move(*bytes);
}

QSet<QString> MetadataCache::blobs() const
{
    if (!isEnabled())
        return {};
    QSet<QString> hexes;
    for (const QString &name : QDir(m_root + QStringLiteral("/blobs/sha256")).entryList(QDir::Files))
        if (isBlobName(name))
            hexes.insert(name);
    return hexes;
}

bool MetadataCache::write(QByteArrayView data) const
{
    if (!isEnabled())
        return false;
    const QString path = blobPath(Digest::of(data));
    if (QFileInfo::exists(path)) {
        markUsed(path);
        return true;
    }
    return replaceFile(path, data);
}

MetadataCache::SeenTags MetadataCache::lastSeen(const Reference &repository) const
{
    SeenTags seen;
    if (!isEnabled())
        return seen;
    const QString path = seenPath(repository);
    const auto bytes = fileio::readRegularFile(path, maxSeenFile, false);
    if (!bytes)
        return seen;
    const QJsonObject record = QJsonDocument::fromJson(*bytes).object();
    if (record.value(QLatin1String("repository")).toString() != repository.name()) {
        QFile::remove(path); // torn or foreign: a record of its name holds only its repository
        return seen;
    }
    const QJsonObject tags = record.value(QLatin1String("tags")).toObject();
    for (auto it = tags.begin(); it != tags.end(); ++it)
        if (auto digest = Digest::parse(it.value().toString()))
            seen.tags.insert(it.key(), *digest);
    seen.checkedAt = QDateTime::fromString(record.value(QLatin1String("checked")).toString(), Qt::ISODateWithMs);
    return seen;
}

bool MetadataCache::rememberSeen(const Reference &repository, const SeenTags &seen) const
{
    if (!isEnabled())
        return false;
    QJsonObject tagObject;
    for (auto it = seen.tags.begin(); it != seen.tags.end(); ++it)
        tagObject.insert(it.key(), it.value().toString());
    QJsonObject record {{QStringLiteral("repository"), repository.name()},
        {QStringLiteral("host"), repository.registry()}, {QStringLiteral("name"), repository.repository()},
        {QStringLiteral("tags"), tagObject}};
    if (seen.checkedAt.isValid())
        record.insert(QStringLiteral("checked"), seen.checkedAt.toUTC().toString(Qt::ISODateWithMs));
    return replaceFile(seenPath(repository), QJsonDocument(record).toJson(QJsonDocument::Compact));
}

int MetadataCache::trim() const
{
    if (!isEnabled())
        return 0;
    int removed = 0;
    const QDateTime graceStart = QDateTime::currentDateTimeUtc().addSecs(-temporaryGraceSeconds);
    QList<QFileInfo> blobs;
    qint64 total = 0;
    const QDir dir(m_root + QStringLiteral("/blobs/sha256"));
    for (const QFileInfo &entry :
        dir.entryInfoList(QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot, QDir::NoSort)) {
        if (!entry.isSymLink() && entry.isFile() && isBlobName(entry.fileName())) {
            blobs.append(entry);
            total += entry.size();
            continue;
        }
        const bool recentTemporary = !entry.isSymLink() && entry.isFile()
            && entry.fileName().endsWith(QLatin1String(".tmp")) && entry.lastModified() > graceStart;
        if (!recentTemporary && removeEntry(entry))
            ++removed;
    }
    if (m_sizeLimit <= 0 || total <= m_sizeLimit)
        return removed;
    std::sort(blobs.begin(), blobs.end(),
        [](const QFileInfo &a, const QFileInfo &b) { return a.lastModified() < b.lastModified(); });
    for (const QFileInfo &blob : std::as_const(blobs)) {
        if (total <= m_sizeLimit)
            break;
        if (QFile::remove(blob.filePath())) {
            total -= blob.size();
            ++removed;
        }
    }
    return removed;
}

QStringList MetadataCache::knownRepositories(const QString &host) const
{
    QStringList names;
    if (!isEnabled())
        return names;
    const QDir dir(m_root + QStringLiteral("/repositories"));
    for (const QString &file : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        const auto bytes = fileio::readRegularFile(dir.filePath(file), maxSeenFile, false);
        if (!bytes)
            continue;
        const QJsonObject record = QJsonDocument::fromJson(*bytes).object();
        if (record.value(QLatin1String("host")).toString() == host)
            names.append(record.value(QLatin1String("name")).toString());
    }
    names.removeAll(QString());
    names.sort();
    return names;
}

} // namespace charthouse
