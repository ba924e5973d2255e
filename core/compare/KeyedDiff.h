#pragma once

#include "core/compare/ValuesDiff.h"

#include <QHash>
#include <QList>

namespace charthouse {

// Matches two lists by key(item): visit(kind, oldItem, newItem) for each removed one (newItem null) and each
// one present in both (kind Changed: the visitor decides whether it did change), in the old list's order,
// then for each added one (oldItem null) in the new list's. A repeated key matches its last occurrence.
template<typename T, typename KeyOf, typename Visit>
void diffByKey(const QList<T> &oldItems, const QList<T> &newItems, KeyOf keyOf, Visit visit)
{
    QHash<QString, const T *> oldByKey;
    QHash<QString, const T *> newByKey;
    for (const T &item : oldItems)
        oldByKey.insert(keyOf(item), &item);
    for (const T &item : newItems)
        newByKey.insert(keyOf(item), &item);
    for (const T &item : oldItems) {
        const T *now = newByKey.value(keyOf(item));
        visit(now ? ChangeKind::Changed : ChangeKind::Removed, &item, now);
    }
    for (const T &item : newItems)
        if (!oldByKey.contains(keyOf(item)))
            visit(ChangeKind::Added, static_cast<const T *>(nullptr), &item);
}

} // namespace charthouse
