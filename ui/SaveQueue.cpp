#include "ui/SaveQueue.h"

#include "ui/SaveDialog.h"
#include "ui/SettingsDialog.h"

#include <QTimer>

namespace charthouse {

SaveQueue::SaveQueue(QWidget *parent) : QObject(parent), m_parent(parent) { }

void SaveQueue::ask(const QString &source, const ChartMetadata &metadata)
{
    if (m_dialog) {
        m_waiting.append({source, metadata});
        return;
    }
    const QString repository = SettingsDialog::defaultRepository();
    auto *dialog
        = new SaveDialog(source, SaveDialog::suggestedReference(repository, metadata.name, metadata.version),
            SettingsDialog::legacyLayer(), m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &QDialog::finished, this, [this] {
        m_dialog = nullptr;
        // After this dialog's own signals (accepted starts its save).
        QTimer::singleShot(0, this, [this] {
            if (!m_dialog && !m_waiting.isEmpty()) {
                const auto [nextSource, nextMetadata] = m_waiting.takeFirst();
                ask(nextSource, nextMetadata);
            }
        });
    });
    connect(dialog, &QDialog::accepted, this, [this, dialog, source] {
        SaveOptions options;
        options.legacyLayer = dialog->legacyLayer();
        Q_EMIT saveRequested(source, dialog->reference(), options);
    });
    dialog->open();
    Q_EMIT dialogShown(dialog);
}

} // namespace charthouse
