#pragma once

#include "endpointtable.h"

#include <QString>

// The Customer.io host that a host of `table` stands in for: "track-eu.customer.io" for the sandbox's (or
// a CIO_CONSOLE_ENDPOINTS proxy's) EU Track host, found by its place in the table (region and API); ""
// when `label` (EndpointTable::hostLabel()) is none of the table's hosts, or is the Customer.io host itself.
QString customerIoHostFor(const EndpointTable &table, const QString &label);
