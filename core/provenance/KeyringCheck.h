#pragma once

#include "core/common/Result.h"

#include <QString>

namespace charthouse {

// Whether a file is a keyring GPGME can read, as a verification would read it (imported into a private GnuPG
// home, the file only read): the number of OpenPGP keys it holds, or an Error saying why it is not one
// (NotFound: no such file; InvalidInput: not a keyring, or one without keys). Blocking (GnuPG runs as a child
// process): call it off the GUI thread.
Result<int> keyringKeyCount(const QString &path);

} // namespace charthouse
