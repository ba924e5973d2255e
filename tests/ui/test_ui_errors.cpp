// How the window words errors: each hint names a dialog and a control, never a CLI flag (ui/ErrorText); the
// offer to use credentials for the session when no keychain is available comes from the error's hint, so it
// appears in Korean too; and a reference, repository, host or address typed with user:password@ is refused in
// every field without the password reaching a message, the Transfers dock or the status bar.
// Runs with no Secret Service: the session bus is one that does not exist (set in main, before QApplication).
// (No raw string literals: Qt 6.4's moc fails on them.)
#include "core/registry/RegistryClient.h"
#include "tests/support/RegistryServer.h"
#include "tests/support/TestSupport.h"
#include "ui/ErrorText.h"
#include "ui/LocalRegistryDialog.h"
#include "ui/MainWindow.h"
#include "ui/RegistriesDialog.h"
#include "ui/RemoteBrowser.h"
#include "ui/SaveDialog.h"
#include "ui/TransfersDock.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTranslator>
#include <QTreeWidget>
#include <QtTest>

using namespace charthouse;
using namespace charthouse::test;

namespace {

const QString password = QStringLiteral("s3cr3tPW");

// Stands in for the Korean translation of the keychain's messages until lupdate has their new wording: the
// point is that nothing in the window depends on the English text.
class KoreanKeychainMessages : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(
        const char *context, const char *sourceText, const char *disambiguation, int n) const override
    {
        Q_UNUSED(disambiguation);
        Q_UNUSED(n);
        if (qstrcmp(context, "charthouse::Keychain") == 0
            && QByteArrayView(sourceText).startsWith("no keychain"))
            return QStringLiteral("사용할 수 있는 키체인이 없습니다: %1");
        return {};
    }
};

// Every row of the Transfers dock, all columns.
QString transfersText(MainWindow &window)
{
    QString text;
    auto *list = window.transfers()->findChild<QTreeWidget *>();
    for (int i = 0; list && i < list->topLevelItemCount(); ++i)
        for (int c = 0; c < list->columnCount(); ++c)
            text += list->topLevelItem(i)->text(c) + list->topLevelItem(i)->toolTip(c) + QLatin1Char('\n');
    return text;
}

} // namespace

class TestUiErrors : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_home;

private Q_SLOTS:
    void initTestCase()
    {
        m_home = m_tmp.path() + QStringLiteral("/home");
        QVERIFY(QDir().mkpath(m_home));
        useHome(m_home);
    }

    void eachHintNamesTheWindowNotAFlag()
    {
        const int last = static_cast<int>(Error::Hint::StopLocalRegistry);
        for (int i = 1; i <= last; ++i) {
            const auto hint = static_cast<Error::Hint>(i);
            const QString words = ErrorText::hint(hint, QStringLiteral("localhost:5000"));
            QVERIFY2(!words.isEmpty(), qPrintable(QString::number(i)));
            QVERIFY2(!words.contains(QLatin1String("--")) && !words.contains(QLatin1String("charthouse-cli")),
                qPrintable(words));
            const Error error = Error(Error::Code::Io, QStringLiteral("it failed"))
                                    .withHint(hint, QStringLiteral("localhost:5000"));
            QCOMPARE(ErrorText::message(error), QStringLiteral("it failed (%1)").arg(words));
            QCOMPARE(ErrorText::message(error.withContext(QStringLiteral("Pull x"))),
                QStringLiteral("Pull x: it failed (%1)").arg(words));
        }
        QCOMPARE(ErrorText::hint(Error::Hint::None, QString()), QString());
        QCOMPARE(
            ErrorText::message(Error(Error::Code::NotFound, QStringLiteral("gone"))), QStringLiteral("gone"));
        // The real names of what to use.
        QVERIFY(ErrorText::hint(Error::Hint::PlainHttp, {}).contains(QStringLiteral("“Plain HTTP”")));
        QVERIFY(ErrorText::hint(Error::Hint::PrivateCa, {}).contains(QStringLiteral("“CA file”")));
        QVERIFY(
            ErrorText::hint(Error::Hint::PrivateCa, {}).contains(QStringLiteral("“Skip TLS verification”")));
        QVERIFY(ErrorText::hint(Error::Hint::Login, QStringLiteral("reg.example"))
                    .contains(QStringLiteral("reg.example")));
    }

    void noKeychainOffersTheSessionInKorean()
    {
        RegistryServer registry(
            RegistryServer::Options::htpasswd(QStringLiteral("kouser"), QStringLiteral("Ko-Pass-5")));
        QString why;
        if (!registry.start(&why))
            QSKIP(qPrintable(why));
        QTranslator korean;
        QVERIFY(korean.load(QStringLiteral(":/i18n/charthouse_ko.qm")));
        QTranslator qtKorean;
        QVERIFY(
            qtKorean.load(QStringLiteral("qtbase_ko"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
        KoreanKeychainMessages keychainKorean;
        QApplication::installTranslator(&korean);
        QApplication::installTranslator(&qtKorean);
        QApplication::installTranslator(&keychainKorean);
        auto untranslate = qScopeGuard([&] {
            QApplication::removeTranslator(&keychainKorean);
            QApplication::removeTranslator(&qtKorean);
            QApplication::removeTranslator(&korean);
        });

        MainWindow window(m_tmp.path() + QStringLiteral("/cache"));
        window.show();
        RegistriesDialog *registries = window.showRegistries();
        registries->hostEdit()->setText(registry.host());
        registries->userEdit()->setText(QStringLiteral("kouser"));
        registries->passwordEdit()->setText(QStringLiteral("Ko-Pass-5"));
        QSignalSpy done(registries, &RegistriesDialog::done);
        registries->logIn();
        QVERIFY(done.wait(20000));
        QCOMPARE(done.first().first().toBool(), false);
        // The registry took the password, the keychain could not: said in Korean, and the offer is made.
        QVERIFY2(registries->message().contains(QStringLiteral("키체인")), qPrintable(registries->message()));
        QVERIFY(!registries->message().contains(QLatin1String("no keychain")));
        QMessageBox *ask = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (ask = registries->findChild<QMessageBox *>(QStringLiteral("session-credentials-question"))),
            5000);
        QCOMPARE(ask->windowTitle(), QStringLiteral("키체인 없음"));
        QVERIFY2(ask->text().contains(QStringLiteral("키체인")), qPrintable(ask->text()));
        QVERIFY(!ask->text().contains(QLatin1String("Ko-Pass-5")));
        ask->button(QMessageBox::Yes)->click();
        QTRY_COMPARE_WITH_TIMEOUT(registries->message(),
            QStringLiteral("Charthouse를 종료할 때까지 %1의 자격 증명을 사용합니다.").arg(registry.host()),
            5000);
        QVERIFY(window.registryClient()->credentialsResolved(registry.host()));
        QVERIFY(listTree(m_home + QStringLiteral("/.config"))
                    .join(QLatin1Char(' '))
                    .indexOf(QLatin1String("kouser"))
            < 0);
    }

    void userinfoIsRefusedInEveryField_data()
    {
        QTest::addColumn<QString>("host");
        QTest::newRow("https") << QStringLiteral("https://user:s3cr3tPW@127.0.0.1:5000");
        QTest::newRow("bare") << QStringLiteral("user:s3cr3tPW@127.0.0.1:5000");
        QTest::newRow("slash in the password") << QStringLiteral("user:s3cr3tPW/x@127.0.0.1:5000");
        QTest::newRow("at in the password") << QStringLiteral("user:s3cr3tPW@x@127.0.0.1:5000");
    }

    void userinfoIsRefusedInEveryField()
    {
        QFETCH(QString, host);
        MainWindow window(m_tmp.path() + QStringLiteral("/cache"));
        window.show();
        auto refused = [](const QString &message) {
            return !message.contains(password) && message.contains(QLatin1String("***"))
                && message.contains(QLatin1String("credentials"));
        };

        // Registries: log in and log out.
        RegistriesDialog *registries = window.showRegistries();
        registries->hostEdit()->setText(host);
        registries->userEdit()->setText(QStringLiteral("user"));
        registries->passwordEdit()->setText(QStringLiteral("other"));
        QSignalSpy done(registries, &RegistriesDialog::done);
        registries->logIn();
        QCOMPARE(done.size(), 1);
        QCOMPARE(done.first().first().toBool(), false);
        QVERIFY2(refused(registries->message()), qPrintable(registries->message()));
        registries->logOut();
        QCOMPARE(done.size(), 2);
        QVERIFY2(refused(registries->message()), qPrintable(registries->message()));

        // Pull: the repository.
        RemoteBrowser *browser = window.showPull();
        browser->repositoryEdit()->setText(host + QStringLiteral("/team/chart"));
        browser->listTags();
        QVERIFY2(refused(browser->message()), qPrintable(browser->message()));
        browser->pullSelected();

        // Save: the reference, as typed.
        SaveDialog save(m_tmp.path(), host + QStringLiteral("/team/chart:1.0.0"), false);
        QVERIFY2(refused(save.problem()), qPrintable(save.problem()));
        QVERIFY(!save.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->isEnabled());

        // The local test registry: the address (checked as typed, and on Start).
        LocalRegistryDialog *local = window.showLocalRegistry();
        local->addressEdit()->setText(host);
        QTRY_VERIFY2_WITH_TIMEOUT(refused(local->status()), qPrintable(local->status()), 5000);
        local->start();
        QVERIFY2(refused(local->status()), qPrintable(local->status()));

        // Nothing started, nothing shown elsewhere.
        QTest::qWait(100);
        const QString transfers = transfersText(window);
        QVERIFY2(!transfers.contains(password), qPrintable(transfers));
        QVERIFY2(!window.lastMessage().contains(password), qPrintable(window.lastMessage()));
    }
};

int main(int argc, char *argv[])
{
    // No Secret Service can answer on a bus that does not exist; set before anything opens the session bus.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/charthouse-test-no-bus");
    QApplication app(argc, argv);
    TestUiErrors test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "test_ui_errors.moc"
