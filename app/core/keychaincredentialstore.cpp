#include "keychaincredentialstore.h"

#include <qt6keychain/keychain.h>

#include <QTimer>

#include <memory>

namespace {

CredentialResult::Error mapError(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return CredentialResult::Error::None;
    case QKeychain::EntryNotFound:
        return CredentialResult::Error::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return CredentialResult::Error::AccessDenied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError: // no D-Bus session, no org.freedesktop.secrets, no login collection
        return CredentialResult::Error::Unavailable;
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    return CredentialResult::Error::Other;
}

// Runs one job; answers once, either from the job or from the watchdog.
void runJob(QKeychain::Job *job, int timeoutMs, QObject *owner, QObject *context, CredentialStore::Callback done)
{
    auto answered = std::make_shared<bool>(false);
    QPointer<QObject> guard(context);
    auto answer = [answered, guard, done](const CredentialResult &result) {
        if (*answered)
            return;
        *answered = true;
        if (guard)
            done(result);
    };
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    QObject::connect(job, &QKeychain::Job::finished, owner, [answer](QKeychain::Job *finished) {
        CredentialResult result;
        result.error = mapError(finished->error());
        if (result.error != CredentialResult::Error::None)
            result.message = finished->errorString();
        else if (auto *readJob = qobject_cast<QKeychain::ReadPasswordJob *>(finished))
            result.secret = readJob->textData();
        answer(result);
    });
    QTimer::singleShot(timeoutMs, owner, [answer, timeoutMs] {
        CredentialResult result;
        result.error = CredentialResult::Error::NotResponding;
        result.message = QStringLiteral("no answer from the keychain after %1 s").arg(timeoutMs / 1000.0);
        answer(result);
    });
    job->start();
}

} // namespace

KeychainCredentialStore::KeychainCredentialStore(const QString &service, int timeoutMs, QObject *parent)
    : CredentialStore(parent)
    , m_service(service)
    , m_timeoutMs(timeoutMs)
{ }

void KeychainCredentialStore::read(const QString &key, QObject *context, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    runJob(job, m_timeoutMs, this, context, std::move(done));
}

void KeychainCredentialStore::write(const QString &key, const QString &secret, QObject *context, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setTextData(secret);
    runJob(job, m_timeoutMs, this, context, std::move(done));
}

void KeychainCredentialStore::remove(const QString &key, QObject *context, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    runJob(job, m_timeoutMs, this, context, std::move(done));
}
