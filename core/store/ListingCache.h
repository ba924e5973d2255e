#pragma once

#include "core/store/ChartStore.h"

#include <optional>

namespace charthouse {

// The last listing of each chart cache, kept in a directory of the application's own (its XDG cache
// directory, never the chart cache itself), so that a window can show a large cache's rows at once on the
// next start while the fresh listing runs. A listing is given back only while index.json is byte for byte the
// file it was made from: then its rows are exactly the charts tagged in the cache (blobs are named by their
// content); only a CREATED time can have changed, which the fresh listing corrects.
class ListingCache
{
public:
    explicit ListingCache(QString directory);

    const QString &directory() const { return m_directory; }
    // The rows last stored for cacheRoot, if index.json still has the digest they were listed from. Nothing
    // for a damaged or foreign file, or a listing without charts.
    std::optional<QList<ChartSummary>> load(const QString &cacheRoot) const;
    Result<void> store(const QString &cacheRoot, const ChartListing &listing) const;
    // Where the listing of cacheRoot is kept.
    QString fileFor(const QString &cacheRoot) const;

private:
    QString m_directory;
};

} // namespace charthouse
