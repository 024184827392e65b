#include "region.h"

#include <QCoreApplication>

QString regionCode(Region region)
{
    switch (region) {
    case Region::Us:
        return QStringLiteral("us");
    case Region::Eu:
        return QStringLiteral("eu");
    case Region::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

Region regionFromCode(const QString &code)
{
    const QString c = code.trimmed().toLower();
    if (c == u"us")
        return Region::Us;
    if (c == u"eu")
        return Region::Eu;
    return Region::Unknown;
}

QString regionDisplayName(Region region)
{
    switch (region) {
    case Region::Us:
        return QCoreApplication::translate("Region", "United States");
    case Region::Eu:
        return QCoreApplication::translate("Region", "European Union");
    case Region::Unknown:
        break;
    }
    return QCoreApplication::translate("Region", "Unknown");
}
