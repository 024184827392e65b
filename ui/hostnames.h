#pragma once

#include <QHash>
#include <QString>

class EndpointTable;

// Hosts as the admin reads them: on the sandbox, each 127.0.0.1 address with the Customer.io host it stands
// for, "track-eu.customer.io · sandbox 127.0.0.1:34951" (Full: the Data and Privacy panel, the log's host
// filter and the detail) or "track-eu.customer.io" (Short: the log's narrow host columns, beside the
// sandbox banner). Off the sandbox every host is shown as it is.
namespace HostNames {

enum class Form { Full, Short };

// `label` (EndpointTable::hostLabel()) as shown; table null or not the sandbox's: as it is. `path` follows the
// Customer.io host it stands for ("api-eu.customer.io/v1/send/… · sandbox 127.0.0.1:34951").
QString shown(const QString &label, const EndpointTable *table, bool sandbox, Form form = Form::Full,
              const QString &path = QString());
// Each host of `table` (Track and App, US and EU) whose shown name differs, to its shown name.
QHash<QString, QString> of(const EndpointTable *table, bool sandbox, Form form = Form::Full);

} // namespace HostNames
