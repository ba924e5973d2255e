#include "core/common/Format.h"

#include <QtTest>

using namespace charthouse;

class TestFormat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void binarySize_data()
    {
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<QString>("text");
        // Expected strings are what Helm 3.4.2's byteCountBinary prints.
        QTest::newRow("0") << qint64(0) << QStringLiteral("0 B");
        QTest::newRow("454") << qint64(454) << QStringLiteral("454 B");
        QTest::newRow("1023") << qint64(1023) << QStringLiteral("1023 B");
        QTest::newRow("1024") << qint64(1024) << QStringLiteral("1.0 KiB");
        QTest::newRow("2487") << qint64(2487) << QStringLiteral("2.4 KiB");
        QTest::newRow("3582") << qint64(3582) << QStringLiteral("3.5 KiB");
        QTest::newRow("28.1K") << qint64(28774) << QStringLiteral("28.1 KiB");
        QTest::newRow("1M") << qint64(1048576) << QStringLiteral("1.0 MiB");
        QTest::newRow("5G") << qint64(5) * 1024 * 1024 * 1024 << QStringLiteral("5.0 GiB");
    }
    void binarySize()
    {
        QFETCH(qint64, bytes);
        QFETCH(QString, text);
        QCOMPARE(formatBinarySize(bytes), text);
    }

    void parsedSize_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("bytes"); // -1: refused
        QTest::newRow("bytes") << QStringLiteral("1048576") << qint64(1048576);
        QTest::newRow("B") << QStringLiteral("512B") << qint64(512);
        QTest::newRow("MiB") << QStringLiteral("100MiB") << qint64(100) * 1024 * 1024;
        QTest::newRow("GiB, spaced") << QStringLiteral(" 2 GiB ") << (qint64(2) << 30);
        QTest::newRow("K") << QStringLiteral("512K") << qint64(512) * 1024;
        QTest::newRow("g, lower case") << QStringLiteral("1g") << (qint64(1) << 30);
        QTest::newRow("TB") << QStringLiteral("1TB") << (qint64(1) << 40);
        QTest::newRow("zero") << QStringLiteral("0") << qint64(0);
        QTest::newRow("negative") << QStringLiteral("-1") << qint64(-1);
        QTest::newRow("fraction") << QStringLiteral("1.5GiB") << qint64(-1);
        QTest::newRow("unknown unit") << QStringLiteral("10XB") << qint64(-1);
        QTest::newRow("too large") << QStringLiteral("9999999999T") << qint64(-1);
        QTest::newRow("empty") << QString() << qint64(-1);
    }
    void parsedSize()
    {
        QFETCH(QString, text);
        QFETCH(qint64, bytes);
        const auto parsed = parseBinarySize(text);
        QCOMPARE(parsed.value_or(-1), bytes);
    }

    void humanDuration_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        QTest::newRow("0") << qint64(0) << QStringLiteral("Less than a second");
        QTest::newRow("1s") << qint64(1500) << QStringLiteral("1 second");
        QTest::newRow("27s") << qint64(27000) << QStringLiteral("27 seconds");
        QTest::newRow("1m") << qint64(90000) << QStringLiteral("About a minute");
        QTest::newRow("5m") << qint64(300000) << QStringLiteral("5 minutes");
        QTest::newRow("1h") << qint64(3600000) << QStringLiteral("About an hour");
        QTest::newRow("2h") << qint64(2 * 3600000) << QStringLiteral("2 hours");
        QTest::newRow("3d") << qint64(72) * 3600000 << QStringLiteral("3 days");
        QTest::newRow("3w") << qint64(21 * 24) * 3600000 << QStringLiteral("3 weeks");
        QTest::newRow("3mo") << qint64(95 * 24) * 3600000 << QStringLiteral("3 months");
        QTest::newRow("2y") << qint64(800 * 24) * 3600000 << QStringLiteral("2 years");
    }
    void humanDuration()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, text);
        QCOMPARE(formatHumanDuration(ms), text);
    }
};

QTEST_GUILESS_MAIN(TestFormat)
#include "test_format.moc"
