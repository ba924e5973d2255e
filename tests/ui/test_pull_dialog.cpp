// The Pull dialog against a real registry (no auth): Enter in the repository field lists the tags once, a
// second listing while one runs does not add its rows twice, and the tags come newest SemVer first (6.10.0
// before 6.2.3, a release before its pre-release, `_` read as `+`), names that are no version after them, and
// clicking the Tag header keeps that order (reversed). (No raw string literals: Qt 6.4's moc fails on them.)
#include "core/registry/RegistryClient.h"
#include "tests/support/RegistryServer.h"
#include "tests/support/TestSupport.h"
#include "ui/RemoteBrowser.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTranslator>
#include <QTreeWidget>
#include <QtTest>

using namespace charthouse;
using namespace charthouse::test;

namespace {

QStringList tagColumn(const QTreeWidget *tags)
{
    QStringList texts;
    for (int i = 0; i < tags->topLevelItemCount(); ++i)
        texts.append(tags->topLevelItem(i)->text(0));
    return texts;
}

} // namespace

class TestPullDialog : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    std::unique_ptr<RegistryServer> m_registry;
    QString m_repository;
    QTranslator m_english;
    RegistryClient m_client;
    // Newest first, as the dialog should show them.
    const QStringList m_expected {QStringLiteral("6.10.0"), QStringLiteral("6.10.0-rc.1"),
        QStringLiteral("6.2.3_build.7"), QStringLiteral("6.2.3"), QStringLiteral("latest"),
        QStringLiteral("stable")};

    // A Pull dialog, shown, with the repository typed.
    std::unique_ptr<RemoteBrowser> pullDialog()
    {
        auto dialog = std::make_unique<RemoteBrowser>(
            m_tmp.path() + QStringLiteral("/cache"), &m_client, [](Job *) {});
        dialog->show();
        dialog->repositoryEdit()->setText(m_repository);
        return dialog;
    }

private slots:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", (m_tmp.path() + QStringLiteral("/config")).toUtf8());
        qputenv("DOCKER_CONFIG", (m_tmp.path() + QStringLiteral("/docker")).toUtf8());
        QVERIFY(m_english.load(QStringLiteral(":/i18n/charthouse_en.qm")));
        QCoreApplication::installTranslator(&m_english);
        m_registry = std::make_unique<RegistryServer>();
        QString why;
        if (!m_registry->start(&why))
            QSKIP(qPrintable(why));
        m_repository = m_registry->host() + QStringLiteral("/team/many");
        const QString cache = m_tmp.path() + QStringLiteral("/source-cache");
        const QString chart = makeChart(
            m_tmp.path() + QStringLiteral("/src"), QStringLiteral("many"), QStringLiteral("1.0.0"));
        // Pushed in an order that is neither the text order nor the version order.
        for (const QString &tag :
            {QStringLiteral("stable"), QStringLiteral("6.2.3"), QStringLiteral("6.10.0"),
                QStringLiteral("latest"), QStringLiteral("6.10.0-rc.1"), QStringLiteral("6.2.3_build.7")}) {
            const QString ref = m_repository + QLatin1Char(':') + tag;
            QCOMPARE(run(cliPath(),
                         {QStringLiteral("--cache"), cache, QStringLiteral("chart"), QStringLiteral("save"),
                             chart, ref})
                         .exitCode,
                0);
            const ProcessResult pushed = run(cliPath(),
                {QStringLiteral("--cache"), cache, QStringLiteral("chart"), QStringLiteral("push"), ref});
            QVERIFY2(pushed.exitCode == 0, pushed.err.constData());
        }
    }

    void enterListsTheTagsOnce()
    {
        const auto browser = pullDialog();
        QVERIFY(QTest::qWaitForWindowExposed(browser.get()));
        QApplication::setActiveWindow(browser.get());
        browser->repositoryEdit()->setFocus();
        QSignalSpy listed(browser.get(), &RemoteBrowser::tagsListed);
        QTest::keyClick(browser->repositoryEdit(), Qt::Key_Return);
        QVERIFY(listed.wait(15000));
        QTest::qWait(500); // a second listing, if one was started, has finished by now
        QCOMPARE(listed.size(), 1);
        QCOMPARE(browser->tags()->topLevelItemCount(), m_expected.size());
        QCOMPARE(browser->message(), QStringLiteral("6 tags"));
    }

    void aSecondListingWhileOneRunsDoesNotDuplicate()
    {
        const auto browser = pullDialog();
        QSignalSpy listed(browser.get(), &RemoteBrowser::tagsListed);
        browser->listTags();
        browser->listTags();
        QVERIFY(listed.wait(15000));
        QTest::qWait(500);
        QCOMPARE(listed.size(), 1); // the first answer is dropped
        QCOMPARE(browser->tags()->topLevelItemCount(), m_expected.size());
        QCOMPARE(browser->message(), QStringLiteral("6 tags"));
    }

    void tagsComeNewestVersionFirst()
    {
        const auto browser = pullDialog();
        QSignalSpy listed(browser.get(), &RemoteBrowser::tagsListed);
        browser->listTags();
        QVERIFY(listed.wait(15000));
        QCOMPARE(tagColumn(browser->tags()), m_expected);

        // The header turns the same order round, and back.
        QHeaderView *header = browser->tags()->header();
        const Qt::SortOrder first = header->sortIndicatorOrder();
        browser->tags()->sortItems(0, first == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder);
        QStringList reversed = m_expected;
        std::reverse(reversed.begin(), reversed.end());
        QCOMPARE(tagColumn(browser->tags()), reversed);
        browser->tags()->sortItems(0, first);
        QCOMPARE(tagColumn(browser->tags()), m_expected);
    }
};

QTEST_MAIN(TestPullDialog)
#include "test_pull_dialog.moc"
