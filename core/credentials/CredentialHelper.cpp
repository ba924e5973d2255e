#include "core/credentials/CredentialHelper.h"

#include "core/common/Logging.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QThread>
#include <QTimer>

#include <utility>

namespace charthouse {

namespace {

// Owned by the caller's context: destroying the context destroys the run, which kills its helper.
class HelperRun : public QObject
{
public:
    HelperRun(const QString &program, const QString &host, std::chrono::milliseconds timeout,
        QObject *context, CredentialHelper::Done done)
        : QObject(context),
          m_name(QFileInfo(program).fileName()),
          m_host(host),
          m_timeout(timeout),
          m_done(std::move(done))
    { }

    ~HelperRun() override { abandonProcess(); }

    void start(const QString &program, const QProcessEnvironment &environment)
    {
        m_process = new QProcess(this);
        m_process->setProgram(program);
        m_process->setArguments({QStringLiteral("get")});
        m_process->setProcessEnvironment(environment);
        m_process->setStandardErrorFile(QProcess::nullDevice());
        connect(m_process, &QProcess::readyReadStandardOutput, this, &HelperRun::readOutput);
        connect(m_process, &QProcess::finished, this, &HelperRun::processFinished);
        connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
            if (error == QProcess::FailedToStart)
                fail(QStringLiteral("did not start"));
        });
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            qCWarning(lcRegistry).noquote() << m_name << "gave no answer for" << m_host << "within"
                                            << m_timeout.count() << "ms; stopped it";
            finish(std::nullopt);
        });
        m_timer.start(m_timeout);
        m_process->start();
        if (m_process && m_process->state() != QProcess::NotRunning) {
            m_process->write(m_host.toUtf8());
            m_process->closeWriteChannel();
        }
    }

private:
    void readOutput()
    {
        m_output += m_process->readAllStandardOutput();
        if (m_output.size() > CredentialHelper::maxOutput)
            fail(QStringLiteral("printed more than %1 bytes").arg(CredentialHelper::maxOutput));
    }

    void processFinished(int exitCode, QProcess::ExitStatus status)
    {
        readOutput();
        if (m_finished)
            return;
        if (status != QProcess::NormalExit || exitCode != 0)
            return fail(status == QProcess::NormalExit ? QStringLiteral("exited with %1").arg(exitCode)
                                                       : QStringLiteral("crashed"));
        const QJsonDocument answer = QJsonDocument::fromJson(m_output);
        const QString secret = answer.object().value(QLatin1String("Secret")).toString();
        if (secret.isEmpty())
            return fail(answer.isObject() ? QStringLiteral("gave no secret")
                                          : QStringLiteral("printed no JSON object"));
        finish(Credentials {answer.object().value(QLatin1String("Username")).toString(), secret});
    }

    // Why is said, never what the helper printed: that may be the secret.
    void fail(const QString &why)
    {
        if (m_finished)
            return;
        qCDebug(lcRegistry).noquote() << m_name << "for" << m_host << why;
        finish(std::nullopt);
    }

    // The answer goes out from the event loop, so never from inside run() or a QProcess signal.
    void finish(std::optional<Credentials> credentials)
    {
        if (m_finished)
            return;
        m_finished = true;
        m_timer.stop();
        m_output.clear();
        abandonProcess();
        QMetaObject::invokeMethod(
            this,
            [this, credentials = std::move(credentials)] {
                CredentialHelper::Done done = std::move(m_done);
                deleteLater();
                done(credentials); // may destroy the context, and this with it: nothing after this line
            },
            Qt::QueuedConnection);
    }

    // A helper still running is killed and reaped later by its own QProcess (no zombie, no blocking wait),
    // even when this run is being destroyed with its context.
    void abandonProcess()
    {
        QProcess *process = std::exchange(m_process, nullptr);
        if (!process)
            return;
        process->disconnect(this);
        if (process->state() == QProcess::NotRunning)
            return process->deleteLater();
        process->setParent(nullptr);
        connect(process, &QProcess::finished, process, &QObject::deleteLater);
        process->kill();
    }

    QString m_name;
    QString m_host;
    std::chrono::milliseconds m_timeout;
    CredentialHelper::Done m_done;
    QProcess *m_process = nullptr;
    QTimer m_timer;
    QByteArray m_output;
    bool m_finished = false;
};

} // namespace

void CredentialHelper::run(const QString &program, const QString &host,
    const QProcessEnvironment &environment, std::chrono::milliseconds timeout, QObject *context, Done done)
{
    Q_ASSERT(context && context->thread() == QThread::currentThread());
    auto *run = new HelperRun(program, host, timeout, context, std::move(done));
    run->start(program, environment);
}

} // namespace charthouse
