#pragma once

class QLocale;
class QTranslator;

namespace charthouse {

// Loads Charthouse's catalogue (compiled in under :/i18n) into translator: the locale's language where there
// is one (Korean), else English. English is the source language, but its plural forms ("1 chart", "2 charts")
// live in charthouse_en, so every other locale (C, German, French…) reads it instead of "chart(s)".
bool loadTranslation(QTranslator &translator, const QLocale &locale);

} // namespace charthouse
