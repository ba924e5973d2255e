#pragma once

// Saving a screenshot for the README and the user guide: written to $CHARTHOUSE_SCREENSHOT_DIR when set
// (docs/screenshots holds the committed ones); otherwise only checked that it can be made.
#include <QImage>
#include <QWidget>
#include <QtTest>

namespace charthouse::test {

inline void saveScreenshot(QWidget &widget, const QString &name)
{
    const QImage image = widget.grab().toImage();
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 250);
    const QString dir = qEnvironmentVariable("CHARTHOUSE_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(image.save(dir + QLatin1Char('/') + name));
}

} // namespace charthouse::test
