#pragma once

#include <QString>

namespace charthouse {

// An error is a value that ends up in front of a person: the message must make sense on its own
// ("index.json in /x is truncated"), never a bare errno or a class name.
class Error
{
public:
    enum class Code {
        InvalidInput, // the user gave us something malformed (reference, chart, flag)
        NotFound, // a chart, tag, blob or file that is not there
        Corrupt, // data on disk or on the wire that fails its checks
        Unsafe, // input that tries to escape its place (archive traversal, links, devices)
        TooLarge, // a limit was hit
        Conflict, // target exists, lock busy
        Io, // the operating system refused
        NoSpace, // the disk or the user's quota is full
        Cancelled,
        Network,
        Unauthorized,
        Internal,
    };

    Error(Code code, QString message) : m_code(code), m_message(std::move(message)) { }

    Code code() const { return m_code; }
    const QString &message() const { return m_message; }

    // "context: message", for adding where an error happened without losing what it was.
    Error withContext(const QString &context) const;

private:
    Code m_code;
    QString m_message;
};

QString errorCodeName(Error::Code code);

} // namespace charthouse
