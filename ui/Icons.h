#pragma once

#include <QColor>
#include <QIcon>
#include <QPalette>
#include <QString>

class QWidget;

namespace charthouse {

// An action icon from resources/icons/actions/<name>.svg. The SVGs draw in `currentColor`; the icon paints
// them in the application palette's text colour at the moment it is drawn (so light and dark palettes,
// disabled and selected states all fit) and at whatever size and pixel ratio is asked for (high-DPI clean).
QIcon actionIcon(const QString &name);

// The application icon (resources/icons/charthouse.svg), drawn from the SVG at any size.
QIcon applicationIcon();

// A red that reads well on the palette's window colour: darker on light palettes, lighter on dark ones.
QColor problemColour(const QPalette &palette);

// The WCAG 2 contrast ratio of two colours, from 1:1 to 21:1 (a translucent `text` is laid over
// `background`).
double contrastRatio(const QColor &text, const QColor &background);

// The grey of hints and empty states: the palette's WindowText moved toward its Window colour only as far as
// it still reads at 4.5:1 (WCAG AA), on light and dark palettes alike. (A disabled label's grey does not.)
QColor hintColour(const QPalette &palette);

// Gives the placeholder text of every line edit under `root` at least 4.5:1 against its Base colour where the
// palette's own does not (Fusion's is half-transparent black: 4:1 on white).
void makePlaceholdersReadable(QWidget *root);

// Paints `widget`'s `role` in `colour(application palette)`, now and again whenever the application palette
// changes (a desktop switching to its dark theme), so a chosen colour never stays behind on the wrong
// background.
void followPalette(QWidget *widget, QPalette::ColorRole role, QColor (*colour)(const QPalette &));

} // namespace charthouse
