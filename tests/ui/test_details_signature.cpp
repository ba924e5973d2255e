// The details view's Signature line for a chart signed with a key the real gpg made: verified with the
// signer's keyring, unknown with another, "not signed" for a plain chart.
#include "core/store/ChartStore.h"
#include "tests/support/GpgTestKeys.h"
#include "tests/support/TestSupport.h"
#include "ui/ChartDetailsDialog.h"

#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
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

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("gpg")).isEmpty())
            QSKIP("gpg is not installed");
        QList<GpgTestKey> keys;
        const QString why = makeGpgKeys(
            m_tmp.path(), {{QStringLiteral("Alice"), {}}, {QStringLiteral("Mallory"), {}}}, &keys);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        m_alice = keys.at(0);
        m_mallory = keys.at(1);
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

    void plainChartIsNotSigned()
    {
        const QString line
            = signatureLine(QStringLiteral("localhost:5000/a/plain:1.0.0"), m_alice.publicKeyring);
        QVERIFY2(line.contains(QStringLiteral("not signed")), qPrintable(line));
    }
};

QTEST_MAIN(TestDetailsSignature)
#include "test_details_signature.moc"
