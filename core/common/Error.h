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
        Unsupported, // the other side does not offer or allow the operation (a registry with deletes disabled)
        Internal,
    };

    // What the user can do about it. Each face words a hint itself (the CLI names a flag, the window a setting
    // or a button), so core messages never name a CLI flag and no face branches on message text.
    enum class Hint {
        None,
        Login, // authentication is needed: log in to subject (a registry host)
        PlainHttp, // subject (a registry host) speaks plain HTTP, not HTTPS
        PrivateCa, // subject's certificate did not verify: give its CA, or skip verification
        ClientCertificate, // subject may ask for a client certificate
        NoKeychain, // no keychain to store a password: use credentials for one command or session only
        Replace, // subject (a file or directory) exists: ask to replace it
        LayerSizeLimit, // a layer is larger than the layer size limit: raise the limit
        SpeedLimit, // a transfer was slower than the speed limit: lower it for slow links
        StopLocalRegistry, // a local registry already runs on subject (HOST:PORT): stop it first
    };

    Error(Code code, QString message) : m_code(code), m_message(std::move(message)) { }

    Code code() const { return m_code; }
    const QString &message() const { return m_message; }
    Hint hint() const { return m_hint; }
    // What the hint is about: a registry host, a path. Empty when the hint needs none.
    const QString &hintSubject() const { return m_hintSubject; }
    Error withHint(Hint hint, QString subject = {}) const;

    // "context: message", for adding where an error happened without losing what it was.
    Error withContext(const QString &context) const;

private:
    Code m_code;
    QString m_message;
    Hint m_hint = Hint::None;
    QString m_hintSubject;
};

QString errorCodeName(Error::Code code);

} // namespace charthouse
