#include "core/oci/Reference.h"

#include <QRegularExpression>

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
    static const QRegularExpression re(QStringLiteral(R"(^[\w][\w.-]{0,127}$)"));
    return re;
}

Error invalid(const QString &text, const QString &why)
{
    return Error(Error::Code::InvalidInput,
        QCoreApplication::translate("charthouse::Reference", "invalid reference \"%1\": %2").arg(text, why));
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

Result<Reference> Reference::parse(const QString &text)
{
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
                tr("tag \"%1\" may contain only letters, digits, _ . and - (at most 128)").arg(ref.m_tag));
    }
    if (ref.m_tag.isEmpty() && !ref.m_digest)
        return invalid(text, tr("a tag is required, e.g. localhost:5000/myrepo/mychart:2.7.0"));
    if (auto ok = parseName(text, rest, ref.m_registry, ref.m_repository); !ok)
        return ok.error();
    return ref;
}

Result<Reference> Reference::parseRepository(const QString &text)
{
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

Reference Reference::withTag(const QString &tag) const
{
    Reference copy = *this;
    copy.m_tag = tag;
    copy.m_digest.reset();
    return copy;
}

} // namespace charthouse
