#pragma once

#include <QString>

#include <optional>

namespace charthouse {

// How to reach one registry host. Not secret: kept in the settings.
struct RegistryOptions
{
    bool plainHttp = false; // plain HTTP (loopback hosts fall back to it by themselves)
    bool insecureSkipTlsVerify = false;
    QString caFile;
    QString certFile;
    QString keyFile;
    int timeoutMs = 30'000; // idle: no answer, or no byte of a body, for this long ends the request
    int maxAttempts = 4; // per request, for 429, 5xx and dropped connections
};

// For every transfer of a client. Like curl's --speed-limit/--speed-time: a body that moves fewer than
// lowSpeedBytes in any lowSpeedWindowMs ends (a server that drips a byte every few seconds never times out).
// A blob larger than maxLayerSize (Helm's limit for a chart by default) is refused before it is downloaded.
struct TransferLimits
{
    static constexpr qint64 defaultMaxLayerSize = 100LL * 1024 * 1024;
    qint64 lowSpeedBytes = 1024; // 0: no speed limit
    int lowSpeedWindowMs = 30'000;
    qint64 maxLayerSize = defaultMaxLayerSize;
};

// Secret: lives only in the OS keychain (or in memory for one command).
struct Credentials
{
    QString username;
    QString password;
};

// "localhost", "127.0.0.0/8", "::1": where Docker tries HTTPS first and plain HTTP next.
bool isLoopbackHost(const QString &hostAndPort);

} // namespace charthouse
