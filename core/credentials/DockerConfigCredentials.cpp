#include "core/credentials/DockerConfigCredentials.h"

#include "core/common/Logging.h"
#include "core/credentials/CredentialHelper.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QThread>

#include <vector>

namespace charthouse {

namespace {

constexpr qint64 maxConfigSize = 1 << 20;

// What one place in the config files offers: credentials written there, or the name of a helper to ask.
struct Step
{
    std::optional<Credentials> credentials;
    QString helper;
};

// Docker keys auths by "host", "https://host", "http://host/v1/" and the like.
QString normalisedHost(QString key)
{
    static const QRegularExpression scheme(QStringLiteral("^[a-z]+://"));
    key.remove(scheme);
    return key.section(QLatin1Char('/'), 0, 0);
}

std::optional<Credentials> fromAuths(const QJsonObject &auths, const QString &host)
{
    for (auto it = auths.begin(); it != auths.end(); ++it) {
        if (normalisedHost(it.key()) != host)
            continue;
        const QJsonObject entry = it.value().toObject();
        const QByteArray auth
            = QByteArray::fromBase64(entry.value(QLatin1String("auth")).toString().toLatin1());
        if (const qsizetype colon = auth.indexOf(':'); colon > 0)
            return Credentials {QString::fromUtf8(auth.left(colon)), QString::fromUtf8(auth.mid(colon + 1))};
        if (entry.contains(QLatin1String("username")))
            return Credentials {entry.value(QLatin1String("username")).toString(),
                entry.value(QLatin1String("password")).toString()};
    }
    return std::nullopt;
}

// Every place to look, in Docker's order; credentials written in a file end the list (nothing after is
// asked).
std::vector<Step> stepsFor(const QStringList &configFiles, const QString &host)
{
    std::vector<Step> steps;
    for (const QString &path : configFiles) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject config = QJsonDocument::fromJson(file.read(maxConfigSize)).object();
        const QString helper = config.value(QLatin1String("credHelpers")).toObject().value(host).toString();
        if (!helper.isEmpty())
            steps.push_back({std::nullopt, helper});
        if (auto credentials = fromAuths(config.value(QLatin1String("auths")).toObject(), host)) {
            steps.push_back({std::move(credentials), {}});
            return steps;
        }
        const QString store = config.value(QLatin1String("credsStore")).toString();
        if (!store.isEmpty())
            steps.push_back({std::nullopt, store});
    }
    return steps;
}

// One find(): walks the steps, one helper at a time. A child of the caller's context, so it ends with it.
class ConfigLookup : public QObject
{
public:
    ConfigLookup(QObject *context, std::vector<Step> steps, const DockerConfigLocations &locations,
        std::chrono::milliseconds helperTimeout, const QString &host, CredentialSource::Found found)
        : QObject(context),
          m_steps(std::move(steps)),
          m_searchPath(locations.helperSearchPath),
          m_environment(locations.helperEnvironment),
          m_helperTimeout(helperTimeout),
          m_host(host),
          m_found(std::move(found))
    { }

    void next()
    {
        while (m_next < m_steps.size()) {
            const Step &step = m_steps[m_next++];
            if (step.credentials)
                return finish(step.credentials);
            const QString name = QStringLiteral("docker-credential-") + step.helper;
            const QString program
                = m_searchPath.isEmpty() ? QString() : QStandardPaths::findExecutable(name, m_searchPath);
            if (program.isEmpty()) {
                qCDebug(lcRegistry).noquote() << name << "for" << m_host << "is not on the PATH";
                continue;
            }
            return CredentialHelper::run(program, m_host, m_environment, m_helperTimeout, this,
                [this](std::optional<Credentials> credentials) {
                    if (credentials)
                        return finish(std::move(credentials));
                    next();
                });
        }
        finish(std::nullopt);
    }

private:
    void finish(std::optional<Credentials> credentials)
    {
        CredentialSource::Found found = std::move(m_found);
        deleteLater();
        found(std::move(credentials)); // may destroy the context, and this with it: nothing after this line
    }

    std::vector<Step> m_steps;
    size_t m_next = 0;
    QStringList m_searchPath;
    QProcessEnvironment m_environment;
    std::chrono::milliseconds m_helperTimeout;
    QString m_host;
    CredentialSource::Found m_found;
};

} // namespace

DockerConfigCredentials::DockerConfigCredentials(
    DockerConfigLocations locations, std::chrono::milliseconds helperTimeout)
    : m_locations(std::move(locations)), m_helperTimeout(helperTimeout)
{ }

void DockerConfigCredentials::find(const QString &host, QObject *context, Found found)
{
    Q_ASSERT(context && context->thread() == QThread::currentThread());
    // The lookup holds copies of what it needs: this source may be gone before it ends.
    auto *lookup = new ConfigLookup(context, stepsFor(m_locations.configFiles, host), m_locations,
        m_helperTimeout, host, std::move(found));
    QMetaObject::invokeMethod(lookup, &ConfigLookup::next, Qt::QueuedConnection);
}

} // namespace charthouse
