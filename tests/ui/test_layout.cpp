// What the window shows must be readable by everyone: the table's columns sized so the reference shows
// (REF takes the slack, elided in the middle, other columns fit their content even with a larger font, and
// widths the user set come back), every custom text colour at WCAG AA contrast (4.5:1) on a light and a dark
// palette, and a save dialog that suggests a reference it accepts, shrinks when its problem is fixed, ties
// the problem to the field, and asks for dropped charts one at a time. (No raw string literals: Qt 6.4's moc
// fails on them.)
#include "core/jobs/SaveJob.h"
#include "tests/support/DarkPalette.h"
#include "tests/support/TestSupport.h"
#include "ui/ChartTableModel.h"
#include "ui/CodeHighlighter.h"
#include "ui/LocalRegistryDialog.h"
#include "ui/MainWindow.h"
#include "ui/RegistriesDialog.h"
#include "ui/RemoteBrowser.h"
#include "ui/SaveDialog.h"
#include "ui/SettingsDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTranslator>
#include <QtTest>

#include <cmath>

using namespace charthouse;
using namespace charthouse::test;

namespace {

const QString longRef
    = QStringLiteral("registry.example.com/platform-team/observability/prometheus-operator-crds:45.27.2");

// WCAG 2.x relative luminance and contrast ratio; a translucent colour is first laid over the background.
double luminance(const QColor &colour)
{
    auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF());
}

double contrast(QColor text, const QColor &background)
{
    const double a = text.alphaF();
    text = QColor::fromRgbF(float(text.redF() * a + background.redF() * (1 - a)),
        float(text.greenF() * a + background.greenF() * (1 - a)),
        float(text.blueF() * a + background.blueF() * (1 - a)));
    const double l1 = luminance(text), l2 = luminance(background);
    return (std::max(l1, l2) + 0.05) / (std::min(l1, l2) + 0.05);
}

// A label's text against what it is drawn on, in the state it is in (greyed when disabled).
double labelContrast(const QWidget *label)
{
    const QPalette::ColorGroup group = label->isEnabled() ? QPalette::Active : QPalette::Disabled;
    return contrast(label->palette().color(group, label->foregroundRole()),
        label->palette().color(group, label->backgroundRole()));
}

QLabel *labelStartingWith(const QWidget &parent, const QString &start)
{
    for (QLabel *label : parent.findChildren<QLabel *>())
        if (label->text().startsWith(start))
            return label;
    return nullptr;
}

} // namespace

class TestLayout : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QTranslator m_english;
    QString m_cache;

    QString chartDir(const QString &name, const QString &version = QStringLiteral("1.0.0"))
    {
        return makeChart(m_tmp.path() + QStringLiteral("/src-") + name, name, version);
    }

    // A window on the cache with both charts listed, 1200 px wide.
    static void showListed(MainWindow &window)
    {
        window.resize(1200, 700);
        window.show();
        QTRY_COMPARE_WITH_TIMEOUT(window.model()->rowCount(), 2, 10000);
        QCoreApplication::processEvents();
    }

private slots:
    void initTestCase()
    {
        useHome(m_tmp.path() + QStringLiteral("/home")); // settings (column widths) not the user's
        QVERIFY(m_english.load(QStringLiteral(":/i18n/charthouse_en.qm")));
        QCoreApplication::installTranslator(&m_english);
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        m_cache = m_tmp.path() + QStringLiteral("/cache");
        const QList<std::pair<QString, QString>> charts {
            {QStringLiteral("prometheus-operator-crds"), longRef},
            {QStringLiteral("nginx"), QStringLiteral("localhost:5000/charts/nginx:15.4.2")}};
        for (const auto &[name, ref] : charts) {
            SaveJob job(m_cache, chartDir(name), *Reference::parse(ref), SaveOptions {});
            QSignalSpy finished(&job, &Job::finished);
            job.start();
            QVERIFY(finished.wait(10000));
            QVERIFY2(!job.error(), qPrintable(job.error() ? job.error()->message() : QString()));
        }
    }

    void init() { QSettings().remove(QStringLiteral("window")); }

    void referenceTakesTheSlackAndElidesInTheMiddle()
    {
        MainWindow window(m_cache);
        showListed(window);
        QTableView *view = window.view();
        QHeaderView *header = view->horizontalHeader();
        QCOMPARE(view->textElideMode(), Qt::ElideMiddle);
        const int ref = header->sectionSize(ChartTableModel::Ref);
        for (int column = 0; column < ChartTableModel::ColumnCount; ++column)
            if (column != ChartTableModel::Ref)
                QVERIFY2(ref > header->sectionSize(column),
                    qPrintable(QStringLiteral("REF %1 px, column %2 %3 px")
                                   .arg(ref)
                                   .arg(column)
                                   .arg(header->sectionSize(column))));
        // The columns fill the table: no empty band after LAYER, no LAYER taking the rest.
        QCOMPARE(header->length(), view->viewport()->width());
        // What the cell can show of the long reference: at least 40 characters.
        const int margin = 2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1);
        const QString shown = view->fontMetrics().elidedText(longRef, Qt::ElideMiddle, ref - margin);
        QVERIFY2(shown.size() - 1 >= 40, qPrintable(shown));
    }

    void widthsTheUserSetComeBack()
    {
        int name = 0;
        int version = 0;
        {
            MainWindow window(m_cache);
            showListed(window);
            QHeaderView *header = window.view()->horizontalHeader();
            QCOMPARE(header->sectionResizeMode(ChartTableModel::Name), QHeaderView::Interactive);
            // As dragging the edge of a column does.
            header->resizeSection(ChartTableModel::Name, header->sectionSize(ChartTableModel::Name) + 90);
            header->resizeSection(
                ChartTableModel::Version, header->sectionSize(ChartTableModel::Version) + 40);
            name = header->sectionSize(ChartTableModel::Name);
            version = header->sectionSize(ChartTableModel::Version);
        }
        MainWindow again(m_cache);
        showListed(again);
        QHeaderView *header = again.view()->horizontalHeader();
        QCOMPARE(header->sectionSize(ChartTableModel::Name), name);
        QCOMPARE(header->sectionSize(ChartTableModel::Version), version);
        QCOMPARE(header->sectionResizeMode(ChartTableModel::Ref), QHeaderView::Stretch);
        QCOMPARE(header->length(), again.view()->viewport()->width());
    }

    void columnsFitTheirContentWithALargerFont()
    {
        const QFont before = QApplication::font();
        QFont large = before;
        large.setPointSize(16);
        QApplication::setFont(large);
        {
            MainWindow window(m_cache);
            showListed(window);
            QTableView *view = window.view();
            QHeaderView *header = view->horizontalHeader();
            for (int column = 0; column < ChartTableModel::ColumnCount; ++column) {
                if (column == ChartTableModel::Ref)
                    continue;
                const int needed = std::max(header->sectionSizeHint(column),
                    static_cast<QAbstractItemView *>(view)->sizeHintForColumn(column));
                QVERIFY2(header->sectionSize(column) >= needed,
                    qPrintable(QStringLiteral("column %1: %2 px for %3 px of text")
                                   .arg(column)
                                   .arg(header->sectionSize(column))
                                   .arg(needed)));
            }
        }
        QApplication::setFont(before);
    }

    void textMeetsAaContrastOnLightAndDarkPalettes()
    {
        for (const bool dark : {false, true}) {
            QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
            const QString where = dark ? QStringLiteral("dark") : QStringLiteral("light");
            auto check = [&where](const QString &what, double ratio) {
                QVERIFY2(ratio >= 4.5,
                    qPrintable(
                        QStringLiteral("%1 on the %2 palette: %3:1").arg(what, where).arg(ratio, 0, 'f', 2)));
            };
            MainWindow window(m_tmp.path() + QStringLiteral("/empty-cache"));
            QSignalSpy refreshed(&window, &MainWindow::refreshed);
            window.show();
            QVERIFY(refreshed.wait(10000));
            QLabel *hint = labelStartingWith(window, QStringLiteral("No charts in the cache yet"));
            QVERIFY(hint);
            QVERIFY(hint->isVisible());
            check(QStringLiteral("the empty-state hint"), labelContrast(hint));
            auto checkPlaceholders = [&check](const QWidget &parent) {
                for (QLineEdit *edit : parent.findChildren<QLineEdit *>())
                    if (!edit->placeholderText().isEmpty())
                        check(QStringLiteral("the placeholder \"%1\"").arg(edit->placeholderText()),
                            contrast(edit->palette().color(QPalette::PlaceholderText),
                                edit->palette().color(QPalette::Base)));
            };
            checkPlaceholders(window);
            // The dialogs with placeholders: the main window's own checked above.
            const QList<QWidget *> dialogs {
                window.showPull(), window.showLocalRegistry(), new SettingsDialog(&window)};
            for (QWidget *dialog : dialogs) {
                checkPlaceholders(*dialog);
                dialog->close();
            }

            SaveDialog save(m_tmp.path(), QStringLiteral("localhost:5000/Charts/x:1.0.0"), false, &window);
            save.show();
            QVERIFY(!save.problem().isEmpty());
            QLabel *problem = labelStartingWith(save, save.problem());
            QVERIFY(problem);
            check(QStringLiteral("the save dialog's problem"), labelContrast(problem));

            RegistriesDialog *registries = window.showRegistries();
            auto *empty = registries->findChild<QLabel *>(QStringLiteral("registries-empty"));
            QVERIFY(empty);
            check(QStringLiteral("the registries' empty state"), labelContrast(empty));
            checkPlaceholders(*registries);
            registries->close();

            QTextDocument document;
            CodeHighlighter highlighter(CodeHighlighter::Language::Yaml, &document);
            const QColor base = QApplication::palette().color(QPalette::Base);
            const QList<QTextCharFormat> formats = highlighter.formats();
            QCOMPARE(formats.size(), 5);
            for (const QTextCharFormat &format : formats)
                check(QStringLiteral("highlighted code ") + format.foreground().color().name(),
                    contrast(format.foreground().color(), base));
        }
        QApplication::setPalette(QApplication::style()->standardPalette());
    }

    void coloursFollowAPaletteChangeWhileOpen()
    {
        QApplication::setPalette(QApplication::style()->standardPalette());
        MainWindow window(m_tmp.path() + QStringLiteral("/empty-cache"));
        QSignalSpy refreshed(&window, &MainWindow::refreshed);
        window.show();
        QVERIFY(refreshed.wait(10000));
        SaveDialog save(m_tmp.path(), QStringLiteral("localhost:5000/Charts/x:1.0.0"), false, &window);
        save.show();
        QApplication::setPalette(darkPalette()); // the desktop switched to its dark theme
        QCoreApplication::processEvents();
        auto *hint = window.findChild<QLabel *>(QStringLiteral("empty-hint"));
        QVERIFY(hint);
        const double hintRatio = labelContrast(hint);
        const double problemRatio = labelContrast(save.findChild<QLabel *>(QStringLiteral("save-problem")));
        auto *filter = window.findChild<QLineEdit *>();
        const double placeholderRatio = contrast(
            filter->palette().color(QPalette::PlaceholderText), filter->palette().color(QPalette::Base));
        QApplication::setPalette(QApplication::style()->standardPalette());
        QVERIFY2(hintRatio >= 4.5, qPrintable(QString::number(hintRatio)));
        QVERIFY2(problemRatio >= 4.5, qPrintable(QString::number(problemRatio)));
        QVERIFY2(placeholderRatio >= 4.5, qPrintable(QString::number(placeholderRatio)));
    }

    void suggestedReferenceIsOneTheAppAccepts()
    {
        MainWindow window(m_tmp.path() + QStringLiteral("/upper-cache"));
        QPointer<SaveDialog> shown;
        connect(&window, &MainWindow::saveDialogShown, this,
            [&shown](QDialog *dialog) { shown = static_cast<SaveDialog *>(dialog); });
        window.saveDropped(
            {QUrl::fromLocalFile(chartDir(QStringLiteral("MyChart"), QStringLiteral("2.0.0+B1")))});
        QTRY_VERIFY2_WITH_TIMEOUT(shown, qPrintable(window.lastMessage()), 10000);
        QCOMPARE(shown->referenceEdit()->text(), QStringLiteral("localhost:5000/charts/mychart:2.0.0_B1"));
        QVERIFY2(shown->problem().isEmpty(), qPrintable(shown->problem()));
        shown->reject();
    }

    void problemGoesAndTheDialogShrinksWhenFixed()
    {
        const QString valid = QStringLiteral("localhost:5000/charts/ok:1.0.0");
        SaveDialog compact(m_tmp.path(), valid, false);
        compact.show();
        QVERIFY(QTest::qWaitForWindowExposed(&compact));
        SaveDialog dialog(m_tmp.path(), valid, false);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.height(), compact.height());
        dialog.referenceEdit()->setText(QStringLiteral("localhost:5000/Charts/ok:1.0.0"));
        QCoreApplication::processEvents();
        QLabel *problem = labelStartingWith(dialog, dialog.problem());
        QVERIFY(problem);
        QVERIFY(problem->isVisible());
        QVERIFY(dialog.height() > compact.height());
        dialog.referenceEdit()->setText(valid);
        QCoreApplication::processEvents();
        QVERIFY(!problem->isVisible());
        QCOMPARE(dialog.height(), compact.height());
    }

    void problemIsTiedToTheField()
    {
        SaveDialog dialog(m_tmp.path(), QStringLiteral("localhost:5000/Charts/ok:1.0.0"), false);
        QVERIFY(!dialog.problem().isEmpty());
        QCOMPARE(dialog.referenceEdit()->accessibleDescription(), dialog.problem());
        QLabel *problem = labelStartingWith(dialog, dialog.problem());
        QVERIFY(problem);
        QCOMPARE(problem->buddy(), dialog.referenceEdit());
        dialog.referenceEdit()->setText(QStringLiteral("localhost:5000/charts/ok:1.0.0"));
        QVERIFY(dialog.problem().isEmpty());
        QVERIFY(dialog.referenceEdit()->accessibleDescription().isEmpty());
    }

    void droppedChartsAreAskedForOneAtATime()
    {
        MainWindow window(m_tmp.path() + QStringLiteral("/queue-cache"));
        window.show();
        QList<QPointer<SaveDialog>> shown;
        connect(&window, &MainWindow::saveDialogShown, this,
            [&shown](QDialog *dialog) { shown.append(static_cast<SaveDialog *>(dialog)); });
        window.saveDropped({QUrl::fromLocalFile(chartDir(QStringLiteral("first"))),
            QUrl::fromLocalFile(chartDir(QStringLiteral("second")))});
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 10000);
        QTest::qWait(1000); // both charts have been read by now
        QCOMPARE(shown.size(), 1);
        int open = 0;
        for (SaveDialog *dialog : window.findChildren<SaveDialog *>())
            open += dialog->isVisible() ? 1 : 0;
        QCOMPARE(open, 1);
        const QString firstRef = shown.first()->referenceEdit()->text();
        shown.first()->reject(); // cancelling one still asks for the next
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 2, 10000);
        QVERIFY(shown.last());
        const QString secondRef = shown.last()->referenceEdit()->text();
        QCOMPARE(QStringList({firstRef, secondRef}).join(QLatin1Char(' ')).count(QStringLiteral("first")), 1);
        QCOMPARE(
            QStringList({firstRef, secondRef}).join(QLatin1Char(' ')).count(QStringLiteral("second")), 1);
        shown.last()->reject();
    }
};

QTEST_MAIN(TestLayout)
#include "test_layout.moc"
