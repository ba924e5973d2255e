#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace charthouse {

// Colours YAML (values.yaml, Chart.yaml) and JSON (manifest, config) in the details view: keys, strings,
// numbers, true/false/null and comments, in colours chosen for the palette (light or dark) in use.
class CodeHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    enum class Language { None, Yaml, Json };
    // The language a file name suggests (.yaml, .yml, .json; else None).
    static Language languageOf(const QString &fileName);

    CodeHighlighter(Language language, QTextDocument *document);
    void setLanguage(Language language);
    Language language() const { return m_language; }

    // The formats used, for tests.
    QTextCharFormat keyFormat() const { return m_key; }
    QTextCharFormat stringFormat() const { return m_string; }
    // Every format, for the contrast check.
    QList<QTextCharFormat> formats() const { return {m_key, m_string, m_number, m_literal, m_comment}; }

protected:
    void highlightBlock(const QString &text) override;

private:
    struct Rule
    {
        QRegularExpression pattern;
        QTextCharFormat format;
        int group = 0;
    };
    void chooseColours();
    void apply(const QString &text, const QList<Rule> &rules);

    Language m_language;
    QTextCharFormat m_key, m_string, m_number, m_literal, m_comment;
};

} // namespace charthouse
