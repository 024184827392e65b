#include "httpanswer.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSslCertificate>
#include <QStringList>

#include <algorithm>

namespace {
// The three HTTP-date forms (RFC 9110 §5.6.7), always in GMT, month and day names in English.
QDateTime httpDate(const QString &text)
{
    const QLocale c = QLocale::c();
    QDateTime at = c.toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")); // IMF-fixdate
    if (!at.isValid())
        at = QDateTime::fromString(text, Qt::RFC2822Date); // with a numeric zone, as some servers send
    if (!at.isValid())
        at = c.toDateTime(text, QStringLiteral("dddd, dd-MMM-yy HH:mm:ss 'GMT'")); // RFC 850
    if (at.isValid() && at.date().year() < 1970)
        at = at.addYears(100); // RFC 850 two-digit years: the console never sees a date before 1970
    if (!at.isValid())
        at = c.toDateTime(text.simplified(), QStringLiteral("ddd MMM d HH:mm:ss yyyy")); // asctime
    if (!at.isValid())
        return {};
    at.setTimeSpec(Qt::UTC);
    return at;
}
} // namespace

int retryAfterSeconds(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = trimmed.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : int(std::min<qint64>(seconds, MaxRetryAfterSeconds));
    const QDateTime at = httpDate(QString::fromLatin1(trimmed));
    if (!at.isValid())
        return -1;
    return int(std::clamp<qint64>(now.secsTo(at), 0, MaxRetryAfterSeconds));
}

bool answerBrokeOff(int status, QNetworkReply::NetworkError error)
{
    if (error == QNetworkReply::NoError)
        return false;
    if (status < 400)
        return true;
    // Transport and protocol errors, as opposed to the content and server errors Qt derives from a status.
    return (error > QNetworkReply::NoError && error <= QNetworkReply::UnknownNetworkError)
        || error == QNetworkReply::ProtocolUnknownError || error == QNetworkReply::ProtocolFailure;
}

QString describeTlsErrors(const QList<QSslError> &errors)
{
    QStringList texts;
    for (const QSslError &error : errors) {
        const QSslCertificate certificate = error.certificate();
        const QString subject = certificate.isNull()
            ? QString()
            : certificate.subjectInfo(QSslCertificate::CommonName).join(QStringLiteral(", "));
        QString text = error.errorString();
        if (!certificate.isNull() && error.error() == QSslError::UnspecifiedError) {
            // OpenSSL's certificate text names the signature algorithm ("sha1WithRSAEncryption",
            // "ecdsa-with-SHA1").
            const QByteArray description = certificate.toText().toUtf8().toLower();
            const bool sha1 = description.contains("sha1with") || description.contains("with-sha1");
            const bool md5 = description.contains("md5with");
            if (sha1 || md5)
                text = QCoreApplication::translate("TlsErrors",
                                                   "the certificate \"%1\" is signed with %2, which is no longer "
                                                   "accepted")
                           .arg(subject, sha1 ? QStringLiteral("SHA-1") : QStringLiteral("MD5"));
        }
        if (error.error() == QSslError::HostNameMismatch && !certificate.isNull()
            && certificate.subjectAlternativeNames().isEmpty())
            text = QCoreApplication::translate("TlsErrors",
                                               "the certificate \"%1\" has no subjectAltName, so it names no host "
                                               "(a host name in the common name alone is not accepted)")
                       .arg(subject);
        if (!texts.contains(text))
            texts << text;
    }
    return texts.join(QStringLiteral("; "));
}
