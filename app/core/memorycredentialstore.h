#pragma once

#include "credentialstore.h"

#include <QHash>

// Secrets held in this process's memory only: sandbox workspaces, "this session only", unit tests.
class MemoryCredentialStore : public CredentialStore
{
    Q_OBJECT

public:
    using CredentialStore::CredentialStore;

    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QString &secret, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;

    bool contains(const QString &key) const { return m_secrets.contains(key); }

private:
    void answerLater(QObject *context, Callback done, const CredentialResult &result);

    QHash<QString, QString> m_secrets;
};
