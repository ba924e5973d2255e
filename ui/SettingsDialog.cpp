#include "ui/SettingsDialog.h"

#include "ui/Accessibility.h"
#include "ui/ErrorText.h"
#include "ui/Icons.h"
#include "ui/KeyringField.h"
#include "ui/SaveDialog.h"

#include "core/cache/ChartCache.h"
#include "core/common/SettingsFile.h"
#include "core/credentials/RegistrySettings.h"
#include "core/provenance/DefaultKeyring.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcessEnvironment>
#include <QSettings>
#include <QSpinBox>

namespace charthouse {

namespace {
const QString cacheKey = QStringLiteral("cacheLocation");
const QString repositoryKey = QStringLiteral("defaultRepository");
const QString legacyKey = QStringLiteral("legacyLayer");
const QString parallelKey = QStringLiteral("parallelTransfers");
const QString languageKey = QStringLiteral("language");
const QString keyringKey = QStringLiteral("signatureKeyring");

QString helmDefaultKeyring()
{
    return defaultHelmKeyring(QProcessEnvironment::systemEnvironment(), QDir::homePath());
}
} // namespace

QString SettingsDialog::cacheLocation()
{
    const QString chosen = QSettings().value(cacheKey).toString();
    return chosen.isEmpty() ? ChartCache::defaultRoot() : chosen;
}

QString SettingsDialog::defaultRepository()
{
    return QSettings().value(repositoryKey, QStringLiteral("localhost:5000/charts")).toString();
}

bool SettingsDialog::legacyLayer()
{
    return QSettings().value(legacyKey, false).toBool();
}

int SettingsDialog::parallelTransfers()
{
    return qBound(1, QSettings().value(parallelKey, 4).toInt(), 32);
}

QString SettingsDialog::language()
{
    return QSettings().value(languageKey).toString();
}

QString SettingsDialog::signatureKeyring()
{
    const QString chosen = QSettings().value(keyringKey).toString();
    return chosen.isEmpty() ? helmDefaultKeyring() : chosen;
}

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent),
      m_cache(new QLineEdit(QSettings().value(cacheKey).toString(), this)),
      m_repository(new QLineEdit(defaultRepository(), this)),
      m_legacy(new QCheckBox(tr("Save with the legacy layer media type (Helm 3.0–3.6)"), this)),
      m_parallel(new QSpinBox(this)),
      m_maxLayer(new QSpinBox(this)),
      m_speedLimit(new QSpinBox(this)),
      m_keyring(new KeyringField(QSettings().value(keyringKey).toString(), helmDefaultKeyring(), this)),
      m_language(new LabelledComboBox(this))
{
    setWindowTitle(tr("Settings"));
    m_cache->setPlaceholderText(ChartCache::defaultRoot());
    m_cache->setAccessibleName(tr("Cache location"));
    m_repository->setAccessibleName(tr("Default repository"));
    m_legacy->setChecked(legacyLayer());
    m_legacy->setToolTip(SaveDialog::legacyLayerToolTip());
    m_parallel->setRange(1, 32);
    m_parallel->setValue(parallelTransfers());
    m_parallel->setAccessibleName(tr("Parallel transfers"));
    const TransferLimits limits = RegistrySettings::transferLimits();
    m_maxLayer->setRange(1, 1024 * 1024);
    m_maxLayer->setSuffix(tr(" MiB"));
    m_maxLayer->setValue(static_cast<int>(qBound(qint64(1), limits.maxLayerSize / (1024 * 1024), qint64(1024 * 1024))));
    m_maxLayer->setAccessibleName(tr("Largest chart layer a pull accepts, in MiB"));
    m_maxLayer->setToolTip(tr("A chart whose layer is larger is refused before it is downloaded. Helm's limit is 100 MiB."));
    m_speedLimit->setRange(0, 1024 * 1024 * 1024);
    m_speedLimit->setSpecialValueText(tr("Never"));
    m_speedLimit->setSuffix(tr(" bytes in %n s", nullptr, limits.lowSpeedWindowMs / 1000));
    m_speedLimit->setValue(static_cast<int>(qBound(qint64(0), limits.lowSpeedBytes, qint64(1024 * 1024 * 1024))));
    m_speedLimit->setAccessibleName(tr("End a transfer that moves fewer bytes than this"));
    m_speedLimit->setToolTip(tr("For slow links, lower it, or choose 0 to never end a slow transfer."));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("한국어"), QStringLiteral("ko"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(language())));
    m_language->setAccessibleName(tr("Language"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Cache:"), m_cache);
    form->addRow(tr("Default &repository:"), m_repository);
    form->addRow(QString(), m_legacy);
    form->addRow(tr("&Parallel transfers:"), m_parallel);
    form->addRow(tr("Largest chart la&yer:"), m_maxLayer);
    form->addRow(tr("End transfers slower &than:"), m_speedLimit);
    form->addRow(tr("Keyring for si&gnatures:"), m_keyring);
    form->addRow(tr("&Language:"), m_language);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    makePlaceholdersReadable(this);
}

void SettingsDialog::accept()
{
    auto saved = changeSettingsFile(QSettings().fileName(), [this](QSettings &settings) {
        settings.setValue(cacheKey, m_cache->text().trimmed());
        settings.setValue(repositoryKey, m_repository->text().trimmed());
        settings.setValue(legacyKey, m_legacy->isChecked());
        settings.setValue(parallelKey, m_parallel->value());
        settings.setValue(languageKey, m_language->currentData().toString());
        settings.setValue(keyringKey, m_keyring->path());
    });
    if (saved) {
        TransferLimits limits = RegistrySettings::transferLimits();
        limits.maxLayerSize = qint64(m_maxLayer->value()) * 1024 * 1024;
        limits.lowSpeedBytes = m_speedLimit->value();
        saved = RegistrySettings::setTransferLimits(limits);
    }
    if (!saved) {
        // The old settings are intact; the dialog stays open so nothing typed is lost.
        QMessageBox::warning(this, tr("Settings not saved"), ErrorText::message(saved.error()));
        return;
    }
    QDialog::accept();
}

} // namespace charthouse
