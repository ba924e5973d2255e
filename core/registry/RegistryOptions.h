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
    int timeoutMs = 30'000;
    int maxAttempts = 4; // per request, for 429, 5xx and dropped connections
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
