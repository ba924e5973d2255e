#include "ui/Accessibility.h"

#include "ui/Icons.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QAccessibleWidget>
#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QFocusEvent>
#include <QLineEdit>
#include <QPainter>
#include <QPointer>
#include <QTextEdit>
#include <QToolBar>
#include <QToolButton>

namespace charthouse {

namespace {

// The status line: a status bar whose name is its message.
class StatusAccessible : public QAccessibleWidget
{
public:
    explicit StatusAccessible(QWidget *widget) : QAccessibleWidget(widget, QAccessible::StatusBar) { }

    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Name && widget()->accessibleName().isEmpty())
            return static_cast<const QLabel *>(widget())->text();
        return QAccessibleWidget::text(t);
    }
};

// A combo box named as any widget is (its accessible name, else its label's text); the current item is its
// value, and its list is its child, as in Qt's own combo box.
class LabelledComboAccessible : public QAccessibleWidget
{
public:
    explicit LabelledComboAccessible(QWidget *widget) : QAccessibleWidget(widget, QAccessible::ComboBox) { }

    QComboBox *combo() const { return static_cast<QComboBox *>(widget()); }

    QString text(QAccessible::Text t) const override
    {
        return t == QAccessible::Value ? combo()->currentText() : QAccessibleWidget::text(t);
    }
    int childCount() const override { return 1; }
    QAccessibleInterface *child(int index) const override
    {
        return index == 0 ? QAccessible::queryAccessibleInterface(combo()->view()) : nullptr;
    }
    int indexOfChild(const QAccessibleInterface *child) const override
    {
        return child && child->object() == combo()->view() ? 0 : -1;
    }
    QAccessible::State state() const override
    {
        QAccessible::State s = QAccessibleWidget::state();
        s.expandable = true;
        s.expanded = combo()->view()->isVisible();
        return s;
    }
    QStringList actionNames() const override
    {
        return QStringList {showMenuAction(), pressAction()} + QAccessibleWidget::actionNames();
    }
    void doAction(const QString &name) override
    {
        if (name == showMenuAction() || name == pressAction())
            combo()->showPopup();
        else
            QAccessibleWidget::doAction(name);
    }
};

QAccessibleInterface *accessibleFor(const QString &className, QObject *object)
{
    if (className == QLatin1String("charthouse::StatusMessage"))
        return new StatusAccessible(static_cast<QWidget *>(object));
    if (className == QLatin1String("charthouse::LabelledComboBox"))
        return new LabelledComboAccessible(static_cast<QWidget *>(object));
    return nullptr;
}

void installAccessibleFactory()
{
    static const bool installed = [] {
        QAccessible::installFactory(accessibleFor);
        return true;
    }();
    Q_UNUSED(installed);
}

// Selects the current row (the first when there is none) when `view` gets the keyboard focus with nothing
// selected, so the row actions act on what the focus shows. Not on a click (it selects for itself), nor when
// the focus only comes back (a menu closed, the window active again) to a view the user left unselected.
class SelectOnFocus : public QObject
{
public:
    explicit SelectOnFocus(QAbstractItemView *view) : QObject(view), m_view(view) { }

    static bool moved(Qt::FocusReason reason)
    {
        return reason == Qt::TabFocusReason || reason == Qt::BacktabFocusReason
            || reason == Qt::ShortcutFocusReason || reason == Qt::OtherFocusReason;
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_view && event->type() == QEvent::FocusIn
            && moved(static_cast<QFocusEvent *>(event)->reason()) && m_view->model()
            && m_view->selectionModel() && !m_view->selectionModel()->hasSelection()
            && m_view->model()->rowCount() > 0) {
            QModelIndex current = m_view->currentIndex();
            if (!current.isValid())
                current = m_view->model()->index(0, 0);
            m_view->selectionModel()->setCurrentIndex(
                current, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
        return false;
    }

private:
    QAbstractItemView *m_view;
};

// A ring drawn over the edge of a list, table or text view: styles such as Fusion mark a focused button or
// field, but not a view. On top of the view's own edge (a ring outside it would be clipped by a parent that
// holds the view edge to edge), in the palette's highlight colour where that reads at 3:1 against the view
// and the window (WCAG's non-text contrast), else in its text colour.
class RingOverlay : public QWidget
{
public:
    explicit RingOverlay(QWidget *parent) : QWidget(parent)
    {
        setAttribute(Qt::WA_TransparentForMouseEvents);
        setAttribute(Qt::WA_NoSystemBackground);
        setFocusPolicy(Qt::NoFocus);
    }

    void wrap(QWidget *view)
    {
        if (parentWidget() != view) {
            if (parentWidget())
                parentWidget()->removeEventFilter(this);
            setParent(view);
            view->installEventFilter(this);
        }
        setGeometry(view->rect());
        raise();
        show();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        const QPalette &p = palette();
        const QColor highlight = p.color(QPalette::Highlight);
        const bool reads = contrastRatio(highlight, p.color(QPalette::Base)) >= 3.0
            && contrastRatio(highlight, p.color(QPalette::Window)) >= 3.0;
        const qreal width = 2;
        QPen pen(reads ? highlight : p.color(QPalette::Text), width);
        pen.setJoinStyle(Qt::MiterJoin);
        QPainter painter(this);
        painter.setPen(pen);
        painter.drawRect(QRectF(rect()).adjusted(width / 2, width / 2, -width / 2, -width / 2));
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == parent() && event->type() == QEvent::Resize)
            setGeometry(parentWidget()->rect());
        return false;
    }
};

// Puts the ring on whichever view has the keyboard focus, in any window; hides it when the focus is
// elsewhere.
class FocusRing : public QObject
{
public:
    explicit FocusRing(QObject *parent) : QObject(parent)
    {
        setObjectName(QStringLiteral("charthouse-focus-ring"));
        connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) { follow(now); });
    }

private:
    void follow(QWidget *now)
    {
        auto *view = qobject_cast<QAbstractScrollArea *>(now);
        if (view && view->window()->windowType() == Qt::Popup)
            view = nullptr; // a combo box's open list
        if (!view) {
            if (m_ring)
                m_ring->hide();
            return;
        }
        if (!m_ring)
            m_ring = new RingOverlay(view); // deleted with the view it is on
        m_ring->wrap(view);
    }

    QPointer<RingOverlay> m_ring;
};

} // namespace

StatusMessage::StatusMessage(QWidget *parent) : QLabel(parent)
{
    installAccessibleFactory();
    setWordWrap(true);
}

void StatusMessage::setText(const QString &message)
{
    QLabel::setText(message);
    if (QAccessible::isActive()) {
        QAccessibleEvent event(this, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&event);
    }
}

LabelledComboBox::LabelledComboBox(QWidget *parent) : QComboBox(parent)
{
    installAccessibleFactory();
}

void nameBuiltInControls(QWidget *window)
{
    for (QLineEdit *edit : window->findChildren<QLineEdit *>()) {
        if (!edit->isClearButtonEnabled())
            continue;
        for (QToolButton *button : edit->findChildren<QToolButton *>(Qt::FindDirectChildrenOnly)) {
            if (!button->accessibleName().isEmpty())
                continue;
            button->setAccessibleName(QCoreApplication::translate("Accessibility", "Clear the text"));
            button->setToolTip(button->accessibleName());
        }
    }
    for (QToolBar *toolbar : window->findChildren<QToolBar *>())
        if (auto *more = toolbar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"))) {
            more->setAccessibleName(QCoreApplication::translate("Accessibility", "More actions"));
            more->setToolTip(more->accessibleName());
        }
}

void selectCurrentRowOnFocus(QAbstractItemView *view)
{
    view->installEventFilter(new SelectOnFocus(view));
}

void showKeyboardFocus()
{
    if (!qApp->findChild<QObject *>(QStringLiteral("charthouse-focus-ring"), Qt::FindDirectChildrenOnly))
        new FocusRing(qApp);
}

QTextEdit *readableTextView(const QString &name, const QString &accessibleName, QWidget *parent)
{
    auto *view = new QTextEdit(parent);
    view->setObjectName(name);
    view->setAccessibleName(accessibleName);
    view->setReadOnly(true);
    view->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    view->setTabChangesFocus(true);
    return view;
}

} // namespace charthouse
