#include "tests/support/TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>

namespace charthouse::test {

bool writeTree(const QString &root, const QMap<QString, QByteArray> &files)
{
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const QString path = root + QLatin1Char('/') + it.key();
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            return false;
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(it.value()) != it.value().size())
            return false;
    }
    return true;
}

QMap<QString, QByteArray> readTree(const QString &root)
{
    QMap<QString, QByteArray> out;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    const QDir base(root);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            out.insert(base.relativeFilePath(path), f.readAll());
    }
    return out;
}

QStringList homeEnvironment(const QString &home)
{
    return {QStringLiteral("HOME=") + home, QStringLiteral("XDG_CONFIG_HOME=") + home + QStringLiteral("/.config"),
        QStringLiteral("XDG_DATA_HOME=") + home + QStringLiteral("/.local/share"),
        QStringLiteral("XDG_STATE_HOME=") + home + QStringLiteral("/.local/state"),
        QStringLiteral("DOCKER_CONFIG=") + home + QStringLiteral("/.docker")};
}

QStringList helmEnvironment(const QString &home)
{
    return homeEnvironment(home)
        << QStringLiteral("HELM_EXPERIMENTAL_OCI=1") << QStringLiteral("HELM_CACHE_HOME=") + home + QStringLiteral("/helm-cache")
        << QStringLiteral("HELM_CONFIG_HOME=") + home + QStringLiteral("/helm-config")
        << QStringLiteral("HELM_DATA_HOME=") + home + QStringLiteral("/helm-data");
}

void useHome(const QString &home)
{
    for (const QString &entry : homeEnvironment(home))
        qputenv(qPrintable(entry.section(QLatin1Char('='), 0, 0)), entry.section(QLatin1Char('='), 1).toUtf8());
}

QStringList listTree(const QString &root)
{
    QStringList out;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    const QDir base(root);
    while (it.hasNext())
        out << base.relativeFilePath(it.next());
    out.sort();
    return out;
}

QString makeChart(const QString &parent, const QString &name, const QString &version,
                  const QMap<QString, QByteArray> &extraFiles)
{
    const QString dir = parent + QLatin1Char('/') + name;
    QMap<QString, QByteArray> files = extraFiles;
    if (!files.contains(QStringLiteral("Chart.yaml"))) {
        files.insert(QStringLiteral("Chart.yaml"),
                     "apiVersion: v2\nname: " + name.toUtf8() + "\nversion: " + version.toUtf8()
                         + "\ndescription: A test chart\ntype: application\nappVersion: \"1.0\"\n");
    }
    if (!files.contains(QStringLiteral("values.yaml")))
        files.insert(QStringLiteral("values.yaml"), "replicaCount: 1\n");
    if (!files.contains(QStringLiteral("templates/configmap.yaml"))) {
        files.insert(QStringLiteral("templates/configmap.yaml"),
                     "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\n");
    }
    return writeTree(dir, files) ? dir : QString();
}

QString cliPath()
{
    return qEnvironmentVariable("CHARTHOUSE_BIN_DIR") + QStringLiteral("/charthouse-cli");
}

ProcessResult run(const QString &program, const QStringList &args, const QStringList &env,
                  const QByteArray &stdinData, int timeoutMs)
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const QString &kv : env) {
        const qsizetype eq = kv.indexOf(QLatin1Char('='));
        e.insert(kv.left(eq), kv.mid(eq + 1));
    }
    p.setProcessEnvironment(e);
    p.start(program, args);
    ProcessResult r;
    if (!p.waitForStarted(10000)) {
        r.err = "could not start " + program.toUtf8();
        return r;
    }
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = "timed out: " + program.toUtf8();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QString helmPath(const QString &version)
{
    QString base = qEnvironmentVariable("CHARTHOUSE_HELM_DIR");
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/.cache/charthouse/helm");
    const QString path = base + QLatin1Char('/') + version + QStringLiteral("/helm");
    return QFileInfo(path).isExecutable() ? path : QString();
}

} // namespace charthouse::test
