#include "core/provenance/KeyringCheck.h"

#include "core/provenance/GpgSession.h"

namespace charthouse {

Result<int> keyringKeyCount(const QString &path)
{
    auto session = GpgSession::open();
    if (!session)
        return session.error();
    return (*session)->importKeyring(path);
}

} // namespace charthouse
