#pragma once

#include "credentialstore.h"

#include <QString>
#include <QStringList>

// How the workspace transactions (WorkspaceAdder, WorkspaceEditor, WorkspaceRemover) judge and name
// keychain entries in their results. Entry names come from CredentialStore::entryKey(); nothing here
// ever carries a secret.
namespace KeychainEntries {

// A failure other than "no such entry": reading or deleting an entry that is not there is not one.
bool failed(const CredentialResult &result);

// "\"<entry>\" (<why>)", why as CredentialStore::describe() puts it.
QString problem(const QString &entry, const CredentialResult &result);

// The keychain service the store keeps its entries under (KeychainCredentialStore::service()), or ""
// for a store that is not the OS keychain (one in memory).
QString service(const CredentialStore *store);

// "; the keychain entry written (service <id>) could not be removed again and remains: <problems>;
// delete it with the system's password manager", or "" when none remains. problems: from problem().
QString leftover(const CredentialStore *store, const QStringList &problems);

} // namespace KeychainEntries
