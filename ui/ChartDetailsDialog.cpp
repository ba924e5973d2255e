#include "ui/ChartDetailsDialog.h"

#include "ui/Accessibility.h"
#include "ui/ErrorText.h"
#include "ui/CodeHighlighter.h"
#include "ui/SignatureText.h"

#include "core/common/Format.h"
#include "core/jobs/DetailsJob.h"
#include "core/jobs/RemoteDetailsJob.h"
#include "core/jobs/VerifyJob.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace charthouse {

namespace {

QPlainTextEdit *codeView(const QString &name, const QString &accessibleName, const QString &text,
    QWidget *parent, CodeHighlighter::Language language = CodeHighlighter::Language::None)
{
    auto *view = new QPlainTextEdit(parent);
    new CodeHighlighter(language, view->document()); // owned by the document
    view->setPlainText(text);
    view->setObjectName(name);
    view->setReadOnly(true);
    view->setTabChangesFocus(true);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setAccessibleName(accessibleName);
    return view;
}

QString prettyJson(const QByteArray &json)
{
    return QString::fromUtf8(QJsonDocument::fromJson(json).toJson(QJsonDocument::Indented));
}

QByteArray fileData(const ChartFiles &files, const QString &path)
{
    for (const ChartFile &file : files)
        if (file.path == path)
            return file.data;
    return {};
}

QString overviewHtml(const ChartDetails &d)
{
    const ChartMetadata &m = d.metadata;
    QString html = QStringLiteral("<h2>%1 <small>%2</small></h2>")
                       .arg(m.name.toHtmlEscaped(), m.version.toHtmlEscaped());
    if (!m.description.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(m.description.toHtmlEscaped());
    html += QStringLiteral("<table>");
    auto row = [&html](const QString &label, const QString &value) {
        if (!value.isEmpty())
            html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(ChartDetailsDialog::tr("Reference"), d.summary.ref.toString());
    row(ChartDetailsDialog::tr("App version"), m.appVersion);
    // From the config, or the chart's own Chart.yaml when the config has none; any apiVersion is shown.
    const auto api = m.chartApi(fileData(d.files, QStringLiteral("Chart.yaml")));
    row(ChartDetailsDialog::tr("Chart API"),
        api ? chartApiName(*api) : ChartDetailsDialog::tr("unknown: %1").arg(api.error().message()));
    row(ChartDetailsDialog::tr("Type"), m.type);
    row(ChartDetailsDialog::tr("Kubernetes"), m.kubeVersion);
    row(ChartDetailsDialog::tr("Home"), m.home);
    row(ChartDetailsDialog::tr("Sources"), m.sources.join(QStringLiteral(", ")));
    row(ChartDetailsDialog::tr("Keywords"), m.keywords.join(QStringLiteral(", ")));
    QStringList maintainers;
    for (const ChartMaintainer &maintainer : m.maintainers)
        maintainers.append(maintainer.email.isEmpty()
                ? maintainer.name
                : QStringLiteral("%1 <%2>").arg(maintainer.name, maintainer.email));
    row(ChartDetailsDialog::tr("Maintainers"), maintainers.join(QStringLiteral(", ")));
    QStringList dependencies;
    for (const ChartDependency &dependency : m.dependencies)
        dependencies.append(QStringLiteral("%1 %2").arg(dependency.name, dependency.version));
    row(ChartDetailsDialog::tr("Dependencies"), dependencies.join(QStringLiteral(", ")));
    for (auto it = m.annotations.cbegin(); it != m.annotations.cend(); ++it)
        row(it.key(), it.value());
    if (m.deprecated)
        row(ChartDetailsDialog::tr("Deprecated"), ChartDetailsDialog::tr("yes"));
    return html + QStringLiteral("</table>");
}

} // namespace

ChartDetailsDialog::ChartDetailsDialog(const Reference &ref, QWidget *parent)
    : QDialog(parent), m_signature(new QLabel(SignatureText::checking(), this)), m_tabs(new QTabWidget(this))
{
    setWindowTitle(ref.toString());
    auto *layout = new QVBoxLayout(this);
    m_signature->setObjectName(QStringLiteral("signature"));
    m_signature->setWordWrap(true);
    m_signature->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_signature->setAccessibleName(tr("Signature"));
    layout->addWidget(m_signature);
    layout->addWidget(m_tabs);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    QPushButton *compare = buttons->addButton(tr("Compare &with…"), QDialogButtonBox::ActionRole);
    compare->setObjectName(QStringLiteral("compare-with"));
    connect(compare, &QPushButton::clicked, this, [this, text = ref.toString()] { Q_EMIT compareRequested(text); });
    layout->addWidget(buttons);
    resize(860, 620);
}

ChartDetailsDialog::ChartDetailsDialog(
    const QString &cacheRoot, const Reference &ref, QWidget *parent, const QString &keyringPath)
    : ChartDetailsDialog(ref, parent)
{
    readCached(cacheRoot, ref, keyringPath);
}

ChartDetailsDialog *ChartDetailsDialog::forRemote(const Reference &ref, RegistryClient *client,
    const QString &storeRoot, QWidget *parent, const QString &keyringPath)
{
    auto *dialog = new ChartDetailsDialog(ref, parent);
    dialog->readRemote(ref, client, storeRoot, keyringPath);
    return dialog;
}

void ChartDetailsDialog::readCached(const QString &cacheRoot, const Reference &ref, const QString &keyringPath)
{
    showBusy(tr("Reading the chart…"));
    auto *job = new DetailsJob(cacheRoot, ref, this, true);
    connect(job, &Job::finished, this, [this, job] {
        job->deleteLater();
        if (job->error())
            showProblem(ErrorText::message(*job->error()));
        else
            present(*job->result());
        Q_EMIT loaded();
    });
    job->start();
    checkSignature(cacheRoot, ref, keyringPath);
}

void ChartDetailsDialog::readRemote(
    const Reference &ref, RegistryClient *client, const QString &storeRoot, const QString &keyringPath)
{
    QWidget *page = showBusy(tr("Downloading %1 from the registry (not into the cache)…").arg(ref.toString()));
    m_progress = new QProgressBar(page);
    m_progress->setRange(0, 0); // busy until the first progress
    m_progress->setAccessibleName(tr("Download progress"));
    m_cancel = new QPushButton(tr("Cancel"), page);
    page->layout()->addWidget(m_progress);
    page->layout()->addWidget(m_cancel);
    qobject_cast<QVBoxLayout *>(page->layout())->addStretch();
    connect(m_cancel, &QPushButton::clicked, this, &ChartDetailsDialog::cancelLoading);

    m_remote = new RemoteDetailsJob(ref, client, storeRoot, this);
    connect(m_remote, &Job::progress, m_progress, [this](qint64 done, qint64 total) {
        if (m_progress && total > 0) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(static_cast<int>(std::clamp<qint64>(done * 1000 / total, 0, 1000)));
        }
    });
    connect(m_remote, &Job::finished, this, [this, storeRoot, ref, keyringPath] {
        RemoteDetailsJob *job = std::exchange(m_remote, nullptr);
        job->deleteLater();
        if (job->state() == Job::State::Cancelled) {
            showProblem(tr("Cancelled: %1 was not downloaded.").arg(ref.toString()));
            m_signature->setText(QString());
        } else if (job->error()) {
            showProblem(ErrorText::message(*job->error()));
            m_signature->setText(QString());
        } else {
            present(*job->result());
            checkSignature(storeRoot, ref, keyringPath); // the provenance came with the chart
        }
        Q_EMIT loaded();
    });
    m_remote->start();
}

QWidget *ChartDetailsDialog::showBusy(const QString &text)
{
    clearTabs();
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_status = new QLabel(text, page);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_tabs->addTab(page, tr("Overview"));
    return page;
}

void ChartDetailsDialog::showProblem(const QString &text)
{
    clearTabs();
    m_status = new QLabel(text, this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_tabs->addTab(m_status, tr("Overview"));
}

void ChartDetailsDialog::clearTabs()
{
    // Later: a page may be the one whose button (Cancel) is being clicked.
    while (m_tabs->count() > 0) {
        QWidget *page = m_tabs->widget(0);
        m_tabs->removeTab(0);
        page->hide();
        page->deleteLater();
    }
    m_status = nullptr;
    m_progress = nullptr;
    m_cancel = nullptr;
}

bool ChartDetailsDialog::isBusy() const
{
    return m_remote != nullptr;
}

QString ChartDetailsDialog::statusText() const
{
    return m_status ? m_status->text() : QString();
}

void ChartDetailsDialog::cancelLoading()
{
    if (m_remote)
        m_remote->cancel();
}

void ChartDetailsDialog::done(int result)
{
    cancelLoading(); // closed while fetching: nothing more is downloaded
    QDialog::done(result);
}

void ChartDetailsDialog::checkSignature(const QString &cacheRoot, const Reference &ref, const QString &keyringPath)
{
    auto *job = new VerifyJob(cacheRoot, ref, keyringPath, this);
    connect(job, &Job::finished, this, [this, job, keyringPath] {
        job->deleteLater();
        const QString text = job->error() ? SignatureText::failed(*job->error())
                                          : SignatureText::of(job->result()->check, keyringPath);
        m_signature->setText(text);
        m_signature->setAccessibleDescription(text);
        Q_EMIT signatureChecked();
    });
    job->start();
}

void ChartDetailsDialog::present(const ChartDetails &d)
{
    clearTabs();
    auto *overview = readableTextView(QStringLiteral("overview"), tr("Overview"), this);
    overview->setHtml(overviewHtml(d));
    m_tabs->addTab(overview, tr("Overview"));

    const QByteArray readme = fileData(d.files, QStringLiteral("README.md"));
    if (!readme.isEmpty()) {
        auto *view = readableTextView(QStringLiteral("readme"), tr("README"), this);
        view->setMarkdown(QString::fromUtf8(readme));
        m_tabs->addTab(view, tr("README"));
    }
    m_tabs->addTab(codeView(QStringLiteral("chart-yaml"), QStringLiteral("Chart.yaml"),
                       QString::fromUtf8(fileData(d.files, QStringLiteral("Chart.yaml"))), this,
                       CodeHighlighter::Language::Yaml),
        QStringLiteral("Chart.yaml"));
    m_tabs->addTab(codeView(QStringLiteral("values"), QStringLiteral("values.yaml"),
                       QString::fromUtf8(fileData(d.files, QStringLiteral("values.yaml"))), this,
                       CodeHighlighter::Language::Yaml),
        QStringLiteral("values.yaml"));

    // Files: the package's tree, any file viewable.
    auto *files = new QSplitter(this);
    auto *list = new QListWidget(files);
    list->setObjectName(QStringLiteral("files"));
    list->setAccessibleName(tr("Files in the package"));
    auto *content = codeView(QStringLiteral("file-content"), tr("Content of the selected file"), {}, files);
    for (const ChartFile &file : d.files)
        list->addItem(file.path);
    connect(list, &QListWidget::currentRowChanged, content, [content, files = d.files](int row) {
        if (row < 0 || row >= files.size())
            return;
        if (auto *highlighter = content->document()->findChild<CodeHighlighter *>())
            highlighter->setLanguage(CodeHighlighter::languageOf(files.at(row).path));
        content->setPlainText(QString::fromUtf8(files.at(row).data));
    });
    files->setStretchFactor(1, 3);
    m_tabs->addTab(files, tr("Files"));

    m_tabs->addTab(codeView(QStringLiteral("manifest"), tr("Manifest"), prettyJson(d.manifestJson), this,
                       CodeHighlighter::Language::Json),
        tr("Manifest"));
    m_tabs->addTab(codeView(QStringLiteral("config"), tr("Config"), prettyJson(d.configJson), this,
                       CodeHighlighter::Language::Json),
        tr("Config"));

    auto *layers = new QTableWidget(static_cast<int>(d.manifest.layers.size()), 3, this);
    layers->setObjectName(QStringLiteral("layers"));
    layers->setAccessibleName(tr("Layers"));
    layers->setTabKeyNavigation(false);
    layers->setHorizontalHeaderLabels({tr("Media type"), tr("Size"), tr("Digest")});
    for (int i = 0; i < d.manifest.layers.size(); ++i) {
        const Descriptor &layer = d.manifest.layers.at(i);
        layers->setItem(i, 0, new QTableWidgetItem(layer.mediaType));
        layers->setItem(i, 1, new QTableWidgetItem(formatBinarySize(layer.size)));
        layers->setItem(i, 2, new QTableWidgetItem(layer.digest.toString()));
    }
    layers->horizontalHeader()->setStretchLastSection(true);
    layers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tabs->addTab(layers, tr("Layers"));
}

QString ChartDetailsDialog::tabText(const QString &name) const
{
    if (auto *code = findChild<QPlainTextEdit *>(name))
        return code->toPlainText();
    if (auto *browser = findChild<QTextEdit *>(name))
        return browser->toPlainText();
    return {};
}

} // namespace charthouse
