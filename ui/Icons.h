#pragma once

#include <QColor>
#include <QIcon>
#include <QPalette>
#include <QString>

namespace charthouse {

// An action icon from resources/icons/actions/<name>.svg. The SVGs draw in `currentColor`; the icon paints
// them in the application palette's text colour at the moment it is drawn (so light and dark palettes,
// disabled and selected states all fit) and at whatever size and pixel ratio is asked for (high-DPI clean).
QIcon actionIcon(const QString &name);

// The application icon (resources/icons/charthouse.svg), drawn from the SVG at any size.
QIcon applicationIcon();

// A red that reads well on the palette's window colour: darker on light palettes, lighter on dark ones.
QColor problemColour(const QPalette &palette);

} // namespace charthouse
