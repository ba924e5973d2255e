#include "core/common/Error.h"

namespace charthouse {

Error Error::withContext(const QString &context) const
{
    Error error(m_code, context + QStringLiteral(": ") + m_message);
    error.m_hint = m_hint;
    error.m_hintSubject = m_hintSubject;
    return error;
}

Error Error::withHint(Hint hint, QString subject) const
{
    Error error = *this;
    error.m_hint = hint;
    error.m_hintSubject = std::move(subject);
    return error;
}

QString errorCodeName(Error::Code code)
{
    switch (code) {
    case Error::Code::InvalidInput: return QStringLiteral("invalid input");
    case Error::Code::NotFound: return QStringLiteral("not found");
    case Error::Code::Corrupt: return QStringLiteral("corrupt");
    case Error::Code::Unsafe: return QStringLiteral("unsafe");
    case Error::Code::TooLarge: return QStringLiteral("too large");
    case Error::Code::Conflict: return QStringLiteral("conflict");
    case Error::Code::Io: return QStringLiteral("i/o");
    case Error::Code::NoSpace: return QStringLiteral("no space");
    case Error::Code::Cancelled: return QStringLiteral("cancelled");
    case Error::Code::Network: return QStringLiteral("network");
    case Error::Code::Unauthorized: return QStringLiteral("unauthorized");
    case Error::Code::Unsupported: return QStringLiteral("unsupported");
    case Error::Code::Internal: return QStringLiteral("internal");
    }
    return QStringLiteral("unknown");
}

} // namespace charthouse
