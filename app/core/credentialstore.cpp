#include "credentialstore.h"

#include <QCoreApplication>

QString CredentialStore::entryKey(const QString &workspace, SecretKind kind)
{
    return workspace
        + (kind == SecretKind::TrackApiKey ? QStringLiteral("/track-api-key") : QStringLiteral("/app-api-key"));
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
        what = tr("access to the keychain was denied (is the keyring locked?)");
        break;
    case CredentialResult::Error::Unavailable:
        what = tr("secure storage unavailable: no Secret Service keychain could be reached");
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
