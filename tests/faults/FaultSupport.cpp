#include "tests/faults/FaultSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mount.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace charthouse::test {

namespace {

const QString fillerName = QStringLiteral(".filler");

QString errnoText(int errnum)
{
    return QString::fromLocal8Bit(std::strerror(errnum));
}

std::optional<QJsonObject> readJsonObject(const QString &path, QString *why)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *why = path + QStringLiteral(": ") + file.errorString();
        return std::nullopt;
    }
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        *why = path + QStringLiteral(" does not parse: ") + error.errorString();
        return std::nullopt;
    }
    return doc.object();
}

QString hexOf(const QJsonValue &descriptor)
{
    return descriptor.toObject().value(QStringLiteral("digest")).toString().section(QLatin1Char(':'), 1);
}

} // namespace

bool underSanitizer()
{
    return qEnvironmentVariableIntValue("CHARTHOUSE_SANITIZE") != 0;
}

qint64 freeBytes(const QString &path)
{
    struct statvfs s
    {
    };
    if (::statvfs(QFile::encodeName(path).constData(), &s) != 0)
        return -1;
    return static_cast<qint64>(s.f_bavail) * static_cast<qint64>(s.f_frsize);
}

Tmpfs::Tmpfs(qint64 sizeBytes) : m_size(sizeBytes) { }

Tmpfs::~Tmpfs()
{
    if (!m_mounted)
        return;
    const QByteArray dir = QFile::encodeName(m_dir.path());
    if (::umount(dir.constData()) != 0) {
        qWarning("umount %s: %s; detaching it instead", dir.constData(), std::strerror(errno));
        ::umount2(dir.constData(), MNT_DETACH);
    }
}

bool Tmpfs::mount(QString *why)
{
    if (::geteuid() != 0) {
        *why = QStringLiteral("needs root to mount tmpfs: running as uid %1").arg(::geteuid());
        return false;
    }
    if (!m_dir.isValid()) {
        *why = QStringLiteral("needs root to mount tmpfs: no temporary directory: ") + m_dir.errorString();
        return false;
    }
    const QByteArray options = "size=" + QByteArray::number(m_size) + ",mode=0755";
    if (::mount("tmpfs", QFile::encodeName(m_dir.path()).constData(), "tmpfs", MS_NOSUID | MS_NODEV,
            options.constData())
        != 0) {
        *why = QStringLiteral("needs root to mount tmpfs: mount -t tmpfs -o %1 tmpfs %2: %3")
                   .arg(QString::fromLatin1(options), m_dir.path(), errnoText(errno));
        return false;
    }
    m_mounted = true;
    return true;
}

qint64 Tmpfs::freeBytes() const
{
    return charthouse::test::freeBytes(m_dir.path());
}

void Tmpfs::removeFiller()
{
    QFile::remove(m_dir.path() + QLatin1Char('/') + fillerName);
}

bool Tmpfs::leaveFree(qint64 bytes, QString *why)
{
    removeFiller();
    const qint64 available = freeBytes();
    if (available < bytes) {
        *why = QStringLiteral("only %1 bytes free on the tmpfs, wanted %2").arg(available).arg(bytes);
        return false;
    }
    if (available > bytes) {
        const QByteArray path = QFile::encodeName(m_dir.path() + QLatin1Char('/') + fillerName);
        const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        if (fd < 0) {
            *why = QStringLiteral("filler: ") + errnoText(errno);
            return false;
        }
        const int rc = ::posix_fallocate(fd, 0, available - bytes);
        ::close(fd);
        if (rc != 0) {
            *why = QStringLiteral("filler fallocate %1: %2").arg(available - bytes).arg(errnoText(rc));
            return false;
        }
    }
    if (freeBytes() != bytes) {
        *why = QStringLiteral("free space is %1 after filling, wanted %2").arg(freeBytes()).arg(bytes);
        return false;
    }
    return true;
}

bool copyTree(const QString &from, const QString &to)
{
    if (!QDir().mkpath(to))
        return false;
    QDirIterator it(from, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
        QDirIterator::Subdirectories);
    const QDir base(from);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = to + QLatin1Char('/') + base.relativeFilePath(path);
        const QFileInfo info = it.fileInfo();
        if (info.isDir() && !info.isSymLink()) {
            if (!QDir().mkpath(target))
                return false;
        } else {
            if (!QDir().mkpath(QFileInfo(target).path()) || !QFile::copy(path, target))
                return false;
        }
    }
    return true;
}

bool removeTree(const QString &path)
{
    if (QFileInfo(path).isDir())
        QDir(path).removeRecursively();
    else
        QFile::remove(path);
    return !QFileInfo::exists(path) && !QFileInfo(path).isSymLink();
}

ProcessResult cliIn(const QString &cache, const QStringList &args, int timeoutMs)
{
    return run(cliPath(), QStringList {QStringLiteral("--cache"), cache} + args, {}, {}, timeoutMs);
}

std::optional<QSet<QString>> referencedBlobs(const QString &cache, QString *why)
{
    const auto index = readJsonObject(cache + QStringLiteral("/index.json"), why);
    if (!index)
        return std::nullopt;
    QSet<QString> referenced;
    for (const QJsonValue &entry : index->value(QStringLiteral("manifests")).toArray()) {
        // The entry's manifest (for a modern chart its legacy view) and the chart manifest it names.
        QStringList manifestHexes {hexOf(entry)};
        const QString named = entry[QStringLiteral("annotations")][QStringLiteral("io.charthouse.chart-manifest")].toString();
        if (!named.isEmpty())
            manifestHexes << named.mid(QStringLiteral("sha256:").size());
        for (const QString &manifestHex : manifestHexes) {
            referenced.insert(manifestHex);
            const auto manifest = readJsonObject(cache + QStringLiteral("/blobs/sha256/") + manifestHex, why);
            if (!manifest)
                return std::nullopt;
            referenced.insert(hexOf(manifest->value(QStringLiteral("config"))));
            for (const QJsonValue &layer : manifest->value(QStringLiteral("layers")).toArray())
                referenced.insert(hexOf(layer));
        }
    }
    return referenced;
}

QStringList blobFiles(const QString &cache)
{
    return QDir(cache + QStringLiteral("/blobs/sha256"))
        .entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

QStringList orphanBlobs(const QString &cache, QString *why)
{
    const auto referenced = referencedBlobs(cache, why);
    if (!referenced)
        return {};
    QStringList orphans;
    for (const QString &name : blobFiles(cache)) {
        if (!referenced->contains(name))
            orphans << name;
    }
    return orphans;
}

QStringList ingestFiles(const QString &cache)
{
    QStringList files;
    QDirIterator it(cache + QStringLiteral("/ingest"),
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}

std::optional<QStringList> listedRefs(const QString &cache, QString *why)
{
    const ProcessResult r = cliIn(cache,
        {QStringLiteral("chart"), QStringLiteral("list"), QStringLiteral("-o"), QStringLiteral("json")});
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    if (r.exitCode != 0 || !doc.isArray()) {
        *why
            = QStringLiteral("chart list failed (exit %1): %2").arg(r.exitCode).arg(QString::fromUtf8(r.err));
        return std::nullopt;
    }
    QStringList refs;
    for (const QJsonValue &row : doc.array())
        refs << row.toObject().value(QStringLiteral("ref")).toString();
    refs.sort();
    return refs;
}

std::optional<QMap<QString, QByteArray>> exportedFiles(const QString &cache, const QString &ref, QString *why)
{
    QTemporaryDir dest;
    if (!dest.isValid()) {
        *why = QStringLiteral("no temporary directory");
        return std::nullopt;
    }
    const ProcessResult r = cliIn(
        cache, {QStringLiteral("chart"), QStringLiteral("export"), ref, QStringLiteral("-d"), dest.path()});
    const QStringList entries
        = QDir(dest.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    if (r.exitCode != 0 || entries.size() != 1) {
        *why = QStringLiteral("chart export %1 failed (exit %2, %3 entries): %4")
                   .arg(ref)
                   .arg(r.exitCode)
                   .arg(entries.size())
                   .arg(QString::fromUtf8(r.err).trimmed());
        return std::nullopt;
    }
    return readTree(dest.path() + QLatin1Char('/') + entries.first());
}

QByteArray randomText(qsizetype bytes, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray out;
    out.reserve(bytes + 128);
    int line = 0;
    while (out.size() < bytes) {
        QByteArray raw(48, Qt::Uninitialized);
        random.fillRange(reinterpret_cast<quint32 *>(raw.data()), raw.size() / 4);
        out += "key" + QByteArray::number(line++).rightJustified(5, '0') + ": \"" + raw.toBase64() + "\"\n";
    }
    return out;
}

qint64 pagesOf(const QMap<QString, QByteArray> &files)
{
    qint64 total = 0;
    for (const QByteArray &data : files)
        total += pageRounded(data.size());
    return total;
}

QString listingDiff(const QStringList &before, const QStringList &after)
{
    QStringList parts;
    for (const QString &entry : after) {
        if (!before.contains(entry))
            parts << QLatin1Char('+') + entry;
    }
    for (const QString &entry : before) {
        if (!after.contains(entry))
            parts << QLatin1Char('-') + entry;
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace charthouse::test
