#include "core/jobs/Job.h"

#include "core/common/Logging.h"

#include <QMetaObject>

namespace charthouse {

Job::Job(QObject *parent) : QObject(parent) { }

Job::~Job() = default;

void Job::start()
{
    if (m_state != State::NotStarted)
        return;
    m_state = State::Running;
    Q_EMIT started();
    run();
}

void Job::cancel()
{
    if (isFinished())
        return;
    m_cancel->store(true);
    if (m_state == State::NotStarted)
        finish(cancelledError());
    else
        onCancel();
}

void Job::finish(const Result<void> &outcome)
{
    if (isFinished())
        return;
    if (outcome) {
        m_state = State::Succeeded;
    } else {
        m_error = outcome.error();
        m_state = outcome.error().code() == Error::Code::Cancelled ? State::Cancelled : State::Failed;
        qCDebug(lcJobs) << title() << "failed:" << outcome.error().message();
    }
    Q_EMIT finished();
}

void Job::reportProgress(qint64 done, qint64 total)
{
    QMetaObject::invokeMethod(
        this, [this, done, total] { Q_EMIT progress(done, total); }, Qt::AutoConnection);
}

Error cancelledError()
{
    return Error(Error::Code::Cancelled, QStringLiteral("cancelled"));
}

} // namespace charthouse
