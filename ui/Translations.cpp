#include "ui/Translations.h"

#include <QLocale>
#include <QTranslator>

namespace charthouse {

bool loadTranslation(QTranslator &translator, const QLocale &locale)
{
    const QString directory = QStringLiteral(":/i18n");
    return translator.load(locale, QStringLiteral("charthouse"), QStringLiteral("_"), directory)
        || translator.load(QStringLiteral("charthouse_en"), directory);
}

} // namespace charthouse
