#pragma once

#include <QProcessEnvironment>
#include <QString>

namespace charthouse {

// The keyring `helm verify` and `helm package --sign` use when given none: $GNUPGHOME/pubring.gpg, else
// HOME/.gnupg/pubring.gpg (Helm's defaultKeyring). The environment and home are passed in, never read here.
QString defaultHelmKeyring(const QProcessEnvironment &environment, const QString &homeDirectory);

} // namespace charthouse
