#pragma once

#include <QLayout>
#include <QList>

namespace charthouse {

// Lays its widgets out left to right and wraps onto the next line where the width runs out (a row of buttons
// that must not force a wide window: at 2x on a small screen the registry browser's actions take two lines).
// Its minimum width is its widest item; its height follows the width (heightForWidth).
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override { return static_cast<int>(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    // Places the items in rect (only measures when place is false); returns the height used.
    int arrange(const QRect &rect, bool place) const;
    QList<QLayoutItem *> m_items;
};

} // namespace charthouse
