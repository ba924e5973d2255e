#pragma once

#include "core/chart/ChartMetadata.h"
#include "core/oci/Reference.h"
#include "core/store/ChartStore.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace charthouse {

class SaveDialog;

// Asks where to save each chart, one question at a time: charts dropped together (or while a dialog is open)
// wait their turn rather than stacking identical dialogs on top of each other.
class SaveQueue : public QObject
{
    Q_OBJECT
public:
    explicit SaveQueue(QWidget *parent);

    void ask(const QString &source, const ChartMetadata &metadata);

Q_SIGNALS:
    void dialogShown(SaveDialog *dialog);
    void saveRequested(const QString &source, const Reference &ref, const SaveOptions &options);

private:
    QWidget *m_parent;
    QPointer<SaveDialog> m_dialog; // the one open
    QList<std::pair<QString, ChartMetadata>> m_waiting;
};

} // namespace charthouse
