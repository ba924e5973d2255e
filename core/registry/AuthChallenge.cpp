#include "core/registry/AuthChallenge.h"

namespace charthouse {

namespace {

class Scanner
{
public:
    explicit Scanner(const QByteArray &text) : m_text(text) { }
    bool atEnd() { skipSpaces(); return m_pos >= m_text.size(); }
    void skipSpaces()
    {
        while (m_pos < m_text.size() && (m_text[m_pos] == ' ' || m_text[m_pos] == '\t'))
            ++m_pos;
    }
    bool take(char c)
    {
        skipSpaces();
        if (m_pos < m_text.size() && m_text[m_pos] == c) {
            ++m_pos;
            return true;
        }
        return false;
    }
    QByteArray token()
    {
        skipSpaces();
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && !QByteArrayView(" \t,=\"").contains(m_text[m_pos]))
            ++m_pos;
        return m_text.mid(start, m_pos - start);
    }
    QByteArray quoted()
    {
        QByteArray out;
        while (m_pos < m_text.size() && m_text[m_pos] != '"') {
            if (m_text[m_pos] == '\\' && m_pos + 1 < m_text.size())
                ++m_pos;
            out += m_text[m_pos++];
        }
        ++m_pos; // closing quote
        return out;
    }
    qsizetype pos() const { return m_pos; }
    void seek(qsizetype p) { m_pos = p; }

private:
    const QByteArray &m_text;
    qsizetype m_pos = 0;
};

} // namespace

QList<AuthChallenge> AuthChallenge::parse(const QByteArray &header)
{
    QList<AuthChallenge> challenges;
    Scanner s(header);
    while (!s.atEnd()) {
        const QByteArray scheme = s.token();
        if (scheme.isEmpty()) {
            if (!s.take(','))
                break;
            continue;
        }
        AuthChallenge challenge;
        challenge.scheme = QString::fromLatin1(scheme).toLower();
        // auth-params: name=value or name="value", comma separated, until the next scheme.
        while (!s.atEnd()) {
            const qsizetype before = s.pos();
            const QByteArray name = s.token();
            if (name.isEmpty() || !s.take('=')) {
                s.seek(before);
                break;
            }
            s.skipSpaces();
            QByteArray value = s.take('"') ? s.quoted() : s.token();
            challenge.params.insert(QString::fromLatin1(name).toLower(), QString::fromUtf8(value));
            if (!s.take(','))
                break;
        }
        challenges.append(challenge);
        s.take(',');
    }
    return challenges;
}

} // namespace charthouse
