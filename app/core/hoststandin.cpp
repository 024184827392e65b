#include "hoststandin.h"

QString customerIoHostFor(const EndpointTable &table, const QString &label)
{
    const EndpointTable customerIo = EndpointTable::defaults();
    for (const Region region : {Region::Us, Region::Eu}) {
        for (const EndpointTable::Api api : {EndpointTable::Api::Track, EndpointTable::Api::App}) {
            const QString own = EndpointTable::hostLabel(table.baseUrl(region, api));
            const QString real = EndpointTable::hostLabel(customerIo.baseUrl(region, api));
            if (own == label)
                return own == real ? QString() : real;
        }
    }
    return {};
}
