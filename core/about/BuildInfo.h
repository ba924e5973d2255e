#pragma once

#include <QList>
#include <QString>

namespace charthouse {

// A library Charthouse is built on, or Charthouse itself: what About and --version show.
struct Component
{
    QString name;
    QString version;
    QString licence; // SPDX identifier
    QString homepage;
};

namespace buildInfo {

QString version(); // "0.1.0"
QString buildDate(); // "2026-11-25" (SOURCE_DATE_EPOCH when set, for reproducible builds)
QString commit(); // short git commit, or empty when built outside a git checkout
// Charthouse first, then Qt, QtKeychain, libarchive, zlib, yaml-cpp: runtime versions where the library can
// tell (Qt, libarchive, zlib), else the version built against.
QList<Component> components();
// What `charthouse-cli --version` prints: name, version, build, and one line per component with its licence.
QString versionReport(const QString &program);

} // namespace buildInfo
} // namespace charthouse
