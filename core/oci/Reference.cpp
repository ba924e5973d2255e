#include "core/oci/Reference.h"

#include <QRegularExpression>

#include <algorithm>

namespace charthouse {

namespace {

// The distribution reference grammar (distribution/reference/regexp.go).
const QRegularExpression &hostPattern()
{
    static const QRegularExpression re(QStringLiteral(
        R"(^(?:(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)(?:\.(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?))*|\[[0-9a-fA-F:.]+\])(?::[0-9]+)?$)"));
    return re;
}

const QRegularExpression &pathComponentPattern()
{
    static const QRegularExpression re(QStringLiteral(R"(^[a-z0-9]+(?:(?:[._]|__|[-]*)[a-z0-9]+)*$)"));
    return re;
}

const QRegularExpression &tagPattern()
{
    // '+' is not in the distribution spec's tag grammar, but Helm 3.0–3.6 tagged cached charts with versions
    // like 1.2.3+build.5; on the wire it becomes '_' (registryTag()), as Helm 3.8+ does.
    static const QRegularExpression re(QStringLiteral(R"(^[\w][\w.+-]{0,127}$)"));
    return re;
}

Error invalid(const QString &text, const QString &why)
{
    return Error(Error::Code::InvalidInput,
        QCoreApplication::translate("charthouse::Reference", "invalid reference \"%1\": %2")
            .arg(Reference::redacted(text), why));
}

// "sha256:0123…": what follows the '@' of a digest reference. A port ("host:5000") is not one: its part after the
// colon is all digits and short.
bool looksLikeDigest(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"(^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:([a-zA-Z0-9=_-]+)$)"));
    const QRegularExpressionMatch match = re.match(text);
    if (!match.hasMatch())
        return false;
    const QStringView encoded = match.capturedView(1);
    return encoded.size() >= 32
        || std::any_of(encoded.begin(), encoded.end(), [](QChar c) { return !c.isDigit(); });
}

// Where userinfo ("user:password@") ends in text: the index of its '@', or -1. The password may itself hold '/',
// ':' or '@', so this is the last '@' that does not start a digest, not the first one before a slash.
qsizetype userinfoEnd(const QString &text)
{
    const qsizetype schemeEnd = text.indexOf(QLatin1String("://"));
    const qsizetype hostStart = schemeEnd >= 0 ? schemeEnd + 3 : 0;
    qsizetype at = text.lastIndexOf(QLatin1Char('@'));
    if (at >= hostStart && looksLikeDigest(text.mid(at + 1)))
        at = at > 0 ? text.lastIndexOf(QLatin1Char('@'), at - 1) : -1;
    return at >= hostStart ? at : -1;
}

// "https://…" or "user:password@…": a URL or credentials where a reference belongs.
bool looksLikeUrl(const QString &text)
{
    return text.contains(QLatin1String("://")) || userinfoEnd(text) >= 0;
}

QString notAUrl()
{
    return QCoreApplication::translate("charthouse::Reference",
        "give HOST[:PORT]/REPOSITORY/NAME:TAG without a scheme or credentials (log in for those)");
}

QString needsRegistry()
{
    return QCoreApplication::translate("charthouse::Reference",
        "it needs a registry and a repository, e.g. localhost:5000/myrepo/mychart:2.7.0");
}

// Splits "host/path" and checks both; fills registry and repository.
Result<void> parseName(const QString &text, const QString &name, QString &registry, QString &repository)
{
    const qsizetype slash = name.indexOf(QLatin1Char('/'));
    if (slash <= 0)
        return invalid(text, needsRegistry());
    registry = name.left(slash);
    repository = name.mid(slash + 1);
    if (!hostPattern().match(registry).hasMatch())
        return invalid(text,
            QCoreApplication::translate("charthouse::Reference", "\"%1\" is not a valid registry host[:port]")
                .arg(registry));
    if (repository.isEmpty())
        return invalid(text, QCoreApplication::translate("charthouse::Reference", "the repository is empty"));
    const QStringList components = repository.split(QLatin1Char('/'));
    for (const QString &component : components) {
        if (!pathComponentPattern().match(component).hasMatch())
            return invalid(text,
                QCoreApplication::translate("charthouse::Reference",
                    "repository part \"%1\" must be lowercase letters, digits and . _ - separators")
                    .arg(component));
    }
    if (name.size() > 255)
        return invalid(text,
            QCoreApplication::translate("charthouse::Reference", "the name is longer than 255 characters"));
    return {};
}

} // namespace

QString Reference::redacted(const QString &text)
{
    // Whatever stands between the scheme and userinfo's '@' never reaches a message.
    const qsizetype at = userinfoEnd(text);
    if (at < 0)
        return text;
    const qsizetype schemeEnd = text.indexOf(QLatin1String("://"));
    const qsizetype hostStart = schemeEnd >= 0 ? schemeEnd + 3 : 0;
    return text.left(hostStart) + QStringLiteral("***") + text.mid(at);
}

Result<QString> Reference::parseHost(const QString &text)
{
    if (looksLikeUrl(text) || !hostPattern().match(text).hasMatch())
        return Error(Error::Code::InvalidInput,
            tr("\"%1\" is not a registry HOST[:PORT] (give it without a scheme, path or credentials)")
                .arg(redacted(text)));
    return text;
}

Result<Reference> Reference::parse(const QString &text)
{
    if (looksLikeUrl(text))
        return invalid(text, notAUrl());
    Reference ref;
    QString rest = text;
    if (const qsizetype at = rest.indexOf(QLatin1Char('@')); at >= 0) {
        auto digest = Digest::parse(rest.mid(at + 1));
        if (!digest)
            return invalid(text, digest.error().message());
        ref.m_digest = *digest;
        rest = rest.left(at);
    }
    const qsizetype lastSlash = rest.lastIndexOf(QLatin1Char('/'));
    if (lastSlash < 0)
        return invalid(text, needsRegistry());
    const qsizetype colon = rest.lastIndexOf(QLatin1Char(':'));
    if (colon > lastSlash) {
        ref.m_tag = rest.mid(colon + 1);
        rest = rest.left(colon);
        if (!tagPattern().match(ref.m_tag).hasMatch())
            return invalid(text,
                tr("tag \"%1\" may contain only letters, digits, _ . - and + (at most 128)").arg(ref.m_tag));
    }
    if (ref.m_tag.isEmpty() && !ref.m_digest)
        return invalid(text, tr("a tag is required, e.g. localhost:5000/myrepo/mychart:2.7.0"));
    if (auto ok = parseName(text, rest, ref.m_registry, ref.m_repository); !ok)
        return ok.error();
    return ref;
}

Result<Reference> Reference::parseRepository(const QString &text)
{
    if (looksLikeUrl(text))
        return invalid(text, notAUrl());
    Reference ref;
    const qsizetype lastSlash = text.lastIndexOf(QLatin1Char('/'));
    if (text.contains(QLatin1Char('@')) || text.lastIndexOf(QLatin1Char(':')) > lastSlash)
        return invalid(
            text, tr("give a repository without tag or digest, e.g. localhost:5000/myrepo/mychart"));
    if (auto ok = parseName(text, text, ref.m_registry, ref.m_repository); !ok)
        return ok.error();
    return ref;
}

QString Reference::toString() const
{
    QString text = name();
    if (!m_tag.isEmpty())
        text += QLatin1Char(':') + m_tag;
    if (m_digest)
        text += QLatin1Char('@') + m_digest->toString();
    return text;
}

QString Reference::registryTag() const
{
    return QString(m_tag).replace(QLatin1Char('+'), QLatin1Char('_'));
}

bool Reference::isValidTag(const QString &tag)
{
    return tagPattern().match(tag).hasMatch();
}

Reference Reference::withTag(const QString &tag) const
{
    Reference copy = *this;
    copy.m_tag = tag;
    copy.m_digest.reset();
    return copy;
}

} // namespace charthouse
