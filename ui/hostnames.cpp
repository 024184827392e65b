#include "hostnames.h"

#include "endpointtable.h"
#include "hoststandin.h"

#include <QCoreApplication>

namespace HostNames {

QString shown(const QString &label, const EndpointTable *table, bool sandbox, Form form, const QString &path)
{
    const QString real = table && sandbox ? customerIoHostFor(*table, label) : QString();
    if (real.isEmpty())
        return label;
    return form == Form::Short ? real + path
                               : QCoreApplication::translate("HostNames", "%1 · sandbox %2").arg(real + path, label);
}

QHash<QString, QString> of(const EndpointTable *table, bool sandbox, Form form)
{
    QHash<QString, QString> names;
    if (!table)
        return names;
    for (const Region region : {Region::Us, Region::Eu}) {
        QList<QUrl> urls {table->trackUrl(region), table->appUrl(region)};
        if (table->hasPipelines())
            urls << table->pipelinesUrl(region);
        for (const QUrl &url : std::as_const(urls)) {
            const QString label = EndpointTable::hostLabel(url);
            const QString name = shown(label, table, sandbox, form);
            if (name != label)
                names.insert(label, name);
        }
    }
    return names;
}

} // namespace HostNames
