// Docker-Content-Digest and Location headers: whatever a registry, a CDN or anything in between answers with.
// A digest is accepted only as sha256/sha512 in lower-case hex; a redirect only to http(s) with a host, never
// from HTTPS to anything else, and never carrying a user:password@ along.
#include "core/registry/ContentDigestCheck.h"
#include "core/registry/Redirects.h"
#include "tests/fuzz/FuzzInput.h"

#include <QRegularExpression>

using namespace charthouse;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray header = fuzzBytes(data, size);
    if (auto check = ContentDigestCheck::fromHeader(header, QStringLiteral("registry.test"))) {
        static const QRegularExpression digest(QStringLiteral("^(sha256:[0-9a-f]{64}|sha512:[0-9a-f]{128})$"));
        fuzzCheck(digest.match(QString::fromLatin1(check->claimed())).hasMatch(), "a digest of another form accepted");
        check->add(header);
        (void)check->matches();
    }
    for (const char *from : {"https://registry.test/v2/x/blobs/sha256:1", "http://127.0.0.1:5000/v2/"}) {
        const QUrl origin(QString::fromLatin1(from));
        auto next = redirectTarget(origin, header, 1, QStringLiteral("registry.test"));
        if (!next)
            continue;
        fuzzCheck(next->scheme() == QLatin1String("https") || next->scheme() == QLatin1String("http"), "not http(s)");
        fuzzCheck(!next->host().isEmpty(), "no host");
        fuzzCheck(next->userInfo().isEmpty(), "userinfo carried along");
        fuzzCheck(origin.scheme() != QLatin1String("https") || next->scheme() == QLatin1String("https"), "HTTPS to HTTP");
    }
    return 0;
}
