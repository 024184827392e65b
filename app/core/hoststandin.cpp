#include "hoststandin.h"

QString customerIoHostFor(const EndpointTable &table, const QString &label)
{
    const EndpointTable customerIo = EndpointTable::defaults();
    for (const Region region : {Region::Us, Region::Eu}) {
        for (const EndpointTable::Api api :
             {EndpointTable::Api::Track, EndpointTable::Api::App, EndpointTable::Api::Pipelines}) {
            const QUrl base = table.baseUrl(region, api);
            if (base.isEmpty())
                continue;
            const QString own = EndpointTable::hostLabel(base);
            const QString real = EndpointTable::hostLabel(customerIo.baseUrl(region, api));
            if (own == label)
                return own == real ? QString() : real;
        }
    }
    return {};
}
