#pragma once

#include <QString>

namespace charthouse::cli {

// Asks on stderr and reads one line from stdin; with echo off the typing is not shown (a terminal only).
QString readLine(const QString &prompt, bool echo);

// All of stdin, without trailing newlines: the password of --password-stdin.
QString readPasswordFromStdin();

} // namespace charthouse::cli
