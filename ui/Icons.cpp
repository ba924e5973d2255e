#include "ui/Icons.h"

#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QGuiApplication>
#include <QIconEngine>
#include <QLineEdit>
#include <QPainter>
#include <QPalette>
#include <QSvgRenderer>

#include <cmath>

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

namespace {

QColor mixed(const QColor &from, const QColor &to, double amount)
{
    auto channel = [amount](double a, double b) { return float(a + (b - a) * amount); };
    return QColor::fromRgbF(channel(from.redF(), to.redF()), channel(from.greenF(), to.greenF()),
        channel(from.blueF(), to.blueF()));
}

// `text` moved toward `background` as far as it keeps 4.5:1 (with a little to spare), at most halfway.
QColor readableGrey(const QColor &text, const QColor &background)
{
    for (int step = 10; step > 0; --step) {
        const QColor grey = mixed(text, background, step / 20.0);
        if (contrastRatio(grey, background) >= 4.6)
            return grey;
    }
    return text;
}

} // namespace

double contrastRatio(const QColor &text, const QColor &background)
{
    const QColor opaque = mixed(background, text, text.alphaF());
    auto luminance = [](const QColor &colour) {
        auto linear = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
        return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF())
            + 0.0722 * linear(colour.blueF());
    };
    const double a = luminance(opaque);
    const double b = luminance(background);
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

QColor hintColour(const QPalette &palette)
{
    return readableGrey(palette.color(QPalette::WindowText), palette.color(QPalette::Window));
}

namespace {

QColor readablePlaceholder(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor own = palette.color(QPalette::PlaceholderText);
    return contrastRatio(own, base) >= 4.5 ? own : readableGrey(palette.color(QPalette::Text), base);
}

class PaletteFollower : public QObject
{
public:
    PaletteFollower(QWidget *widget, QPalette::ColorRole role, QColor (*colour)(const QPalette &))
        : QObject(widget), m_role(role), m_colour(colour)
    {
        widget->installEventFilter(this);
        apply(widget);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // Children hear of a new application palette as a PaletteChange of their own.
        if (event->type() == QEvent::ApplicationPaletteChange || event->type() == QEvent::PaletteChange)
            apply(static_cast<QWidget *>(watched));
        return false;
    }

private:
    void apply(QWidget *widget) const
    {
        const QColor wanted = m_colour(QApplication::palette(widget));
        if (widget->palette().color(m_role) == wanted) // also ends the PaletteChange our own setPalette sends
            return;
        QPalette palette = widget->palette();
        palette.setColor(m_role, wanted);
        widget->setPalette(palette);
    }

    QPalette::ColorRole m_role;
    QColor (*m_colour)(const QPalette &);
};

} // namespace

void followPalette(QWidget *widget, QPalette::ColorRole role, QColor (*colour)(const QPalette &))
{
    new PaletteFollower(widget, role, colour);
}

void makePlaceholdersReadable(QWidget *root)
{
    for (QLineEdit *edit : root->findChildren<QLineEdit *>())
        followPalette(edit, QPalette::PlaceholderText, readablePlaceholder);
}

} // namespace charthouse
