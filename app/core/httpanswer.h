#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QNetworkReply>
#include <QSslError>
#include <QString>

// What the console reads in an HTTP answer beyond its status, and how it words what went wrong below HTTP.

// A Retry-After value in seconds from `now`: delay-seconds or an HTTP-date in any of the three forms a
// recipient must accept (RFC 9110 §10.2.3 and §5.6.7: IMF-fixdate "Sun, 06 Nov 1994 08:49:37 GMT", the
// obsolete RFC 850 "Sunday, 06-Nov-94 08:49:37 GMT" and asctime "Sun Nov  6 08:49:37 1994"). A date in the
// past is 0 (retry now); at most MaxRetryAfterSeconds; -1 when absent or unreadable.
constexpr int MaxRetryAfterSeconds = 24 * 60 * 60;
int retryAfterSeconds(const QByteArray &value, const QDateTime &now);

// True when a reply whose status line said `status` ended with `error` for a reason other than the status
// itself: the connection closed before the announced length or the last chunk arrived, or the protocol
// broke. Qt reports a status of 400 and above as an error of its own (QNetworkReply::ContentNotFoundError
// for 404 and so on), which is not a broken answer.
bool answerBrokeOff(int status, QNetworkReply::NetworkError error);

// Certificate errors in words that name the reason, one clause each, joined by "; ". Where the TLS library
// gives no reason of Qt's (QSslError::UnspecifiedError, shown by Qt as "Unknown error"), the certificate
// is examined: a SHA-1 or MD5 signature, a certificate without subjectAltName.
QString describeTlsErrors(const QList<QSslError> &errors);
