#pragma once

#include <QString>

namespace charthouse {

// Text from outside (a chart name, a path in a package, a YAML anchor) made safe to show in a message:
// control and invisible formatting characters become \u0000-style escapes, so a NUL can't cut a message short
// and an escape sequence or a right-to-left override can't rewrite what the terminal or the window shows.
QString printable(const QString &text);

} // namespace charthouse
