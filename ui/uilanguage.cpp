#include "uilanguage.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLibraryInfo>
#include <QTranslator>

namespace UiLanguage {
namespace {

// The best file for locale (QTranslator walks its uiLanguages(): de_AT falls back to de), not yet
// installed; nullptr when none fits.
QTranslator *load(QCoreApplication *app, const QLocale &locale, const QString &name, const QString &directory)
{
    auto *translator = new QTranslator(app);
    if (translator->load(locale, name, QStringLiteral("_"), directory))
        return translator;
    delete translator;
    return nullptr;
}

} // namespace

Installed install(QCoreApplication *app, const QLocale &locale)
{
    Installed installed;
    const QString resources = QString::fromUtf16(ResourceDirectory);
    const QString name = QStringLiteral("regionconsole");
    // Installed first, asked last: the locale's translation answers before the English plural forms.
    if (QTranslator *english = load(app, QLocale(QLocale::English, QLocale::UnitedStates), name, resources))
        installed.englishPlurals = QCoreApplication::installTranslator(english);
    QTranslator *own = load(app, locale, name, resources);
    if (own && own->language().startsWith(u"en")) { // English: the plural forms are in already
        delete own;
        own = nullptr;
    }
    if (!own || !QCoreApplication::installTranslator(own))
        return installed; // English, or a language without a translation: Qt's own would mix two languages
    installed.application = own->filePath();
    if (QTranslator *qt =
            load(app, locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        if (QCoreApplication::installTranslator(qt))
            installed.qt = qt->filePath();
    }
    return installed;
}

QString dateTime(const QDateTime &at, bool withSeconds, const QLocale &locale)
{
    QString format = locale.dateTimeFormat(QLocale::ShortFormat);
    // Short formats of many locales (de: dd.MM.yy, en_US: M/d/yy) have two-digit years.
    if (!format.contains(u"yyyy"))
        format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    if (withSeconds && !format.contains(u"ss"))
        format.replace(QStringLiteral("mm"), QStringLiteral("mm:ss"));
    return locale.toString(at, format);
}

} // namespace UiLanguage
