#include "core/jobs/SaveJob.h"

namespace charthouse {

SaveJob::SaveJob(QString cacheRoot, QString source, Reference ref, SaveOptions options, QObject *parent)
    : Job(parent),
      m_cacheRoot(std::move(cacheRoot)),
      m_source(std::move(source)),
      m_ref(std::move(ref)),
      m_options(options)
{ }

QString SaveJob::title() const
{
    return tr("Save %1").arg(m_ref.toString());
}

void SaveJob::run()
{
    // Loading, packaging and hashing keep a core busy: the global pool. Only the commit waits, for the cache
    // lock that another process may hold: the pool for waits.
    runInBackground<PackagedChart>(
        [source = m_source, options = m_options, cancel = cancelFlag()] {
            return ChartStore::package(source, options, cancel.get());
        },
        [this](Result<PackagedChart> packaged) {
            if (!packaged)
                return finish(packaged.error());
            if (isCancelRequested())
                return finish(cancelledError());
            if (m_ref.tag().isEmpty() && !m_ref.digest()) {
                // As Helm 3.0–3.6's `chart save`: a reference without a tag gets the chart's version.
                const QString version = packaged->metadata.version;
                if (!Reference::isValidTag(version))
                    return finish(Error(Error::Code::InvalidInput,
                        tr("%1 has no tag, and the chart's version %2 cannot be one; give the reference a tag")
                            .arg(m_ref.toString(), version)));
                m_ref = m_ref.withTag(version);
            }
            runBlockingAndFinish<ChartSummary>(
                [cacheRoot = m_cacheRoot, chart = std::move(*packaged), ref = m_ref, cancel = cancelFlag()] {
                    return ChartStore(cacheRoot).commit(chart, ref, cancel.get());
                },
                m_result);
        });
}

} // namespace charthouse
