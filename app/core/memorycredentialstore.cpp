#include "memorycredentialstore.h"

#include <QTimer>

void MemoryCredentialStore::answerLater(QObject *context, Callback done, const CredentialResult &result)
{
    QPointer<QObject> guard(context);
    QTimer::singleShot(0, this, [guard, done = std::move(done), result] {
        if (guard)
            done(result);
    });
}

void MemoryCredentialStore::read(const QString &key, QObject *context, Callback done)
{
    CredentialResult result;
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.constEnd())
        result.error = CredentialResult::Error::NotFound;
    else
        result.secret = *it;
    answerLater(context, std::move(done), result);
}

void MemoryCredentialStore::write(const QString &key, const QString &secret, QObject *context, Callback done)
{
    m_secrets.insert(key, secret);
    answerLater(context, std::move(done), {});
}

void MemoryCredentialStore::remove(const QString &key, QObject *context, Callback done)
{
    CredentialResult result;
    if (m_secrets.remove(key) == 0)
        result.error = CredentialResult::Error::NotFound;
    answerLater(context, std::move(done), result);
}
