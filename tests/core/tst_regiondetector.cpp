#include "regiondetector.h"

#include <QTest>

class tst_RegionDetector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<Region>("region");
        QTest::addColumn<qint64>("environmentId");
        // Documented example (https://docs.customer.io/api/track/, getRegion).
        QTest::newRow("docs example us") << QByteArray(
            "{\"url\":\"https://track.customer.io\",\"region\":\"us\",\"environment_id\":3}")
                                         << true << Region::Us << qint64(3);
        QTest::newRow("eu") << QByteArray(
            "{\"url\":\"https://track-eu.customer.io\",\"region\":\"eu\",\"environment_id\":201}")
                            << true << Region::Eu << qint64(201);
        QTest::newRow("upper case code") << QByteArray("{\"region\":\"EU\"}") << true << Region::Eu << qint64(-1);
        // Two values for one key: neither is believed (never guess a region).
        QTest::newRow("region twice") << QByteArray("{\"region\":\"us\",\"region\":\"eu\"}") << false << Region::Unknown
                                      << qint64(-1);
        // Third-party spelling (docs/customerio-api.md, Account Regions endpoint: Conflict).
        QTest::newRow("data_center fallback")
            << QByteArray("{\"url\":\"https://track.customer.io\",\"data_center\":\"us\",\"environment_id\":3}") << true
            << Region::Us << qint64(3);
        QTest::newRow("url only") << QByteArray("{\"url\":\"https://track-eu.customer.io\"}") << true << Region::Eu
                                  << qint64(-1);
        QTest::newRow("environment_id as string")
            << QByteArray("{\"region\":\"us\",\"environment_id\":\"77\"}") << true << Region::Us << qint64(77);
        QTest::newRow("environment_id out of range")
            << QByteArray("{\"region\":\"us\",\"environment_id\":1e300}") << true << Region::Us << qint64(-1);
        QTest::newRow("environment_id negative")
            << QByteArray("{\"region\":\"us\",\"environment_id\":-5}") << true << Region::Us << qint64(-1);
        QTest::newRow("environment_id fraction")
            << QByteArray("{\"region\":\"us\",\"environment_id\":3.5}") << true << Region::Us << qint64(-1);
        QTest::newRow("unknown region") << QByteArray("{\"region\":\"ap\"}") << false << Region::Unknown << qint64(-1);
        QTest::newRow("empty object") << QByteArray("{}") << false << Region::Unknown << qint64(-1);
        QTest::newRow("401 body") << QByteArray("{\"meta\":{\"error\":\"Unauthorized request\"}}") << false
                                  << Region::Unknown << qint64(-1);
        QTest::newRow("array") << QByteArray("[]") << false << Region::Unknown << qint64(-1);
        QTest::newRow("html") << QByteArray("<html>502</html>") << false << Region::Unknown << qint64(-1);
        QTest::newRow("empty") << QByteArray() << false << Region::Unknown << qint64(-1);
    }
    void parse()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        QFETCH(Region, region);
        QFETCH(qint64, environmentId);
        RegionInfo info;
        QString error;
        QCOMPARE(parseRegionResponse(body, &info, &error), ok);
        if (ok) {
            QCOMPARE(info.region, region);
            QCOMPARE(info.environmentId, environmentId);
        } else {
            QVERIFY(!error.isEmpty());
            QCOMPARE(info.region, Region::Unknown); // a failed parse never means US
        }
    }

    void failedRecordIsNeverUs()
    {
        RequestRecord record;
        record.outcome = RequestRecord::Outcome::HttpError;
        record.status = 401;
        record.handledBy = QStringLiteral("track.customer.io");
        const RegionInfo info = RegionDetector::fromRecord(record);
        QVERIFY(!info.ok);
        QCOMPARE(info.region, Region::Unknown);
        QVERIFY2(info.error.contains(QStringLiteral("rejected")), qPrintable(info.error));
        QCOMPARE(info.toJson().value(QStringLiteral("region")).isNull(), true);
    }

    void errorMessages_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("meta.error") << QByteArray("{\"meta\":{\"error\":\"name cannot be blank\"}}")
                                    << "name cannot be blank";
        QTest::newRow("meta.errors") << QByteArray("{\"meta\":{\"errors\":[\"a\",\"b\"]}}") << "a; b";
        QTest::newRow("v2 errors") << QByteArray(
            "{\"errors\":[{\"reason\":\"x\",\"field\":\"f\",\"message\":\"bad f\"}]}")
                                   << "bad f";
        QTest::newRow("wrong datacenter")
            << QByteArray("{\"errors\":[{\"detail\":\"wrong datacenter\",\"status\":\"301\"}]}") << "wrong datacenter";
        QTest::newRow("none") << QByteArray("{}") << "";
        QTest::newRow("not json") << QByteArray("oops") << "";
    }
    void errorMessages()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        QCOMPARE(customerIoErrorMessage(body), message);
    }
};

QTEST_GUILESS_MAIN(tst_RegionDetector)
#include "tst_regiondetector.moc"
