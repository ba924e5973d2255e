#include "core/store/ListingCache.h"

#include "core/common/AtomicFile.h"
#include "core/common/FileIo.h"

#include <QDataStream>
#include <QDir>
#include <QFileInfo>

namespace charthouse {

namespace {

constexpr quint32 magic = 0x43484c53; // "CHLS"
constexpr quint32 formatVersion = 1;
constexpr qint64 maxListingSize = 512LL * 1024 * 1024;

QString absoluteRoot(const QString &cacheRoot)
{
    return QFileInfo(cacheRoot).absoluteFilePath();
}

void writeDescriptor(QDataStream &out, const Descriptor &descriptor)
{
    out << descriptor.mediaType << descriptor.digest.toString() << descriptor.size << descriptor.annotations;
}

bool readDescriptor(QDataStream &in, Descriptor &descriptor)
{
    QString digest;
    in >> descriptor.mediaType >> digest >> descriptor.size >> descriptor.annotations;
    auto parsed = Digest::parse(digest);
    if (in.status() != QDataStream::Ok || !parsed)
        return false;
    descriptor.digest = *parsed;
    return true;
}

} // namespace

ListingCache::ListingCache(QString directory) : m_directory(std::move(directory)) { }

QString ListingCache::fileFor(const QString &cacheRoot) const
{
    // One file per chart cache, named by its path (which may hold any character).
    return m_directory + QLatin1Char('/') + Digest::of(absoluteRoot(cacheRoot).toUtf8()).hex()
        + QStringLiteral(".listing");
}

Result<void> ListingCache::store(const QString &cacheRoot, const ChartListing &listing) const
{
    QByteArray data;
    QDataStream out(&data, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << magic << formatVersion << absoluteRoot(cacheRoot) << listing.indexDigest.toString()
        << static_cast<qint64>(listing.charts.size());
    for (const ChartSummary &chart : listing.charts) {
        out << chart.ref.toString();
        writeDescriptor(out, chart.manifest);
        writeDescriptor(out, chart.layer);
        out << chart.name << chart.version << chart.created.toMSecsSinceEpoch();
    }
    if (!QDir().mkpath(m_directory))
        return Error(Error::Code::Io, QStringLiteral("cannot create %1").arg(m_directory));
    return writeFileAtomically(fileFor(cacheRoot), data, 0600);
}

std::optional<QList<ChartSummary>> ListingCache::load(const QString &cacheRoot) const
{
    auto data = fileio::readRegularFile(fileFor(cacheRoot), maxListingSize, false);
    if (!data)
        return std::nullopt;
    QDataStream in(*data);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 fileMagic = 0, version = 0;
    QString root, digest;
    qint64 count = 0;
    in >> fileMagic >> version >> root >> digest >> count;
    if (in.status() != QDataStream::Ok || fileMagic != magic || version != formatVersion
        || root != absoluteRoot(cacheRoot) || count <= 0 || count > data->size())
        return std::nullopt;
    // The key: checked before any row is trusted.
    const auto current = ChartCache(cacheRoot).indexDigest();
    if (!current || !current->isValid() || current->toString() != digest)
        return std::nullopt;
    QList<ChartSummary> charts;
    charts.reserve(count);
    for (qint64 i = 0; i < count; ++i) {
        ChartSummary chart;
        QString ref;
        qint64 created = 0;
        in >> ref;
        if (!readDescriptor(in, chart.manifest) || !readDescriptor(in, chart.layer))
            return std::nullopt;
        in >> chart.name >> chart.version >> created;
        auto parsed = Reference::parse(ref);
        if (in.status() != QDataStream::Ok || !parsed)
            return std::nullopt;
        chart.ref = std::move(*parsed);
        chart.created = QDateTime::fromMSecsSinceEpoch(created, Qt::UTC);
        charts.append(std::move(chart));
    }
    return charts;
}

} // namespace charthouse
