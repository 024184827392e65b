#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;
class QDateTime;

// The window's language, chosen from a locale (QLocale::system() at start): Region Console's own
// translation (compiled into the binary as :/i18n/regionconsole_<language>.qm from
// resources/translations/*.ts), under it the English plural forms (regionconsole_en.qm, so that
// "%n call(s)" reads "1 call" / "2 calls" in English too), and Qt's own translation (qtbase_<language>.qm
// from Qt's translations directory: standard buttons, file and message dialogs). The command line loads
// none of these: its output stays English for scripts (docs/translations.md).
namespace UiLanguage {

// Where the compiled translations are in the resources.
inline constexpr char16_t ResourceDirectory[] = u":/i18n";

struct Installed
{
    QString application; // the translation file loaded for the locale; "" when the locale is English or none fits
    QString qt; // Qt's translation file loaded; "" when none fits or Qt's translations are not installed
    bool englishPlurals = false;
};

// Installs the translators on app (they become its children). Call once, before the first window.
Installed install(QCoreApplication *app, const QLocale &locale);

// A date and time for people: the locale's short format with a four-digit year; with seconds when
// withSeconds (a log entry's start), without them otherwise (when a region was verified).
QString dateTime(const QDateTime &at, bool withSeconds = false, const QLocale &locale = QLocale());

} // namespace UiLanguage
