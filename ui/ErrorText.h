#pragma once

#include "core/common/Error.h"

#include <QCoreApplication>

namespace charthouse {

// An error as the window says it: its message, then what the user can do about it, naming the dialog and the
// control that does it (never a CLI flag: app/cli words the same hints for the terminal).
class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(charthouse::ErrorText)
public:
    static QString message(const Error &error);
    // The hint alone, or empty for Error::Hint::None.
    static QString hint(Error::Hint hint, const QString &subject);
};

} // namespace charthouse
