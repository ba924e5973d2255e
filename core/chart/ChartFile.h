#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace charthouse {

// One file of a chart: its path inside the chart ('/'-separated, relative, no leading "<name>/")
// and its bytes. Charts are small (at most 100 MiB by default), so they live in memory.
struct ChartFile
{
    QString path;
    QByteArray data;

    friend bool operator==(const ChartFile &, const ChartFile &) = default;
};

using ChartFiles = QList<ChartFile>;

} // namespace charthouse
