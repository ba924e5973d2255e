#include "core/compare/ValuesDiff.h"

#include "core/compare/KeyedDiff.h"
#include "core/compare/ValuesTree.h"
#include "core/compare/YamlTree.h"

#include <QCoreApplication>

namespace charthouse {

namespace {

class Flattener
{
public:
    explicit Flattener(qint64 maxBytes) : m_budget(maxBytes) { }

    // False once the budget is spent.
    bool walk(const YAML::Node &node, const QString &path)
    {
        if (node.IsMap() && node.size() > 0) {
            for (const auto &[key, value] : mapEntries(node))
                if (!walk(value, childPath(path, key)))
                    return false;
            return true;
        }
        if (node.IsSequence() && node.size() > 0) {
            for (std::size_t i = 0; i < node.size(); ++i)
                if (!walk(node[i], itemPath(path, qsizetype(i))))
                    return false;
            return true;
        }
        ValueLeaf leaf {path, compactYaml(node)};
        m_budget -= 2 * (leaf.path.size() + leaf.value.size()) + 64;
        if (m_budget < 0)
            return false;
        leaves.append(std::move(leaf));
        return true;
    }

    QList<ValueLeaf> leaves;

private:
    qint64 m_budget;
};

} // namespace

Result<YAML::Node> loadValuesTree(const QByteArray &yaml, const QString &where)
{
    auto root = loadYamlTree(yaml, where);
    if (root && !root->IsMap() && !root->IsNull())
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate(
                "charthouse::ChartComparer", "%1: values must be a mapping of keys to values")
                .arg(where));
    return root;
}

Result<QList<ValueLeaf>> flattenValueTree(const YAML::Node &root, const QString &where, qint64 maxBytes)
{
    if (root.IsNull())
        return QList<ValueLeaf> {};
    Flattener flattener(maxBytes);
    if (!flattener.walk(root, QString()))
        return Error(Error::Code::TooLarge,
            QCoreApplication::translate("charthouse::ChartComparer", "%1: too many values to compare")
                .arg(where));
    return std::move(flattener.leaves);
}

Result<QList<ValueLeaf>> flattenValues(const QByteArray &yaml, const QString &where, qint64 maxBytes)
{
    auto root = loadValuesTree(yaml, where);
    if (!root)
        return root.error();
    return flattenValueTree(*root, where, maxBytes);
}

QList<ValueChange> diffValueLeaves(const QList<ValueLeaf> &oldLeaves, const QList<ValueLeaf> &newLeaves)
{
    QList<ValueChange> changes;
    diffByKey(
        oldLeaves, newLeaves, [](const ValueLeaf &leaf) { return leaf.path; },
        [&changes](ChangeKind kind, const ValueLeaf *was, const ValueLeaf *now) {
            if (kind != ChangeKind::Changed || was->value != now->value)
                changes.append({kind, (was ? was : now)->path, was ? was->value : QString(),
                    now ? now->value : QString()});
        });
    return changes;
}

} // namespace charthouse
