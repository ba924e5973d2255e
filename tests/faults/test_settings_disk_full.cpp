// Settings on a full disk: the change fails, says so, and the old file stays byte for byte. (Through plain
// QSettings, Qt 6.4's QSaveFile renamed a short file over the settings.)
#include "core/common/SettingsFile.h"
#include "tests/faults/FaultSupport.h"

#include <QDir>
#include <QtTest>

using namespace charthouse;
using namespace charthouse::test;

class TestSettingsDiskFull : public QObject
{
    Q_OBJECT

private slots:
    void fullDiskKeepsTheOldSettings()
    {
        Tmpfs disk(512 * 1024);
        QString why;
        if (!disk.mount(&why))
            QSKIP(qPrintable(why));
        const QString dir = disk.path() + QStringLiteral("/config");
        const QString path = dir + QStringLiteral("/charthouse.ini");
        QVERIFY(changeSettingsFile(path, [](QSettings &s) {
            for (int i = 0; i < 40; ++i)
                s.setValue(QStringLiteral("registries/host%1/username").arg(i), QStringLiteral("user%1").arg(i));
        }).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();

        const QString big(64 * 1024, QLatin1Char('x')); // more than is left
        int failures = 0;
        for (qint64 free : {qint64(0), pageSize, 4 * pageSize, 8 * pageSize}) {
            QVERIFY(disk.leaveFree(free, &why));
            auto changed = changeSettingsFile(path, [&big](QSettings &s) { s.setValue(QStringLiteral("big"), big); });
            if (changed)
                continue;
            ++failures;
            QCOMPARE(changed.error().code(), Error::Code::NoSpace);
            QVERIFY2(changed.error().message().contains(QStringLiteral("no space left")), qPrintable(changed.error().message()));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll(), before);
            file.close();
            QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden), QStringList {QStringLiteral("charthouse.ini")});
        }
        QCOMPARE(failures, 4);
        disk.removeFiller();
        QVERIFY(changeSettingsFile(path, [&big](QSettings &s) { s.setValue(QStringLiteral("big"), big); }).ok());
        QCOMPARE(QSettings(path, QSettings::IniFormat).value(QStringLiteral("big")).toString(), big);
        QCOMPARE(QSettings(path, QSettings::IniFormat).value(QStringLiteral("registries/host7/username")).toString(),
                 QStringLiteral("user7"));
    }
};

QTEST_GUILESS_MAIN(TestSettingsDiskFull)
#include "test_settings_disk_full.moc"
