// Core and window messages name no CLI flag and no command line: what a user can do is an Error::Hint that
// each face words itself (app/cli names the flag, ui/ErrorText the dialog). This reads every translated
// string (tr(), QCoreApplication::translate(), QT_TR_NOOP...) in core/, ui/ and app/gui/ and fails on "--x"
// or "charthouse-cli". Comments and untranslated strings (the registry configuration LocalRegistry writes)
// may.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QtTest>

namespace {

struct Token
{
    enum Kind { Identifier, Literal, Punctuation } kind;
    QString text;
    int line;
};

// C++ source as identifiers, string literals (their contents) and punctuation; comments and character
// literals dropped. Enough C++ for finding the strings given to tr(): not a compiler.
QList<Token> tokenize(const QString &source)
{
    QList<Token> tokens;
    int line = 1;
    const qsizetype n = source.size();
    auto at = [&](qsizetype i) { return i < n ? source.at(i) : QChar(); };
    for (qsizetype i = 0; i < n;) {
        const QChar c = source.at(i);
        if (c == QLatin1Char('\n')) {
            ++line;
            ++i;
        } else if (c.isSpace()) {
            ++i;
        } else if (c == QLatin1Char('/') && at(i + 1) == QLatin1Char('/')) {
            while (i < n && source.at(i) != QLatin1Char('\n'))
                ++i;
        } else if (c == QLatin1Char('/') && at(i + 1) == QLatin1Char('*')) {
            const qsizetype end = source.indexOf(QLatin1String("*/"), i + 2);
            const qsizetype stop = end < 0 ? n : end + 2;
            line += static_cast<int>(QStringView(source).mid(i, stop - i).count(QLatin1Char('\n')));
            i = stop;
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            QString text;
            qsizetype j = i + 1;
            while (j < n && source.at(j) != c) {
                if (source.at(j) == QLatin1Char('\\') && j + 1 < n)
                    text += source.at(j++);
                text += source.at(j++);
            }
            if (c == QLatin1Char('"'))
                tokens.append({Token::Literal, text, line});
            i = j + 1;
        } else if (c.isLetter() || c == QLatin1Char('_')) {
            qsizetype j = i;
            while (j < n && (source.at(j).isLetterOrNumber() || source.at(j) == QLatin1Char('_')))
                ++j;
            const QString word = source.mid(i, j - i);
            if (at(j) == QLatin1Char('"') && word.endsWith(QLatin1Char('R'))) { // R"delimiter(...)delimiter"
                const qsizetype open = source.indexOf(QLatin1Char('('), j);
                const QString close = QLatin1Char(')') + source.mid(j + 1, open - j - 1) + QLatin1Char('"');
                const qsizetype end = source.indexOf(close, open);
                const qsizetype stop = end < 0 ? n : end + close.size();
                tokens.append({Token::Literal, source.mid(open + 1, end - open - 1), line});
                line += static_cast<int>(QStringView(source).mid(i, stop - i).count(QLatin1Char('\n')));
                i = stop;
            } else {
                if (at(j) != QLatin1Char('"')) // u8"..", L"..": the prefix is no identifier
                    tokens.append({Token::Identifier, word, line});
                i = j;
            }
        } else if (c.isDigit()) {
            while (i < n
                && (source.at(i).isLetterOrNumber() || source.at(i) == QLatin1Char('\'')
                    || source.at(i) == QLatin1Char('.')))
                ++i;
        } else {
            tokens.append({Token::Punctuation, QString(c), line});
            ++i;
        }
    }
    return tokens;
}

struct Translated
{
    QString text; // adjacent literals joined
    int line;
};

// The string literals given to a translation function, adjacent ones joined as the compiler joins them.
QList<Translated> translatedStrings(const QString &source)
{
    static const QStringList functions {QStringLiteral("tr"), QStringLiteral("translate"),
        QStringLiteral("QT_TR_NOOP"), QStringLiteral("QT_TR_N_NOOP"), QStringLiteral("QT_TRANSLATE_NOOP"),
        QStringLiteral("QT_TRANSLATE_N_NOOP"), QStringLiteral("qtTrId")};
    const QList<Token> tokens = tokenize(source);
    QList<Translated> found;
    for (qsizetype i = 0; i + 1 < tokens.size(); ++i) {
        if (tokens[i].kind != Token::Identifier || !functions.contains(tokens[i].text)
            || tokens[i + 1].text != QLatin1String("("))
            continue;
        int depth = 0;
        bool joining = false;
        for (qsizetype j = i + 1; j < tokens.size(); ++j) {
            const Token &t = tokens[j];
            if (t.kind == Token::Literal) {
                if (joining)
                    found.last().text += t.text;
                else
                    found.append({t.text, t.line});
                joining = true;
                continue;
            }
            joining = false;
            if (t.text == QLatin1String("("))
                ++depth;
            else if (t.text == QLatin1String(")") && --depth == 0)
                break;
        }
    }
    return found;
}

bool namesTheCli(const QString &text)
{
    static const QRegularExpression flag(QStringLiteral("--[a-z]"));
    return text.contains(flag) || text.contains(QLatin1String("charthouse-cli"));
}

} // namespace

class TestCoreMessages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theReaderFindsTranslatedStringsOnly()
    {
        const QString sample
            = QStringLiteral("// tr(\"comment --force\")\n"
                             "/* charthouse-cli */ auto a = QStringLiteral(\"--plain-http\");\n"
                             "Error(x, tr(\"%1 exists; \" \"use --force\").arg(y));\n"
                             "QCoreApplication::translate(\"ctx\",\n    \"run: charthouse-cli login\")\n"
                             "tr(\"a (b) \\\" c\", \"disambiguation\", n); x = 'a'; tr(u8\"x\");\n"
                             "QString s = tr(\"hint\") + QStringLiteral(\"--after\");\n");
        QList<Translated> found = translatedStrings(sample);
        QStringList texts;
        for (const Translated &t : found)
            texts.append(t.text);
        QCOMPARE(texts,
            QStringList({QStringLiteral("%1 exists; use --force"), QStringLiteral("ctx"),
                QStringLiteral("run: charthouse-cli login"), QStringLiteral("a (b) \\\" c"),
                QStringLiteral("disambiguation"), QStringLiteral("x"), QStringLiteral("hint")}));
        QCOMPARE(found.at(0).line, 3);
        QCOMPARE(found.at(2).line, 5);
        QVERIFY(namesTheCli(texts.at(0)));
        QVERIFY(namesTheCli(texts.at(2)));
        QVERIFY(!namesTheCli(QStringLiteral("HOST[:PORT] -- a dash")));
    }

    void noTranslatedStringNamesTheCli()
    {
        const QString root = qEnvironmentVariable("CHARTHOUSE_SOURCE_DIR");
        QVERIFY2(!root.isEmpty(), "CHARTHOUSE_SOURCE_DIR is not set");
        QStringList problems;
        int files = 0;
        int strings = 0;
        for (const QString &folder :
            {QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app/gui")}) {
            QDirIterator it(root + QLatin1Char('/') + folder,
                {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                const QString relative = QDir(root).relativeFilePath(path);
                QFile file(path);
                QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
                ++files;
                const QList<Translated> found = translatedStrings(QString::fromUtf8(file.readAll()));
                strings += static_cast<int>(found.size());
                QStringList here;
                for (const Translated &t : found)
                    if (namesTheCli(t.text))
                        here.append(QStringLiteral("%1:%2: \"%3\"").arg(relative).arg(t.line).arg(t.text));
                problems += here;
            }
        }
        QVERIFY2(files > 50 && strings > 300,
            qPrintable(QStringLiteral("%1 files, %2 strings").arg(files).arg(strings)));
        QVERIFY2(problems.isEmpty(),
            qPrintable(QStringLiteral("CLI flags in translated strings (set an Error::Hint instead):\n")
                + problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestCoreMessages)
#include "test_core_messages.moc"
