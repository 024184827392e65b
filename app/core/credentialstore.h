#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>

// Which secret of a workspace an entry holds. Each secret is its own small keychain entry.
enum class SecretKind { TrackApiKey, AppApiKey };

struct CredentialResult
{
    enum class Error {
        None,
        NotFound, // no entry under that key
        AccessDenied, // the keyring is locked or the user refused access
        Unavailable, // no Secret Service / no D-Bus session / no backend
        NotResponding, // the backend did not answer within the store's timeout
        Other,
    };
    // Why, when the store could tell (the keychain store asks the Secret Service itself after a failure).
    enum class Cause {
        Unknown,
        NoSessionBus, // no D-Bus session bus to reach a Secret Service through
        NoSecretService, // a session bus, but no org.freedesktop.secrets on it
        NoDefaultKeyring, // a Secret Service without a default collection to store keys in
        Locked, // the keyring (collection) is locked and was not unlocked
    };
    Error error = Error::None;
    QString message; // people-readable, carries the backend's own error text; never the secret
    QString secret; // set by a successful read only
    Cause cause = Cause::Unknown;

    bool ok() const { return error == Error::None; }
};

// Asynchronous secret storage. Every call answers exactly once through `done`, never synchronously
// from inside the call, and only while `context` is alive. Keys come from entryKey().
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const CredentialResult &)>;

    using QObject::QObject;

    virtual void read(const QString &key, QObject *context, Callback done) = 0;
    virtual void write(const QString &key, const QString &secret, QObject *context, Callback done) = 0;
    virtual void remove(const QString &key, QObject *context, Callback done) = 0;

    // "<workspace name>/track-api-key" or "<workspace name>/app-api-key".
    static QString entryKey(const QString &workspace, SecretKind kind);
    // "<workspace name>/pipelines/<source name>/pipelines-api-key", with '%' and '/' of the source name
    // percent-encoded: no two workspaces' entries, of any kind, share a key.
    static QString pipelinesEntryKey(const QString &workspace, const QString &source);
    // Every entry a workspace may hold: the App API key's, each listed Pipelines source's, then the Track
    // API key's (the order in which a removal deletes them).
    static QStringList entryKeys(const QString &workspace, const QStringList &pipelinesSources);
    // "secure storage unavailable (...)": the sentence shown for a failed result.
    static QString describe(const CredentialResult &result);
};
