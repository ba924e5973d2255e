#include "ui/CodeHighlighter.h"

#include <QGuiApplication>
#include <QPalette>

namespace charthouse {

CodeHighlighter::Language CodeHighlighter::languageOf(const QString &fileName)
{
    const QString lower = fileName.toLower();
    if (lower.endsWith(QLatin1String(".yaml")) || lower.endsWith(QLatin1String(".yml")))
        return Language::Yaml;
    if (lower.endsWith(QLatin1String(".json")))
        return Language::Json;
    return Language::None;
}

CodeHighlighter::CodeHighlighter(Language language, QTextDocument *document)
    : QSyntaxHighlighter(document), m_language(language)
{
    chooseColours();
}

void CodeHighlighter::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    rehighlight();
}

void CodeHighlighter::chooseColours()
{
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    m_key.setForeground(dark ? QColor(0x8c, 0xb4, 0xff) : QColor(0x1a, 0x4f, 0xa8));
    m_string.setForeground(dark ? QColor(0x9c, 0xd6, 0x8a) : QColor(0x2e, 0x7d, 0x32));
    m_number.setForeground(dark ? QColor(0xf2, 0xb3, 0x6b) : QColor(0xb0, 0x58, 0x00));
    m_literal.setForeground(dark ? QColor(0xd7, 0x9c, 0xf0) : QColor(0x8e, 0x24, 0xaa));
    m_comment.setForeground(dark ? QColor(0x9a, 0x9a, 0xa2) : QColor(0x6e, 0x6e, 0x78));
    m_comment.setFontItalic(true);
}

void CodeHighlighter::apply(const QString &text, const QList<Rule> &rules)
{
    for (const Rule &rule : rules) {
        auto matches = rule.pattern.globalMatch(text);
        while (matches.hasNext()) {
            const QRegularExpressionMatch match = matches.next();
            if (match.capturedLength(rule.group) > 0)
                setFormat(static_cast<int>(match.capturedStart(rule.group)),
                    static_cast<int>(match.capturedLength(rule.group)), rule.format);
        }
    }
}

void CodeHighlighter::highlightBlock(const QString &text)
{
    // Later rules win where they overlap: values first, then keys, then comments.
    if (m_language == Language::Json) {
        static const QRegularExpression number(QStringLiteral("-?\\b\\d+(\\.\\d+)?([eE][+-]?\\d+)?\\b"));
        static const QRegularExpression literal(QStringLiteral("\\b(true|false|null)\\b"));
        static const QRegularExpression string(QStringLiteral("\"(?:[^\"\\\\]|\\\\.)*\""));
        static const QRegularExpression key(QStringLiteral("(\"(?:[^\"\\\\]|\\\\.)*\")\\s*:"));
        apply(text, {{number, m_number}, {literal, m_literal}, {string, m_string}, {key, m_key, 1}});
    } else if (m_language == Language::Yaml) {
        static const QRegularExpression number(QStringLiteral(":\\s+(-?\\d+(\\.\\d+)?)\\s*$"));
        static const QRegularExpression literal(QStringLiteral("(?::|-)\\s+(true|false|null|~|yes|no)\\s*$"));
        static const QRegularExpression string(QStringLiteral("\"(?:[^\"\\\\]|\\\\.)*\"|'[^']*'"));
        static const QRegularExpression key(
            QStringLiteral("^\\s*(?:-\\s+)?([^\\s#:\"'][^:#]*?|\"[^\"]*\"|'[^']*'):(?=\\s|$)"));
        static const QRegularExpression comment(QStringLiteral("(?:^|\\s)(#.*)$"));
        apply(text,
            {{number, m_number, 1}, {literal, m_literal, 1}, {string, m_string}, {key, m_key, 1},
                {comment, m_comment, 1}});
    }
}

} // namespace charthouse
