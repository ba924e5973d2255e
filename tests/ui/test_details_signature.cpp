// The details view's Signature line for a chart signed with a key the real gpg made: verified with the
// signer's keyring, unknown with another, "not signed" for a plain chart; the keyring chosen in Settings
// (checked there in words) is the one the window's details view uses.
#include "core/store/ChartStore.h"
#include "tests/support/GpgTestKeys.h"
#include "tests/support/TestSupport.h"
#include "ui/ChartDetailsDialog.h"
#include "ui/ChartTableModel.h"
#include "ui/KeyringField.h"
#include "ui/MainWindow.h"
#include "ui/SettingsDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace charthouse;
using namespace charthouse::test;

class TestDetailsSignature : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_cache;
    GpgTestKey m_alice;
    GpgTestKey m_mallory;

    QString signatureLine(const QString &ref, const QString &keyring)
    {
        ChartDetailsDialog dialog(m_cache, *Reference::parse(ref), nullptr, keyring);
        QSignalSpy checked(&dialog, &ChartDetailsDialog::signatureChecked);
        if (!checked.wait(20000))
            return QStringLiteral("(not checked)");
        return dialog.signature()->text();
    }

    // Chooses a keyring in the Settings dialog and saves it; what the dialog said of the file.
    static QString chooseKeyring(const QString &path)
    {
        SettingsDialog settings;
        KeyringField *field = settings.keyringField();
        QSignalSpy checked(field, &KeyringField::checked);
        field->edit()->setText(path);
        if (!checked.wait(20000))
            return QStringLiteral("(not checked)");
        settings.accept();
        return field->state()->text();
    }

    // The Signature line of the signed chart's details, opened from the window as a user would.
    QString windowSignatureLine()
    {
        MainWindow window(m_cache);
        QSignalSpy refreshed(&window, &MainWindow::refreshed);
        if (!refreshed.wait(10000))
            return QStringLiteral("(not listed)");
        for (int row = 0; row < window.filterModel()->rowCount(); ++row)
            if (window.filterModel()
                    ->index(row, 0)
                    .data(ChartTableModel::ReferenceRole)
                    .toString()
                    .endsWith(QStringLiteral("/signed:1.0.0")))
                window.view()->setCurrentIndex(window.filterModel()->index(row, 0));
        ChartDetailsDialog *details = window.showDetails();
        if (!details)
            return QStringLiteral("(no details)");
        QSignalSpy checked(details, &ChartDetailsDialog::signatureChecked);
        if (!checked.wait(20000))
            return QStringLiteral("(not checked)");
        return details->signature()->text();
    }

private slots:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_tmp.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_CACHE_HOME", m_tmp.filePath(QStringLiteral("xdg-cache")).toUtf8());
        if (QStandardPaths::findExecutable(QStringLiteral("gpg")).isEmpty())
            QSKIP("gpg is not installed");
        const QString why = makeAliceAndMallory(m_tmp.path(), &m_alice, &m_mallory);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        m_cache = m_tmp.filePath(QStringLiteral("cache"));
        ChartStore store(m_cache);
        SaveOptions signing;
        signing.signing = SigningKey {m_alice.secretKeyring, QStringLiteral("Alice"), {}};
        const QString chart = makeChart(m_tmp.path(), QStringLiteral("demo"), QStringLiteral("1.0.0"));
        auto saved
            = store.save(chart, *Reference::parse(QStringLiteral("localhost:5000/a/signed:1.0.0")), signing);
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message()));
        QVERIFY(store.save(
            chart, *Reference::parse(QStringLiteral("localhost:5000/a/plain:1.0.0")), SaveOptions {}));
    }

    void verifiedNamesTheSigner()
    {
        const QString line
            = signatureLine(QStringLiteral("localhost:5000/a/signed:1.0.0"), m_alice.publicKeyring);
        QVERIFY2(line.contains(QStringLiteral("verified")), qPrintable(line));
        QVERIFY2(line.contains(QStringLiteral("Alice <alice@example.com>")), qPrintable(line));
        QVERIFY2(line.contains(m_alice.fingerprint), qPrintable(line));
    }

    void otherKeyringSaysUnknownKey()
    {
        const QString line
            = signatureLine(QStringLiteral("localhost:5000/a/signed:1.0.0"), m_mallory.publicKeyring);
        QVERIFY2(line.contains(QStringLiteral("not in the keyring")), qPrintable(line));
        QVERIFY2(line.contains(m_mallory.publicKeyring), qPrintable(line));
    }

    void settingsKeyringDecidesTheVerdict()
    {
        const QString aliceSaid = chooseKeyring(m_alice.publicKeyring);
        QVERIFY2(aliceSaid.contains(QStringLiteral("holds 1 key")), qPrintable(aliceSaid));
        QCOMPARE(SettingsDialog::signatureKeyring(), m_alice.publicKeyring);
        const QString verified = windowSignatureLine();
        QVERIFY2(verified.contains(QStringLiteral("verified")), qPrintable(verified));

        const QString mallorySaid = chooseKeyring(m_mallory.publicKeyring);
        QVERIFY2(mallorySaid.contains(QStringLiteral("holds 1 key")), qPrintable(mallorySaid));
        const QString unknown = windowSignatureLine();
        QVERIFY2(unknown.contains(QStringLiteral("not in the keyring")), qPrintable(unknown));
        QVERIFY2(unknown.contains(m_mallory.publicKeyring), qPrintable(unknown));
        QSettings().remove(QStringLiteral("signatureKeyring"));
    }

    void settingsSayWhatIsWrongWithAKeyring()
    {
        const QString missing = chooseKeyring(m_tmp.filePath(QStringLiteral("no-such.gpg")));
        QVERIFY2(missing.contains(QStringLiteral("does not exist")), qPrintable(missing));
        const QString chart = m_tmp.filePath(QStringLiteral("Chart.yaml"));
        QFile notKeys(chart);
        QVERIFY(notKeys.open(QIODevice::WriteOnly));
        notKeys.write("apiVersion: v2\n");
        notKeys.close();
        const QString wrong = chooseKeyring(chart);
        QVERIFY2(wrong.contains(QStringLiteral("Not a keyring")), qPrintable(wrong));
        // Empty: Helm's default, which the field names.
        SettingsDialog settings;
        settings.keyringField()->edit()->clear();
        settings.accept();
        QVERIFY(settings.keyringField()->edit()->placeholderText().endsWith(QStringLiteral("pubring.gpg")));
        QVERIFY(SettingsDialog::signatureKeyring().endsWith(QStringLiteral("pubring.gpg")));
    }

    void plainChartIsNotSigned()
    {
        const QString line
            = signatureLine(QStringLiteral("localhost:5000/a/plain:1.0.0"), m_alice.publicKeyring);
        QVERIFY2(line.contains(QStringLiteral("not signed")), qPrintable(line));
    }
};

QTEST_MAIN(TestDetailsSignature)
#include "test_details_signature.moc"
