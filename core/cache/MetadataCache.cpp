#include "core/cache/MetadataCache.h"

#include "core/common/FileIo.h"

#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <cstdio>

namespace charthouse {

namespace {

constexpr qint64 maxSeenFile = 64 * 1024 * 1024;

// Written beside the target and renamed over it, so a reader sees the old file or the new one, whole.
bool replaceFile(const QString &path, QByteArrayView data)
{
    if (!QDir().mkpath(QFileInfo(path).path()))
        return false;
    const QString temp = path + QStringLiteral(".%1.tmp").arg(QUuid::createUuid().toString(QUuid::Id128));
    QFile file(temp);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) // never through a planted link
        return false;
    const bool written = file.write(data.data(), data.size()) == data.size() && file.flush();
    file.close();
    if (!written || std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(temp);
        return false;
    }
    return true;
}

} // namespace

MetadataCache::MetadataCache(QString root) : m_root(std::move(root)) { }

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
    return std::move(*bytes);
}

QSet<QString> MetadataCache::blobs() const
{
    if (!isEnabled())
        return {};
    const QStringList names = QDir(m_root + QStringLiteral("/blobs/sha256")).entryList(QDir::Files);
    return QSet<QString>(names.begin(), names.end());
}

bool MetadataCache::write(QByteArrayView data) const
{
    if (!isEnabled())
        return false;
    const QString path = blobPath(Digest::of(data));
    return QFileInfo::exists(path) || replaceFile(path, data);
}

QHash<QString, Digest> MetadataCache::lastSeen(const Reference &repository) const
{
    QHash<QString, Digest> seen;
    if (!isEnabled())
        return seen;
    const auto bytes = fileio::readRegularFile(seenPath(repository), maxSeenFile, false);
    if (!bytes)
        return seen;
    const QJsonObject record = QJsonDocument::fromJson(*bytes).object();
    if (record.value(QLatin1String("repository")).toString() != repository.name())
        return seen;
    const QJsonObject tags = record.value(QLatin1String("tags")).toObject();
    for (auto it = tags.begin(); it != tags.end(); ++it)
        if (auto digest = Digest::parse(it.value().toString()))
            seen.insert(it.key(), *digest);
    return seen;
}

void MetadataCache::rememberSeen(const Reference &repository, const QHash<QString, Digest> &tags) const
{
    if (!isEnabled())
        return;
    QJsonObject tagObject;
    for (auto it = tags.begin(); it != tags.end(); ++it)
        tagObject.insert(it.key(), it.value().toString());
    const QJsonObject record {{QStringLiteral("repository"), repository.name()},
        {QStringLiteral("host"), repository.registry()}, {QStringLiteral("name"), repository.repository()},
        {QStringLiteral("tags"), tagObject}};
    replaceFile(seenPath(repository), QJsonDocument(record).toJson(QJsonDocument::Compact));
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
