#pragma once

#include <QByteArray>
#include <QByteArrayView>

// SHA-256 and HMAC-SHA-256 through OpenSSL's libcrypto, which uses the processor's SHA instructions where it
// has them: the request log's chain and a residency report hash every row several times, and Qt 6.4's
// QCryptographicHash (portable C) took several times as long. Same digests as QCryptographicHash::Sha256.
namespace Sha256 {

QByteArray hash(QByteArrayView data); // raw 32 bytes
QByteArray hmac(QByteArrayView key, QByteArrayView data); // raw 32 bytes

} // namespace Sha256
