#include "sandboxtls.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>

using namespace Qt::StringLiterals;

namespace SandboxTls {

bool configurationFromFiles(const QString &certFile, const QString &keyFile, QSslConfiguration *configuration,
                            QString *error)
{
    QFile certs(certFile);
    if (!certs.open(QIODevice::ReadOnly)) {
        *error = u"cannot read the certificate file %1: %2"_s.arg(certFile, certs.errorString());
        return false;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certs.readAll(), QSsl::Pem);
    if (chain.isEmpty()) {
        *error = u"no PEM certificate in %1"_s.arg(certFile);
        return false;
    }
    QFile keys(keyFile);
    if (!keys.open(QIODevice::ReadOnly)) {
        *error = u"cannot read the private key file %1: %2"_s.arg(keyFile, keys.errorString());
        return false;
    }
    const QByteArray pem = keys.readAll();
    QSslKey key(pem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(pem, QSsl::Ec, QSsl::Pem);
    if (key.isNull()) {
        *error = u"no unencrypted RSA or EC PEM private key in %1"_s.arg(keyFile);
        return false;
    }
    QSslConfiguration result = QSslConfiguration::defaultConfiguration();
    result.setLocalCertificateChain(chain);
    result.setPrivateKey(key);
    result.setPeerVerifyMode(QSslSocket::VerifyNone);
    *configuration = result;
    return true;
}

QTcpServer *createListener(const std::optional<QSslConfiguration> &configuration, QObject *parent)
{
    if (!configuration)
        return new QTcpServer(parent);
    auto *server = new QSslServer(parent);
    server->setSslConfiguration(*configuration);
    return server;
}

} // namespace SandboxTls
