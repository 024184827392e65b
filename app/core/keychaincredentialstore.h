#pragma once

#include "credentialstore.h"

// Secrets in the OS keychain through QtKeychain (Secret Service on Linux). QtKeychain's insecure
// plaintext fallback is never enabled: a missing or locked keyring is an error, never a file.
// Jobs run asynchronously and delete themselves when they finish; a job that has not finished after
// timeoutMs answers NotResponding and its late result is ignored (the job is never deleted while running).
class KeychainCredentialStore : public CredentialStore
{
    Q_OBJECT

public:
    explicit KeychainCredentialStore(const QString &service, int timeoutMs = 15000, QObject *parent = nullptr);

    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QString &secret, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;

    QString service() const { return m_service; }
    int timeoutMs() const { return m_timeoutMs; }

private:
    QString m_service;
    int m_timeoutMs;
};
