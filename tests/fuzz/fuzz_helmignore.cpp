// .helmignore files come with the chart directories being packaged; their patterns then run against every
// path of the chart.
#include "core/chart/HelmIgnore.h"
#include "tests/fuzz/FuzzInput.h"

using namespace charthouse;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text = fuzzBytes(data, size);
    const auto ignore = HelmIgnore::parse(text, QStringLiteral(".helmignore"));
    if (!ignore)
        return 0;
    // Paths a chart could hold, and the input's own lines as paths, so that patterns meet names that nearly
    // match them.
    QStringList paths {QStringLiteral("Chart.yaml"), QStringLiteral("values.yaml"),
        QStringLiteral("templates/a.yaml"), QStringLiteral("templates/.hidden"),
        QStringLiteral("charts/sub/Chart.yaml")};
    const QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size() && i < 16; ++i) {
        QString path = lines[i].trimmed();
        while (path.startsWith(QLatin1Char('!')) || path.startsWith(QLatin1Char('/')))
            path.remove(0, 1);
        paths.append(path);
    }
    for (const QString &path : std::as_const(paths)) {
        (void)ignore->ignored(path, false);
        (void)ignore->ignored(path, true);
    }
    return 0;
}
