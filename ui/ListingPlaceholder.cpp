#include "ui/ListingPlaceholder.h"

#include "ui/Icons.h"

#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace charthouse {

ListingPlaceholder::ListingPlaceholder(QWidget *parent)
    : QWidget(parent),
      m_status(new QLabel(this)),
      m_busy(new QProgressBar(this)),
      m_emptyHint(new QLabel(this))
{
    m_status->setObjectName(QStringLiteral("listing-status"));
    m_status->setAlignment(Qt::AlignCenter);
    m_status->setWordWrap(true);
    followPalette(m_status, QPalette::WindowText, hintColour);
    m_busy->setObjectName(QStringLiteral("listing-busy"));
    m_busy->setRange(0, 0); // busy: how many charts there are is not known before index.json is read
    m_busy->setTextVisible(false);
    m_busy->setFixedWidth(fontMetrics().averageCharWidth() * 30);
    m_busy->setAccessibleName(tr("Reading the cache"));
    m_emptyHint->setText(tr("No charts in the cache yet.\n\nDrop a chart directory or a .tgz package here "
                            "to save it, or pull one from a registry."));
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setObjectName(QStringLiteral("empty-hint"));
    followPalette(
        m_emptyHint, QPalette::WindowText, hintColour); // grey, yet at 4.5:1 (a disabled label's is not)

    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(m_status);
    layout->addWidget(m_busy, 0, Qt::AlignHCenter);
    layout->addWidget(m_emptyHint);
    layout->addStretch();
    showReading();
}

void ListingPlaceholder::follow(ChartListLoader::State state, const QString &reason)
{
    switch (state) {
    case ChartListLoader::State::Reading: showReading(); break;
    case ChartListLoader::State::Listed: showEmpty(); break; // a listing completed: the table has no rows
    case ChartListLoader::State::Unreadable: showUnreadable(reason); break;
    }
}

void ListingPlaceholder::showReading()
{
    m_shows = Shows::Reading;
    m_status->setText(tr("Reading the cache…"));
    m_status->show();
    m_busy->show();
    m_emptyHint->hide();
    setAccessibleName(m_status->text());
}

void ListingPlaceholder::showEmpty()
{
    m_shows = Shows::Empty;
    m_status->hide();
    m_busy->hide();
    m_emptyHint->show();
    setAccessibleName(m_emptyHint->text());
}

void ListingPlaceholder::showUnreadable(const QString &reason)
{
    m_shows = Shows::Unreadable;
    m_status->setText(tr("The cache could not be read.\n\n%1").arg(reason));
    m_status->show();
    m_busy->hide();
    m_emptyHint->hide();
    setAccessibleName(m_status->text());
}

QString ListingPlaceholder::text() const
{
    return m_shows == Shows::Empty ? m_emptyHint->text() : m_status->text();
}

} // namespace charthouse
