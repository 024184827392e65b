#include "credentialstore.h"

#include <QCoreApplication>

QString CredentialStore::entryKey(const QString &workspace, SecretKind kind)
{
    return workspace
        + (kind == SecretKind::TrackApiKey ? QStringLiteral("/track-api-key") : QStringLiteral("/app-api-key"));
}

QString CredentialStore::pipelinesEntryKey(const QString &workspace, const QString &source)
{
    QString encoded = source;
    encoded.replace(u'%', QStringLiteral("%25")).replace(u'/', QStringLiteral("%2F"));
    return workspace + QStringLiteral("/pipelines/") + encoded + QStringLiteral("/pipelines-api-key");
}

QStringList CredentialStore::entryKeys(const QString &workspace, const QStringList &pipelinesSources)
{
    QStringList keys {entryKey(workspace, SecretKind::AppApiKey)};
    for (const QString &source : pipelinesSources)
        keys << pipelinesEntryKey(workspace, source);
    keys << entryKey(workspace, SecretKind::TrackApiKey);
    return keys;
}

QString CredentialStore::describe(const CredentialResult &result)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("CredentialStore", text); };
    QString what;
    switch (result.error) {
    case CredentialResult::Error::None:
        return tr("ok");
    case CredentialResult::Error::NotFound:
        what = tr("no key stored in the keychain for this workspace");
        break;
    case CredentialResult::Error::AccessDenied:
        what = result.cause == CredentialResult::Cause::Locked
            ? tr("the keyring is locked: unlock it (log in again, or open the system's password manager) and try "
                 "again")
            : tr("access to the keychain was denied (is the keyring locked?)");
        break;
    case CredentialResult::Error::Unavailable:
        switch (result.cause) {
        case CredentialResult::Cause::NoSessionBus:
            what = tr("secure storage unavailable: no D-Bus session bus, so no Secret Service keychain can be "
                      "reached");
            break;
        case CredentialResult::Cause::NoSecretService:
            what = tr("secure storage unavailable: no Secret Service keychain (such as GNOME Keyring or KeePassXC) "
                      "runs on the D-Bus session");
            break;
        case CredentialResult::Cause::NoDefaultKeyring:
            what = tr("secure storage unavailable: the Secret Service keychain has no default keyring to keep keys "
                      "in");
            break;
        case CredentialResult::Cause::Locked:
        case CredentialResult::Cause::Unknown:
            what = tr("secure storage unavailable: no Secret Service keychain could be reached");
            break;
        }
        break;
    case CredentialResult::Error::NotResponding:
        what = tr("keychain not responding");
        break;
    case CredentialResult::Error::Other:
        what = tr("keychain error");
        break;
    }
    if (result.message.isEmpty())
        return what;
    return what + QStringLiteral(" (") + result.message + u')';
}
