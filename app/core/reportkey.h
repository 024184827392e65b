#pragma once

#include "credentialstore.h"

#include <QByteArray>
#include <QObject>

#include <functional>

// The installation's key for the keyed hashes of residency reports (HMAC-SHA-256 of identifiers): 32 random
// bytes, made on first use and kept in the keychain under entryKey(), never in settings, logs or reports
// (a report names it only by ResidencyReport::keyId). The same installation gives the same identifier the
// same hash in every report, so an admin can find one person's calls; nobody without the key can.
namespace ReportKey {

// "installation/report-identifier-key": no workspace entry ends like that.
QString entryKey();
using Done = std::function<void(const QByteArray &key, const CredentialResult &result)>;
// Reads the key, making and storing it when there is none. done runs once, while context lives; key is
// empty when result is not ok.
void obtain(CredentialStore *store, QObject *context, Done done);

} // namespace ReportKey
