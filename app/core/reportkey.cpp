#include "reportkey.h"

#include <QPointer>
#include <QRandomGenerator>

namespace ReportKey {

QString entryKey()
{
    return QStringLiteral("installation/report-identifier-key");
}

void obtain(CredentialStore *store, QObject *context, Done done)
{
    store->read(entryKey(), context, [store, context, done](const CredentialResult &read) {
        if (read.ok()) {
            done(QByteArray::fromBase64(read.secret.toLatin1()), read);
            return;
        }
        if (read.error != CredentialResult::Error::NotFound) {
            done({}, read);
            return;
        }
        quint32 words[8];
        QRandomGenerator::system()->fillRange(words);
        const QByteArray key(reinterpret_cast<const char *>(words), int(sizeof words));
        store->write(
            entryKey(), QString::fromLatin1(key.toBase64()), context,
            [key, done](const CredentialResult &written) { done(written.ok() ? key : QByteArray(), written); });
    });
}

} // namespace ReportKey
