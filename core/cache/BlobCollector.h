#pragma once

#include "core/common/Result.h"
#include "core/oci/Digest.h"
#include "core/oci/Index.h"

#include <QCoreApplication>
#include <QSet>

namespace charthouse {

class ChartCache;

// What `chart prune` found: blobs no manifest in index.json uses.
struct PruneReport
{
    struct Blob
    {
        Digest digest;
        qint64 size = 0;
    };
    QList<Blob> removed; // or, in a dry run, those that would be
    QList<Blob> keptRecent; // changed too recently: another program (Helm) may be saving them right now
    qint64 removedBytes() const;
};

// Deletes blobs that nothing uses, safely, for a ChartCache whose lock the caller holds.
//
// A write that may leave blobs unreferenced if it dies half-way (blobs renamed in before index.json names them;
// index.json rewritten before the old version's blobs are deleted) first records their digests in an intent
// file, ingest/charthouse-intent-*, and deletes it when done. Intents exist only while their writer holds the
// cache lock, so one found by a lock holder belongs to a dead process: its blobs that index.json does not use
// are deleted. That collects what killed Charthouse processes leave, and never a blob that Helm (which takes no
// lock) is writing. Unreferenced blobs of unknown origin are only deleted by prune(), and only once they are
// older than a grace period.
class BlobCollector
{
    Q_DECLARE_TR_FUNCTIONS(charthouse::BlobCollector)
public:
    explicit BlobCollector(const ChartCache &cache) : m_cache(cache) { }

    // Every digest index.json uses: the manifests and what they reference. Fails if a manifest can't be read,
    // since then nobody can tell what it uses.
    Result<QSet<Digest>> referenced(const Index &index) const;

    // Records digests this write may leave unused; returns the intent file's path.
    Result<QString> recordIntent(const QSet<Digest> &digests) const;
    // The write finished (or was undone): deletes what of the intent is unused and then the intent itself.
    void settleIntent(const QString &intentPath, const Index &index) const;
    // Settles every intent left by dead processes (the caller holds the lock).
    void settleAbandonedIntents(const Index &index) const;
    // Whether there is an intent to settle (with the lock held, only dead processes' ones).
    bool hasIntents() const { return !intentFiles().isEmpty(); }

    // Deletes candidates that index.json does not use. Keeps everything if a manifest is unreadable.
    void collect(const Index &index, const QSet<Digest> &candidates) const;

    Result<PruneReport> prune(const Index &index, bool dryRun, qint64 minAgeSeconds) const;

    static QString intentPrefix() { return QStringLiteral("charthouse-intent-"); }

private:
    // Which of the candidates index.json uses, as referenced() tells, reading and parsing only the manifests that
    // may name one. Fails if a manifest it reads can't be read.
    Result<QSet<Digest>> usedAmong(const Index &index, QSet<Digest> candidates) const;
    QStringList intentFiles() const;
    bool deleteBlob(const Digest &digest) const;

    const ChartCache &m_cache;
};

} // namespace charthouse
