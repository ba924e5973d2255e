#pragma once

#include "core/registry/CredentialSource.h"

#include <memory>
#include <vector>

namespace charthouse {

// Asks its sources one after the other; the first that finds credentials answers, the rest are not asked.
// found is never called from inside find() (as long as the sources keep that promise too).
class ChainedCredentials : public CredentialSource
{
public:
    using Sources = std::vector<std::shared_ptr<CredentialSource>>;

    explicit ChainedCredentials(Sources sources);
    void find(const QString &host, QObject *context, Found found) override;

private:
    std::shared_ptr<const Sources> m_sources;
};

} // namespace charthouse
