#pragma once

#include <QCommandLineParser>
#include <QStringList>

namespace charthouse::cli {

// The parsed command line: `charthouse-cli [global flags] chart save DIR REF [--legacy]` and friends.
// One QCommandLineParser knows every flag; each command then says which flags it accepts, so a flag given to
// the wrong command is an error rather than silently ignored.
class CliParser
{
public:
    CliParser();

    // Returns false with errorText() set on a malformed command line.
    bool parse(const QStringList &arguments);

    bool helpRequested() const { return m_parser.isSet(QStringLiteral("help")); }
    bool versionRequested() const { return m_parser.isSet(QStringLiteral("version")); }
    QString errorText() const { return m_error; }
    QString helpText() const;

    // "chart save", "chart list", ... (the first two positional words), or empty.
    QString command() const { return m_command; }
    // Positional arguments after the command words.
    QStringList arguments() const { return m_arguments; }

    bool isSet(const QString &flag) const { return m_parser.isSet(flag); }
    QString value(const QString &flag) const { return m_parser.value(flag); }

    // Fails (errorText) if a flag outside `allowed` (plus the global ones) was given or the positional count is
    // outside [minArgs, maxArgs].
    bool accept(const QStringList &allowed, int minArgs, int maxArgs, const QString &usage);

private:
    QCommandLineParser m_parser;
    QString m_command;
    QStringList m_arguments;
    QString m_error;
};

} // namespace charthouse::cli
