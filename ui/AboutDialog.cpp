#include "ui/AboutDialog.h"

#include "core/about/BuildInfo.h"
#include "ui/Icons.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace charthouse {

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("About Charthouse"));
    auto *icon = new QLabel(this);
    icon->setPixmap(applicationIcon().pixmap(QSize(64, 64), devicePixelRatioF()));
    icon->setAlignment(Qt::AlignTop);
    const QString build = buildInfo::commit().isEmpty()
        ? tr("Built %1").arg(buildInfo::buildDate())
        : tr("Built %1 from commit %2").arg(buildInfo::buildDate(), buildInfo::commit());
    QString rows;
    for (const Component &component : buildInfo::components())
        rows += QStringLiteral("<tr><td><a href=\"%1\">%2</a></td><td>%3</td><td>%4</td></tr>")
                    .arg(component.homepage, component.name.toHtmlEscaped(),
                        component.version.toHtmlEscaped(), component.licence.toHtmlEscaped());
    auto *text = new QLabel(this);
    text->setObjectName(QStringLiteral("about-text"));
    text->setTextFormat(Qt::RichText);
    text->setOpenExternalLinks(true);
    // Links by mouse only: keyboard link navigation in a QLabel keeps Tab from ever leaving it.
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    text->setText(
        QStringLiteral("<h2>Charthouse %1</h2><p>%2</p><p>%3</p><p><b>%4</b></p>"
                       "<table cellspacing=\"0\" cellpadding=\"3\"><tr><th align=\"left\">%5</th>"
                       "<th align=\"left\">%6</th><th align=\"left\">%7</th></tr>%8</table>")
            .arg(buildInfo::version(), tr("Helm charts in OCI registries, point and click.").toHtmlEscaped(),
                build.toHtmlEscaped(), tr("Built with").toHtmlEscaped(), tr("Library").toHtmlEscaped(),
                tr("Version").toHtmlEscaped(), tr("Licence").toHtmlEscaped(), rows));
    text->setAccessibleName(tr("About Charthouse"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *aboutQt = buttons->addButton(tr("About Qt"), QDialogButtonBox::ActionRole);
    connect(aboutQt, &QPushButton::clicked, qApp, &QApplication::aboutQt);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addWidget(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
}

} // namespace charthouse
