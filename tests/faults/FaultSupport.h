#pragma once

// Helpers for the fault-injection tests: small tmpfs file systems filled to an exact free space, and
// questions about a chart cache's blobs (which are referenced, which are orphans, what is left in ingest/).

#include "tests/support/TestSupport.h"

#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <optional>

namespace charthouse::test {

constexpr qint64 pageSize = 4096;

inline qint64 pageRounded(qint64 bytes)
{
    return (bytes + pageSize - 1) / pageSize * pageSize;
}

// True when the tests run under AddressSanitizer (CMake sets CHARTHOUSE_SANITIZE=1): slower processes, so
// longer time budgets.
bool underSanitizer();

// Free bytes for an unprivileged writer on the file system holding path (statvfs), or -1.
qint64 freeBytes(const QString &path);

// A tmpfs of a fixed size mounted on a fresh directory; unmounted (lazily when busy) when destroyed.
class Tmpfs
{
public:
    explicit Tmpfs(qint64 sizeBytes);
    ~Tmpfs();
    Tmpfs(const Tmpfs &) = delete;
    Tmpfs &operator=(const Tmpfs &) = delete;

    // False with `why` ("needs root to mount tmpfs: ...") when not root or mount(2) fails.
    bool mount(QString *why);
    QString path() const { return m_dir.path(); }
    qint64 freeBytes() const;
    // (Re)writes a filler file so that exactly `bytes` (a multiple of 4 KiB) stay free.
    bool leaveFree(qint64 bytes, QString *why);
    void removeFiller();

private:
    qint64 m_size;
    QTemporaryDir m_dir;
    bool m_mounted = false;
};

// Copies a directory tree (hidden entries too); the target must not exist. False on any failure.
bool copyTree(const QString &from, const QString &to);

// Removes a tree and checks it is gone.
bool removeTree(const QString &path);

// Runs charthouse-cli --cache cache args...
ProcessResult cliIn(const QString &cache, const QStringList &args, int timeoutMs = 120000);

// The hex digests index.json references, directly or through each manifest's config and layers. Empty with
// `why` set when index.json or a manifest it names can't be read.
std::optional<QSet<QString>> referencedBlobs(const QString &cache, QString *why);

// File names in blobs/sha256.
QStringList blobFiles(const QString &cache);

// Blob files no manifest in index.json references (directly or through config/layers); `why` set and
// an empty list when index.json can't be read.
QStringList orphanBlobs(const QString &cache, QString *why);

// Every file in ingest/ (hidden too).
QStringList ingestFiles(const QString &cache);

// The refs `chart list -o json` shows, or nullopt with `why`.
std::optional<QStringList> listedRefs(const QString &cache, QString *why);

// `chart export ref` into a fresh directory on the normal disk; the exported chart's files, or nullopt with
// why.
std::optional<QMap<QString, QByteArray>> exportedFiles(
    const QString &cache, const QString &ref, QString *why);

// Text that compresses like real data only a little: lines of base64 from a seeded generator, as YAML.
QByteArray randomText(qsizetype bytes, quint32 seed);

// Sum of page-rounded sizes of the given files (what they take on a tmpfs).
qint64 pagesOf(const QMap<QString, QByteArray> &files);

// A short description of how two sorted listings differ ("+added -removed").
QString listingDiff(const QStringList &before, const QStringList &after);

} // namespace charthouse::test
