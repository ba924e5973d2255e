#include "ui/AlignedDiff.h"

namespace charthouse {

namespace {

QString lineText(QByteArrayView line)
{
    if (line.endsWith('\n'))
        line = line.chopped(1);
    if (line.endsWith('\r'))
        line = line.chopped(1);
    return QString::fromUtf8(line);
}

class Aligner
{
public:
    Aligner(const QByteArray &oldText, const QByteArray &newText)
        : m_old(splitLines(oldText)), m_new(splitLines(newText))
    { }

    void same(qsizetype count)
    {
        for (qsizetype i = 0; i < count && m_oldPos < m_old.size() && m_newPos < m_new.size(); ++i)
            add(AlignedRow::Kind::Same, true, true);
    }
    void removed() { m_removed++; }
    void added() { m_added++; }
    // The removed and added lines gathered since the last context line, paired as far as they go.
    void flush()
    {
        const qsizetype paired = qMin(m_removed, m_added);
        for (qsizetype i = 0; i < paired; ++i)
            add(AlignedRow::Kind::Changed, true, true);
        for (qsizetype i = paired; i < m_removed; ++i)
            add(AlignedRow::Kind::Removed, true, false);
        for (qsizetype i = paired; i < m_added; ++i)
            add(AlignedRow::Kind::Added, false, true);
        m_removed = m_added = 0;
    }
    qsizetype oldPos() const { return m_oldPos; }
    qsizetype oldSize() const { return m_old.size(); }
    qsizetype newSize() const { return m_new.size(); }
    AlignedDiff take() { return std::move(m_result); }

private:
    void add(AlignedRow::Kind kind, bool onOld, bool onNew)
    {
        AlignedRow row {kind};
        if (onOld && m_oldPos < m_old.size()) {
            row.oldLine = static_cast<int>(++m_oldPos);
            m_result.oldText.append(lineText(m_old.at(m_oldPos - 1)));
        } else {
            m_result.oldText.append(QString());
        }
        if (onNew && m_newPos < m_new.size()) {
            row.newLine = static_cast<int>(++m_newPos);
            m_result.newText.append(lineText(m_new.at(m_newPos - 1)));
        } else {
            m_result.newText.append(QString());
        }
        const bool changed = kind != AlignedRow::Kind::Same;
        const bool previousChanged
            = !m_result.rows.isEmpty() && m_result.rows.constLast().kind != AlignedRow::Kind::Same;
        if (changed && !previousChanged)
            m_result.blocks.append(static_cast<int>(m_result.rows.size()));
        m_result.rows.append(row);
    }

    QList<QByteArrayView> m_old;
    QList<QByteArrayView> m_new;
    qsizetype m_oldPos = 0;
    qsizetype m_newPos = 0;
    qsizetype m_removed = 0;
    qsizetype m_added = 0;
    AlignedDiff m_result;
};

} // namespace

int AlignedDiff::blockOfRow(int row) const
{
    int block = -1;
    for (int i = 0; i < blocks.size() && blocks.at(i) <= row; ++i)
        block = i;
    return block;
}

AlignedDiff alignDiff(const QByteArray &oldText, const QByteArray &newText, const TextDiff &diff)
{
    Aligner aligner(oldText, newText);
    if (diff.omitted) {
        for (qsizetype i = 0; i < aligner.oldSize(); ++i)
            aligner.removed();
        for (qsizetype i = 0; i < aligner.newSize(); ++i)
            aligner.added();
        aligner.flush();
        return aligner.take();
    }
    for (const DiffHunk &hunk : diff.hunks) {
        aligner.same(hunk.oldStart - aligner.oldPos());
        for (const DiffLine &line : hunk.lines) {
            switch (line.kind) {
            case DiffLine::Kind::Context:
                aligner.flush();
                aligner.same(1);
                break;
            case DiffLine::Kind::Removed: aligner.removed(); break;
            case DiffLine::Kind::Added: aligner.added(); break;
            }
        }
        aligner.flush();
    }
    aligner.same(aligner.oldSize() - aligner.oldPos());
    return aligner.take();
}

} // namespace charthouse
