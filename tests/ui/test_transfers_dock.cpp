// The Transfers dock tells how each job ended: failures look failed (icon, words and colour, not colour
// alone), stay until the user dismisses them, and a long job that ends while the window is in the background
// sends a desktop notification (org.freedesktop.Notifications, here a fake service on the test's own session
// bus).

#include "core/jobs/Job.h"
#include "ui/Icons.h"
#include "ui/TransfersDock.h"

#include <QAccessible>
#include <QApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QProgressBar>
#include <QStyle>
#include <QToolButton>
#include <QTreeWidget>
#include <QtTest>

using namespace charthouse;

namespace {

// A job that runs until the test ends it, with success or the given error.
class FakeJob : public Job
{
public:
    FakeJob(QString title, QObject *parent) : Job(parent), m_title(std::move(title)) { }
    QString title() const override { return m_title; }
    void end(const Result<void> &outcome) { finish(outcome); }
    void report(qint64 done, qint64 total) { reportProgress(done, total); }

protected:
    void run() override { }
    void onCancel() override { finish(cancelledError()); }

private:
    QString m_title;
};

// What a notification server is asked: the fake stands in for the desktop's on the test's session bus.
class FakeNotifications : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Call
    {
        QString app;
        QString summary;
        QString body;
    };
    QList<Call> calls;

public Q_SLOTS:
    uint Notify(const QString &app, uint replaces, const QString &icon, const QString &summary,
        const QString &body, const QStringList &actions, const QVariantMap &hints, int timeout)
    {
        Q_UNUSED(replaces)
        Q_UNUSED(icon)
        Q_UNUSED(actions)
        Q_UNUSED(hints)
        Q_UNUSED(timeout)
        calls.append({app, summary, body});
        return static_cast<uint>(calls.size());
    }
};

QTreeWidgetItem *rowOf(TransfersDock &dock, const QString &title)
{
    QTreeWidget *list = dock.list();
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        if (list->topLevelItem(i)->text(0) == title)
            return list->topLevelItem(i);
    return nullptr;
}

// A job with this title, tracked by the dock, started and ended with outcome.
void runOne(TransfersDock &dock, const QString &title, const Result<void> &outcome)
{
    auto *job = new FakeJob(title, &dock);
    dock.track(job);
    job->start();
    job->end(outcome);
}

bool sameIcon(const QIcon &a, const QIcon &b)
{
    return !a.isNull() && !b.isNull() && a.pixmap(16).toImage() == b.pixmap(16).toImage();
}

} // namespace

class TestTransfersDock : public QObject
{
    Q_OBJECT

private slots:
    // A screen reader reads the progress cell (the bar drawn over it is not in the accessibility tree).
    void progressIsReadAloud()
    {
        TransfersDock dock;
        auto *ok = new FakeJob(QStringLiteral("Save ok"), &dock);
        auto *bad = new FakeJob(QStringLiteral("Push bad"), &dock);
        dock.track(ok);
        dock.track(bad);
        QAccessibleInterface *list = QAccessible::queryAccessibleInterface(dock.list());
        QVERIFY(list && list->tableInterface());
        const auto spoken = [&](int row) {
            return list->tableInterface()->cellAt(row, 1)->text(QAccessible::Name);
        };
        QCOMPARE(spoken(0), QStringLiteral("Waiting"));
        ok->start();
        bad->start();
        QCOMPARE(spoken(0), QStringLiteral("Running"));
        ok->report(450, 1000);
        QTRY_COMPARE(spoken(0), QStringLiteral("45 %"));
        ok->end({});
        bad->end(Error(Error::Code::Network, QStringLiteral("connection refused")));
        QCOMPARE(spoken(0), QStringLiteral("Done"));
        QCOMPARE(spoken(1), QStringLiteral("Failed"));
    }

    void failuresLookFailedAndStayUntilDismissed()
    {
        TransfersDock dock;
        auto *ok = new FakeJob(QStringLiteral("Save ok"), &dock);
        auto *bad = new FakeJob(QStringLiteral("Push bad"), &dock);
        auto *stopped = new FakeJob(QStringLiteral("Pull stopped"), &dock);
        for (FakeJob *job : {ok, bad, stopped}) {
            dock.track(job);
            job->start();
        }
        ok->end({});
        bad->end(Error(Error::Code::Network, QStringLiteral("connection refused")));
        stopped->cancel();

        QTreeWidgetItem *failed = rowOf(dock, QStringLiteral("Push bad"));
        QVERIFY(failed);
        const QString status = failed->text(2);
        QVERIFY2(status.startsWith(QLatin1String("Failed: ")), qPrintable(status));
        QVERIFY2(status.contains(QLatin1String("connection refused")), qPrintable(status));
        // Not colour alone: an icon and the words, and the colour on top.
        const QIcon critical = dock.style()->standardIcon(QStyle::SP_MessageBoxCritical);
        QVERIFY(sameIcon(failed->icon(2), critical));
        QCOMPARE(failed->foreground(2).color(), problemColour(dock.palette()));
        // Its progress is not the full bar of a finished job.
        auto *bar = qobject_cast<QProgressBar *>(dock.list()->itemWidget(failed, 1));
        QVERIFY(!bar || bar->isHidden() || bar->value() < bar->maximum());
        QVERIFY2(!failed->text(1).isEmpty() || (bar && bar->isTextVisible() && !bar->text().isEmpty()),
            "the progress column says the job failed");

        QTreeWidgetItem *finished = rowOf(dock, QStringLiteral("Save ok"));
        QVERIFY(finished);
        QCOMPARE(finished->text(2), QStringLiteral("Finished"));
        QVERIFY(!finished->icon(2).isNull());
        QVERIFY(!sameIcon(finished->icon(2), critical));
        QTreeWidgetItem *cancelled = rowOf(dock, QStringLiteral("Pull stopped"));
        QVERIFY(cancelled);
        QCOMPARE(cancelled->text(2), QStringLiteral("Cancelled"));
        QVERIFY(!sameIcon(cancelled->icon(2), critical));

        // Clear finished takes the finished and the cancelled job away, not the failure.
        auto *clear = dock.findChild<QToolButton *>(QStringLiteral("clear-transfers"));
        QVERIFY(clear);
        QTest::mouseClick(clear, Qt::LeftButton);
        QVERIFY(dock.statusOf(QStringLiteral("Save ok")).isEmpty());
        QVERIFY(dock.statusOf(QStringLiteral("Pull stopped")).isEmpty());
        QCOMPARE(dock.statusOf(QStringLiteral("Push bad")), status);

        // Dismiss removes the selected ended jobs, failures too; never a running one.
        auto *running = new FakeJob(QStringLiteral("Export running"), &dock);
        dock.track(running);
        running->start();
        auto *dismiss = dock.findChild<QToolButton *>(QStringLiteral("dismiss-transfers"));
        QVERIFY(dismiss);
        QVERIFY(!dismiss->isEnabled()); // nothing selected
        dock.list()->setCurrentItem(rowOf(dock, QStringLiteral("Export running")));
        QVERIFY(!dismiss->isEnabled());
        dock.list()->setCurrentItem(rowOf(dock, QStringLiteral("Push bad")));
        QVERIFY(dismiss->isEnabled());
        QTest::mouseClick(dismiss, Qt::LeftButton);
        QVERIFY(dock.statusOf(QStringLiteral("Push bad")).isEmpty());
        QCOMPARE(dock.statusOf(QStringLiteral("Export running")), QStringLiteral("Running"));
        running->end({});
    }

    void aLongJobEndingInTheBackgroundNotifiesTheDesktop()
    {
        QDBusConnection bus = QDBusConnection::sessionBus();
        if (!bus.isConnected())
            QSKIP("no D-Bus session bus (run under dbus-run-session)");
        FakeNotifications server;
        QVERIFY(bus.registerObject(
            QStringLiteral("/org/freedesktop/Notifications"), &server, QDBusConnection::ExportAllSlots));
        if (!bus.registerService(QStringLiteral("org.freedesktop.Notifications")))
            QSKIP("org.freedesktop.Notifications is taken on this bus: not a private session bus");

        TransfersDock dock; // never shown, so not the active window
        QVERIFY(!dock.isActiveWindow());
        dock.setNotifyAfter(std::chrono::milliseconds(0));
        runOne(dock, QStringLiteral("Push bad"),
            Error(Error::Code::Network, QStringLiteral("connection refused")));
        QTRY_COMPARE(server.calls.size(), 1);
        QCOMPARE(server.calls[0].app, QStringLiteral("Charthouse"));
        QVERIFY2(
            server.calls[0].summary.contains(QLatin1String("Push bad")), qPrintable(server.calls[0].summary));
        QVERIFY2(server.calls[0].body.contains(QLatin1String("Failed")), qPrintable(server.calls[0].body));
        QVERIFY2(server.calls[0].body.contains(QLatin1String("connection refused")),
            qPrintable(server.calls[0].body));

        runOne(dock, QStringLiteral("Save ok"), Result<void>());
        QTRY_COMPARE(server.calls.size(), 2);
        QVERIFY(server.calls[1].summary.contains(QLatin1String("Save ok")));
        QVERIFY2(server.calls[1].body.contains(QLatin1String("Finished")), qPrintable(server.calls[1].body));

        // A short job (under the threshold) ends quietly.
        dock.setNotifyAfter(std::chrono::hours(1));
        runOne(dock, QStringLiteral("Save quick"), Result<void>());
        QTest::qWait(300);
        QCOMPARE(server.calls.size(), 2);

        // So does a long one while the user looks at the window.
        dock.setNotifyAfter(std::chrono::milliseconds(0));
        dock.show();
        dock.activateWindow();
        if (QTest::qWaitForWindowActive(&dock)) {
            runOne(dock, QStringLiteral("Save seen"), Result<void>());
            QTest::qWait(300);
            QCOMPARE(server.calls.size(), 2);
        }
        bus.unregisterService(QStringLiteral("org.freedesktop.Notifications"));
        bus.unregisterObject(QStringLiteral("/org/freedesktop/Notifications"));
    }
};

QTEST_MAIN(TestTransfersDock)
#include "test_transfers_dock.moc"
