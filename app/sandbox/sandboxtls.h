#pragma once

#include <QSslConfiguration>
#include <QString>

#include <optional>

class QObject;
class QTcpServer;

// HTTPS for the sandbox hosts: a server configuration from PEM files, and the listener that serves it.
namespace SandboxTls {

// A server configuration from PEM files: certFile holds the host certificate first, then any
// intermediates; keyFile the unencrypted RSA or EC private key. Clients are not asked for certificates.
// On error returns false, leaves *configuration alone and sets *error naming the file.
bool configurationFromFiles(const QString &certFile, const QString &keyFile, QSslConfiguration *configuration,
                            QString *error);

// A listener, not yet listening, owned by parent: a QSslServer serving configuration, or a plain
// QTcpServer when there is none; either keeps the limits of SandboxConnectionGuard. QAbstractHttpServer
// (Qt 6.4) serves TLS on the QSslServer it is bound to.
QTcpServer *createListener(const std::optional<QSslConfiguration> &configuration, QObject *parent);

} // namespace SandboxTls
