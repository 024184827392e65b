// Retry-After in both forms RFC 9110 allows, and which reply errors mean an answer broke off.
#include "httpanswer.h"

#include <QTest>

class TestHttpAnswer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("seconds");
        QTest::newRow("delay-seconds") << QByteArray("120") << 120;
        QTest::newRow("zero") << QByteArray("0") << 0;
        QTest::newRow("spaces around") << QByteArray("  7 ") << 7;
        QTest::newRow("capped") << QByteArray("99999999") << MaxRetryAfterSeconds;
        QTest::newRow("negative") << QByteArray("-5") << -1;
        QTest::newRow("absent") << QByteArray() << -1;
        QTest::newRow("garbage") << QByteArray("soon") << -1;
        QTest::newRow("fraction") << QByteArray("1.5") << -1;
        // "now" is Sun, 06 Nov 1994 08:49:37 GMT (the RFC's example date).
        QTest::newRow("IMF-fixdate 90 s ahead") << QByteArray("Sun, 06 Nov 1994 08:51:07 GMT") << 90;
        QTest::newRow("RFC 850 date 60 s ahead") << QByteArray("Sunday, 06-Nov-94 08:50:37 GMT") << 60;
        QTest::newRow("asctime date 30 s ahead") << QByteArray("Sun Nov  6 08:50:07 1994") << 30;
        QTest::newRow("date in the past means now") << QByteArray("Sun, 06 Nov 1994 08:00:00 GMT") << 0;
        QTest::newRow("date a year ahead is capped")
            << QByteArray("Mon, 06 Nov 1995 08:49:37 GMT") << MaxRetryAfterSeconds;
        QTest::newRow("date with a bad day") << QByteArray("Sun, 36 Nov 1994 08:49:37 GMT") << -1;
    }

    void retryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(int, seconds);
        const QDateTime now(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC);
        QCOMPARE(retryAfterSeconds(value, now), seconds);
    }

    void answerBrokeOff_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("error");
        QTest::addColumn<bool>("broke");
        QTest::newRow("complete 200") << 200 << int(QNetworkReply::NoError) << false;
        QTest::newRow("200 then closed") << 200 << int(QNetworkReply::RemoteHostClosedError) << true;
        QTest::newRow("200 then content error") << 200 << int(QNetworkReply::UnknownContentError) << true;
        QTest::newRow("301 then closed") << 301 << int(QNetworkReply::RemoteHostClosedError) << true;
        QTest::newRow("404 as Qt reports it") << 404 << int(QNetworkReply::ContentNotFoundError) << false;
        QTest::newRow("429 as Qt reports it") << 429 << int(QNetworkReply::UnknownContentError) << false;
        QTest::newRow("503 as Qt reports it") << 503 << int(QNetworkReply::ServiceUnavailableError) << false;
        QTest::newRow("401 then closed") << 401 << int(QNetworkReply::RemoteHostClosedError) << true;
        QTest::newRow("500 then protocol failure") << 500 << int(QNetworkReply::ProtocolFailure) << true;
    }

    void answerBrokeOff()
    {
        QFETCH(int, status);
        QFETCH(int, error);
        QFETCH(bool, broke);
        QCOMPARE(::answerBrokeOff(status, QNetworkReply::NetworkError(error)), broke);
    }
};

QTEST_GUILESS_MAIN(TestHttpAnswer)
#include "tst_httpanswer.moc"
