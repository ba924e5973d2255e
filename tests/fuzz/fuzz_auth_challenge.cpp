// WWW-Authenticate headers: whatever a registry, or anything in between, answers with.
#include "core/registry/AuthChallenge.h"
#include "tests/fuzz/FuzzInput.h"

using namespace charthouse;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray header = fuzzBytes(data, size);
    const QList<AuthChallenge> challenges = AuthChallenge::parse(header);
    fuzzCheck(challenges.size() <= header.size(), "more challenges than bytes");
    for (const AuthChallenge &challenge : challenges) {
        fuzzCheck(!challenge.scheme.isEmpty(), "a challenge without a scheme");
        fuzzCheck(challenge.scheme == challenge.scheme.toLower(), "a scheme that is not lower case");
        for (auto it = challenge.params.cbegin(); it != challenge.params.cend(); ++it)
            fuzzCheck(it.key() == it.key().toLower(), "a parameter name that is not lower case");
    }
    return 0;
}
