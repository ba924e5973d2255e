#pragma once

#include "core/oci/Reference.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QAbstractItemModel;
class QTemporaryDir;
class QWidget;

namespace charthouse {

class CompareWindow;
class CompareWithDialog;
class RegistryClient;

// Where a comparison starts: the chart table (two rows compare directly, one asks for the other side), the
// details view ("Compare with…") and the registry browser (remote versions, fetched into a temporary store so
// the cache is never touched). Each comparison opens a CompareWindow of its own.
class CompareLauncher : public QObject
{
    Q_OBJECT
public:
    // cachedCharts: the chart table's model (ChartTableModel::ReferenceRole), for the choices and the newest
    // cached version of a repository. window: the parent of the windows and dialogs.
    CompareLauncher(
        QString cacheRoot, RegistryClient *client, QAbstractItemModel *cachedCharts, QWidget *window);
    ~CompareLauncher() override;

    // Two specs (cached references, directories, packages); two versions of one chart put the older left.
    CompareWindow *compare(const QString &first, const QString &second);
    // The table's selection: two compare directly, one asks for the other side.
    void compareSelected(const QStringList &specs);
    CompareWithDialog *askOtherSide(const QString &spec);
    // Remote versions from the browser: two against each other, one against the newest cached version of its
    // repository.
    CompareWindow *compareRemote(const QList<Reference> &versions);

    // The older of two versions of a chart first; anything else in the order given.
    static std::pair<QString, QString> olderFirst(const QString &first, const QString &second);

Q_SIGNALS:
    void windowShown(CompareWindow *window);
    void dialogShown(CompareWithDialog *dialog);
    // For the browser: a remote comparison could not start (nothing cached to compare with).
    void problem(const QString &text);

private:
    CompareWindow *openWindow();
    QStringList cachedReferences() const;
    QString remoteStore();

    QString m_cacheRoot;
    QPointer<RegistryClient> m_client;
    QAbstractItemModel *m_cached;
    QWidget *m_window;
    std::unique_ptr<QTemporaryDir> m_store;
};

} // namespace charthouse
