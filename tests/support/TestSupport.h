#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace charthouse::test {

// Writes files (relative path -> content) under root, creating directories. Returns false on failure.
bool writeTree(const QString &root, const QMap<QString, QByteArray> &files);

// Every regular file under root (relative path -> content), following no links.
QMap<QString, QByteArray> readTree(const QString &root);

// Every entry (files, dirs, links) under root as relative paths, sorted; for "nothing was written" checks.
QStringList listTree(const QString &root);

// A minimal valid chart directory "name" with the given version under parent; returns its path.
QString makeChart(const QString &parent, const QString &name, const QString &version,
                  const QMap<QString, QByteArray> &extraFiles = {});

// A home of its own for a test: HOME, XDG_CONFIG_HOME, XDG_DATA_HOME, XDG_STATE_HOME and DOCKER_CONFIG under
// `home`, as "K=V" entries for run() ...
QStringList homeEnvironment(const QString &home);
// homeEnvironment plus Helm's own directories under it (HELM_CACHE_HOME=home/helm-cache, …) and
// HELM_EXPERIMENTAL_OCI=1: Helm 3.4.2's `chart` commands and charthouse-cli then share home/helm-cache.
QStringList helmEnvironment(const QString &home);
// ... or set in this process (before anything reads them).
void useHome(const QString &home);

// The charthouse-cli binary built beside the tests (CHARTHOUSE_BIN_DIR).
QString cliPath();

struct ProcessResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs a program to completion (timeout in ms) with extra environment entries "K=V".
ProcessResult run(const QString &program, const QStringList &args, const QStringList &env = {},
                  const QByteArray &stdinData = {}, int timeoutMs = 120000);

// Path of a real Helm binary ("3.4.2" or "4.1.4") fetched by scripts/fetch-helm.sh, or empty.
QString helmPath(const QString &version);

} // namespace charthouse::test
