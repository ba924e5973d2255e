#include "ui/ErrorText.h"

namespace charthouse {

QString ErrorText::hint(Error::Hint hint, const QString &subject)
{
    switch (hint) {
    case Error::Hint::None: return {};
    case Error::Hint::Login:
        return subject.isEmpty() ? tr("log in to the registry in Registry ▸ Registries…")
                                 : tr("log in to %1 in Registry ▸ Registries…").arg(subject);
    case Error::Hint::PlainHttp:
        return tr(
            "it speaks plain HTTP: turn on “Plain HTTP” for it in Registry ▸ Registries… and log in again");
    case Error::Hint::PrivateCa:
        return tr("for a private CA, give its “CA file” in Registry ▸ Registries… and log in again; to skip "
                  "verification, turn on “Skip TLS verification” there");
    case Error::Hint::ClientCertificate:
        return tr("the registry may ask for a client certificate, which the window cannot give yet");
    case Error::Hint::NoKeychain:
        return tr("without a keychain, credentials can be used for this session only and are not stored");
    case Error::Hint::Replace:
        return subject.isEmpty() ? tr("choose another folder, or move the existing one away first")
                                 : tr("choose another folder, or move %1 away first").arg(subject);
    case Error::Hint::LayerSizeLimit: return tr("raise the layer size limit in File ▸ Settings…");
    case Error::Hint::SpeedLimit:
        return tr("for a slow link, lower the speed limit in File ▸ Settings… (0 turns it off)");
    case Error::Hint::StopLocalRegistry:
        return tr("stop it with “Stop” in Registry ▸ Start a local test registry…");
    }
    return {};
}

QString ErrorText::message(const Error &error)
{
    const QString what = hint(error.hint(), error.hintSubject());
    if (what.isEmpty())
        return error.message();
    //: An error message, then what the user can do about it.
    return tr("%1 (%2)").arg(error.message(), what);
}

} // namespace charthouse
