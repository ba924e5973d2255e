#include "core/credentials/ChainedCredentials.h"

namespace charthouse {

namespace {

// Holds the sources, not the chain: the chain may be gone before the last source answers.
void ask(std::shared_ptr<const ChainedCredentials::Sources> sources, size_t index, const QString &host,
    QObject *context, CredentialSource::Found found)
{
    if (index == sources->size()) {
        QMetaObject::invokeMethod(
            context, [found] { found(std::nullopt); }, Qt::QueuedConnection);
        return;
    }
    CredentialSource &source = *(*sources)[index];
    source.find(
        host, context, [sources, index, host, context, found](std::optional<Credentials> credentials) {
            if (credentials)
                return found(std::move(credentials));
            ask(sources, index + 1, host, context, found);
        });
}

} // namespace

ChainedCredentials::ChainedCredentials(Sources sources)
    : m_sources(std::make_shared<const Sources>(std::move(sources)))
{ }

void ChainedCredentials::find(const QString &host, QObject *context, Found found)
{
    ask(m_sources, 0, host, context, std::move(found));
}

} // namespace charthouse
