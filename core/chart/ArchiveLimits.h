#pragma once

#include <QtGlobal>

namespace charthouse {

// How much a chart may expand to, whatever its headers claim. The defaults follow Helm's own caution about
// chart size and keep a hostile package from filling memory or disk.
struct ArchiveLimits
{
    qint64 maxFileSize = 5LL * 1024 * 1024;
    qint64 maxTotalSize = 100LL * 1024 * 1024;
    qint64 maxEntries = 50'000;
};

} // namespace charthouse
