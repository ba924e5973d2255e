#pragma once

#include "core/common/Result.h"

#include <QSettings>

#include <functional>

namespace charthouse {

// Changes a settings (INI) file all or nothing. QSettings writes through QSaveFile, which in Qt 6.4 renames its
// temporary file into place even when the buffered write failed: a full disk would leave an empty settings file.
// Here the change is made on a copy beside the file, the copy is read back and compared with what was meant,
// synced, and only then renamed over the original.
Result<void> changeSettingsFile(const QString &path, const std::function<void(QSettings &)> &change);

} // namespace charthouse
