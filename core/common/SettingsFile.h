#pragma once

#include "core/common/Result.h"

#include <QSettings>

#include <functional>

namespace charthouse {

// Changes a settings (INI) file all or nothing. QSettings writes through QSaveFile, which in Qt 6.4 renames its
// temporary file into place even when the buffered write failed: a full disk would leave an empty settings file.
// Here QSettings edits a private copy, which is read back and compared with what was meant; the bytes then
// replace the original through AtomicFile (written, synced and renamed, or the original left as it was).
Result<void> changeSettingsFile(const QString &path, const std::function<void(QSettings &)> &change);

} // namespace charthouse
