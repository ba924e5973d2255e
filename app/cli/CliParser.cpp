#include "app/cli/CliParser.h"

#include "core/oci/Reference.h"

#include <QHash>

namespace charthouse::cli {

namespace {
const QStringList globalFlags {QStringLiteral("cache"), QStringLiteral("help"), QStringLiteral("version")};
const QHash<QString, QString> shortFlags {{QStringLiteral("h"), QStringLiteral("help")},
    {QStringLiteral("o"), QStringLiteral("output")}, {QStringLiteral("d"), QStringLiteral("destination")},
    {QStringLiteral("u"), QStringLiteral("username")}};
const QStringList commandGroups {QStringLiteral("chart"), QStringLiteral("registry"), QStringLiteral("repo")};
} // namespace

CliParser::CliParser()
{
    m_parser.setApplicationDescription(
        QStringLiteral("Helm charts in OCI registries and the local chart cache."));
    m_parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOptions({
        {{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help.")},
        {QStringLiteral("version"), QStringLiteral("Show the version.")},
        {QStringLiteral("cache"),
            QStringLiteral("The chart cache (default: $HELM_CACHE_HOME/registry/cache, else "
                           "$XDG_CACHE_HOME/helm/registry/cache, else ~/.cache/helm/registry/cache)."),
            QStringLiteral("DIR")},
        {QStringLiteral("legacy"),
            QStringLiteral("chart save: write Helm 3.0-3.6's layer media type application/tar+gzip.")},
        {{QStringLiteral("o"), QStringLiteral("output")},
            QStringLiteral("chart list, chart show, chart diff, chart tags, repo list: output format, table (or text, or unified) or json."),
            QStringLiteral("FORMAT"), QStringLiteral("table")},
        {{QStringLiteral("d"), QStringLiteral("destination")},
            QStringLiteral("chart export: the directory to write the chart into."), QStringLiteral("DEST"),
            QStringLiteral(".")},
        {QStringLiteral("force"), QStringLiteral("chart export: replace an existing chart directory.")},
        {QStringLiteral("sign"), QStringLiteral("chart save: sign the chart with an OpenPGP key, as helm package --sign.")},
        {QStringLiteral("key"), QStringLiteral("chart save --sign: the signing key's name (a user ID or part of one)."),
            QStringLiteral("NAME")},
        {QStringLiteral("keyring"),
            QStringLiteral("chart verify: the public keyring; chart save --sign: the secret keyring (default: "
                           "$GNUPGHOME/pubring.gpg, else ~/.gnupg/pubring.gpg)."),
            QStringLiteral("FILE")},
        {QStringLiteral("passphrase-file"),
            QStringLiteral("chart save --sign: read the key's passphrase from the first line of FILE (-: stdin)."),
            QStringLiteral("FILE")},
        {QStringLiteral("dry-run"), QStringLiteral("chart prune: list what would be removed, remove nothing.")},
        {QStringLiteral("strict"), QStringLiteral("chart list: exit 1 when an entry of the cache cannot be read.")},
        {QStringLiteral("only"),
            QStringLiteral("chart diff: compare only these parts: values, templates, metadata, images, manifest "
                           "(several joined by commas)."),
            QStringLiteral("PART")},
        {QStringLiteral("stable"), QStringLiteral("chart tags: leave out pre-release versions (1.2.0-rc.1).")},
        {QStringLiteral("refresh"),
            QStringLiteral("chart tags --output: ask the registry for every tag's digest again, even when the last "
                           "listing is less than 10 minutes old.")},
        {{QStringLiteral("u"), QStringLiteral("username")}, QStringLiteral("Registry user name."),
            QStringLiteral("USER")},
        {QStringLiteral("password-stdin"), QStringLiteral("Read the registry password from standard input.")},
        {QStringLiteral("plain-http"), QStringLiteral("Talk to the registry over plain HTTP.")},
        {QStringLiteral("insecure-skip-tls-verify"),
            QStringLiteral("Do not verify the registry's TLS certificate.")},
        {QStringLiteral("ca-file"), QStringLiteral("CA certificate(s) to verify the registry with."),
            QStringLiteral("FILE")},
        {QStringLiteral("cert-file"), QStringLiteral("Client certificate for the registry."),
            QStringLiteral("FILE")},
        {QStringLiteral("key-file"), QStringLiteral("Client key for the registry."), QStringLiteral("FILE")},
        {QStringLiteral("parallel"), QStringLiteral("Transfers at once, 1 to 32 (default 4)."),
            QStringLiteral("N"), QStringLiteral("4")},
        {QStringLiteral("max-layer-size"),
            QStringLiteral("chart pull: refuse a layer larger than this (default 100MiB)."), QStringLiteral("SIZE")},
        {QStringLiteral("speed-limit"),
            QStringLiteral("End a transfer that moves fewer bytes than this in --speed-time (default 1024; 0: never)."),
            QStringLiteral("BYTES")},
        {QStringLiteral("speed-time"), QStringLiteral("The window of --speed-limit in seconds (default 30)."),
            QStringLiteral("SECONDS")},
        {QStringLiteral("address"),
            QStringLiteral("registry serve|status|logs|stop: the local registry's address."),
            QStringLiteral("HOST:PORT")},
        {QStringLiteral("storage"),
            QStringLiteral("registry serve: keep the registry's data in this directory."),
            QStringLiteral("DIR")},
        {QStringLiteral("user"), QStringLiteral("registry serve: require this user (asks for a password)."),
            QStringLiteral("NAME")},
        {QStringLiteral("htpasswd"),
            QStringLiteral("registry serve: require the users of this htpasswd file."),
            QStringLiteral("FILE")},
    });
}

bool CliParser::parse(const QStringList &arguments)
{
    if (!m_parser.parse(arguments)) {
        m_error = m_parser.errorText();
        return false;
    }
    const QStringList positional = m_parser.positionalArguments();
    if (positional.isEmpty())
        return true;
    if (!commandGroups.contains(positional.first())) {
        // A reference given without its command may carry user:password@: the message never shows it.
        m_error = QStringLiteral("unknown command \"%1\" (try --help)").arg(Reference::redacted(positional.first()));
        return false;
    }
    if (positional.size() < 2) {
        m_error = QStringLiteral("\"%1\" needs a subcommand (try --help)").arg(positional.first());
        return false;
    }
    m_command = positional.mid(0, 2).join(QLatin1Char(' '));
    m_arguments = positional.mid(2);
    return true;
}

bool CliParser::accept(const QStringList &allowed, int minArgs, int maxArgs, const QString &usage)
{
    for (const QString &name : m_parser.optionNames()) {
        const QString flag = shortFlags.value(name, name);
        if (!globalFlags.contains(flag) && !allowed.contains(flag)) {
            m_error = QStringLiteral("unknown flag --%1 for \"%2\"\nUsage: charthouse-cli %3")
                          .arg(name, m_command, usage);
            return false;
        }
    }
    if (m_arguments.size() < minArgs || m_arguments.size() > maxArgs) {
        m_error = QStringLiteral("\"%1\" expects %2 argument(s), got %3\nUsage: charthouse-cli %4")
                      .arg(m_command,
                          minArgs == maxArgs ? QString::number(minArgs)
                                             : QStringLiteral("%1 to %2").arg(minArgs).arg(maxArgs))
                      .arg(m_arguments.size())
                      .arg(usage);
        return false;
    }
    return true;
}

QString CliParser::helpText() const
{
    return QStringLiteral(
        "charthouse-cli: Helm charts in OCI registries and the local chart cache.\n"
        "\n"
        "Usage:\n"
        "  charthouse-cli [--cache DIR] COMMAND\n"
        "\n"
        "Commands:\n"
        "  chart save DIR|FILE.tgz REF [--legacy]   save a chart directory or package in the cache\n"
        "       [--sign --key NAME [--keyring FILE] [--passphrase-file FILE|-]]\n"
        "                                           and sign it with an OpenPGP key, as helm package --sign\n"
        "  chart list [--output table|json] [--strict]\n"
        "                                           list the cached charts\n"
        "  chart show REF [--output text|json]      show a cached chart's manifest, config and layers\n"
        "  chart export REF [-d DEST] [--force]     write a cached chart to DEST/<name>/\n"
        "  chart remove REF                         remove a chart from the cache\n"
        "  chart verify REF [--keyring FILE]        verify a cached chart's provenance, as helm verify\n"
        "  chart prune [--dry-run]                  remove blobs no cached chart uses (--dry-run: list them)\n"
        "  chart diff A B [--output unified|json] [--only values|templates|metadata|images|manifest]\n"
        "                                           compare two charts, each a directory, a .tgz or a cached\n"
        "                                           REF (an existing path is a path); exit 0 equal, 1 different\n"
        "  chart push REF...                        push cached charts to their registries\n"
        "  chart pull REF...                        pull charts into the cache\n"
        "  chart tags [--output table|json] [--stable] [--refresh] REPOSITORY\n"
        "                                           list a remote repository's tags, newest version first;\n"
        "                                           with --output, each version's chart, size, digest, cache state\n"
        "                                           (tags listed in the last 10 minutes: from the metadata cache)\n"
        "  chart copy SRC_REF DST                   copy a version to REGISTRY/REPOSITORY[:TAG], same digest\n"
        "  chart tag SRC_REF NEWTAG                 add a tag to a remote version\n"
        "  chart delete REF                         delete a remote version (REF:TAG or REF@DIGEST) and the\n"
        "                                           tags on it (named first)\n"
        "  repo list [--output table|json] REGISTRY list a registry's repositories (its catalog, else the\n"
        "                                           ones known here)\n"
        "  registry login [-u USER] [--password-stdin] HOST   check and store credentials (OS keychain)\n"
        "  registry logout HOST                     forget them\n"
        "  registry serve [--address HOST:PORT] [--storage DIR] [--user NAME | --htpasswd FILE]\n"
        "                                           start a local test registry (docker-registry) in the "
        "background\n"
        "  registry status|logs|stop [--address HOST:PORT]   its state, its log, stop it\n"
        "\n"
        "REF is a full reference: HOST[:PORT]/REPOSITORY/NAME:TAG, e.g. localhost:5000/myrepo/mychart:2.7.0\n"
        "\n"
        "Flags:\n"
        "      --cache DIR   the chart cache (default: $HELM_CACHE_HOME/registry/cache, else\n"
        "                    $XDG_CACHE_HOME/helm/registry/cache, else ~/.cache/helm/registry/cache)\n"
        "  -u, --username USER, --password-stdin   credentials (login; or one command, stored nowhere)\n"
        "      --plain-http, --insecure-skip-tls-verify, --ca-file F, --cert-file F, --key-file F\n"
        "                    how to reach the registry (login remembers them)\n"
        "      --parallel N  transfers at once for push, pull and chart tags, 1 to 32 (default 4)\n"
        "      --stable      chart tags: leave out pre-release versions\n"
        "      --refresh     chart tags: ask the registry for every tag's digest again, however recent the\n"
        "                    last listing\n"
        "      --max-layer-size SIZE   pull: refuse a larger layer before downloading it (default 100MiB)\n"
        "      --speed-limit BYTES, --speed-time SECONDS   end a transfer that moves fewer than BYTES in\n"
        "                    SECONDS (default 1024 in 30; 0 turns it off; for slow links)\n"
        "      --keyring FILE   verify: public keys; save --sign: secret keys (default: $GNUPGHOME/pubring.gpg,\n"
        "                    else ~/.gnupg/pubring.gpg, as Helm)\n"
        "      --address HOST:PORT   the local registry (default localhost:5000)\n"
        "      --storage DIR   keep the local registry's data there (else it is removed at stop)\n"
        "      --user NAME [--password-stdin], --htpasswd FILE   who may use the local registry\n"
        "  -h, --help        show this help\n"
        "      --version     show the version and build: Qt and library versions, licences\n"
        "\n"
        "Exit status: 0 on success, 1 when the command failed (chart verify: the chart did not verify), 2 for a\n"
        "malformed command line, 3 from registry status when no local registry runs, 130 or 143 when stopped by\n"
        "SIGINT or SIGTERM (what was under way is undone first). chart diff: 0 equal, 1 different, 2 on any error.\n");
}

} // namespace charthouse::cli
