#include "ui/Icons.h"

#include <QFile>
#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QSvgRenderer>

namespace charthouse {
namespace {

class SvgIconEngine : public QIconEngine
{
public:
    SvgIconEngine(QByteArray svg, bool tinted) : m_svg(std::move(svg)), m_tinted(tinted) { }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        QSvgRenderer renderer(m_tinted ? tintedFor(mode) : m_svg);
        renderer.render(painter, rect);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    // `size` is in device pixels already (QIcon::pixmap multiplies by the ratio before asking).
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        {
            QPainter painter(&pixmap);
            paint(&painter, QRect(QPoint(0, 0), pixmap.size()), mode, state);
        }
        pixmap.setDevicePixelRatio(scale);
        return pixmap;
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }
    QIconEngine *clone() const override { return new SvgIconEngine(m_svg, m_tinted); }
    QString key() const override { return QStringLiteral("charthouse-svg"); }
    bool isNull() override { return m_svg.isEmpty(); }

private:
    QByteArray tintedFor(QIcon::Mode mode) const
    {
        const QPalette palette = QGuiApplication::palette();
        QColor colour = palette.color(QPalette::Active, QPalette::WindowText);
        if (mode == QIcon::Disabled)
            colour = palette.color(QPalette::Disabled, QPalette::WindowText);
        else if (mode == QIcon::Selected)
            colour = palette.color(QPalette::Active, QPalette::HighlightedText);
        QByteArray svg = m_svg;
        return svg.replace("currentColor", colour.name().toLatin1());
    }

    QByteArray m_svg;
    bool m_tinted;
};

QIcon svgIcon(const QString &path, bool tinted)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QIcon(new SvgIconEngine(file.readAll(), tinted));
}

} // namespace

QIcon actionIcon(const QString &name)
{
    return svgIcon(QStringLiteral(":/icons/actions/%1.svg").arg(name), true);
}

QIcon applicationIcon()
{
    return svgIcon(QStringLiteral(":/icons/charthouse.svg"), false);
}

QColor problemColour(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
}

} // namespace charthouse
