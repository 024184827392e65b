#include "sandboxtls.h"

#include "sandboxconnectionguard.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>

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

namespace {

// A listener whose connections a SandboxConnectionGuard watches from the moment the HTTP server takes
// them, and that refuses one over the guard's limit before it is even handed on.
template<class Base> class GuardedListener : public Base
{
public:
    GuardedListener(bool tls, QObject *parent)
        : Base(parent)
        , m_guard(new SandboxConnectionGuard(tls, this))
    { }

    QTcpSocket *nextPendingConnection() override
    {
        QTcpSocket *socket = Base::nextPendingConnection();
        if (socket)
            m_guard->watch(socket);
        return socket;
    }

protected:
    void incomingConnection(qintptr handle) override
    {
        if (m_guard->isFull())
            m_guard->refuse(handle);
        else
            Base::incomingConnection(handle);
    }

private:
    SandboxConnectionGuard *m_guard;
};

} // namespace

QTcpServer *createListener(const std::optional<QSslConfiguration> &configuration, QObject *parent)
{
    if (!configuration)
        return new GuardedListener<QTcpServer>(false, parent);
    auto *server = new GuardedListener<QSslServer>(true, parent);
    server->setSslConfiguration(*configuration);
    return server;
}

} // namespace SandboxTls
