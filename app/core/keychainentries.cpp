#include "keychainentries.h"

#include "keychaincredentialstore.h"

#include <QCoreApplication>

namespace {
// One entry or several: two sentences rather than a plural form, because the count is not in the text.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(KeychainEntries)
};
} // namespace

namespace KeychainEntries {

bool failed(const CredentialResult &result)
{
    return !result.ok() && result.error != CredentialResult::Error::NotFound;
}

QString problem(const QString &entry, const CredentialResult &result)
{
    return QStringLiteral("\"%1\" (%2)").arg(entry, CredentialStore::describe(result));
}

QString service(const CredentialStore *store)
{
    const auto *keychain = qobject_cast<const KeychainCredentialStore *>(store);
    return keychain ? keychain->service() : QString();
}

QString leftover(const CredentialStore *store, const QStringList &problems)
{
    if (problems.isEmpty())
        return {};
    const QString where = service(store);
    const QString list = problems.join(QStringLiteral("; "));
    const bool one = problems.size() == 1;
    if (where.isEmpty()) {
        return (one ? Text::tr("; the keychain entry written could not be removed again and remains: %1")
                    : Text::tr("; the keychain entries written could not be removed again and remain: %1"))
            .arg(list);
    }
    return (one ? Text::tr(
                "; the keychain entry written (service %1) could not be removed again and remains: %2; delete "
                "it with the system's password manager")
                : Text::tr("; the keychain entries written (service %1) could not be removed again and remain: %2; "
                           "delete them with the system's password manager"))
        .arg(where, list);
}

} // namespace KeychainEntries
