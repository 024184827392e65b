#include "endpointtable.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class tst_EndpointTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults()
    {
        const EndpointTable t;
        QCOMPARE(t.trackUrl(Region::Us), QUrl(QStringLiteral("https://track.customer.io")));
        QCOMPARE(t.trackUrl(Region::Eu), QUrl(QStringLiteral("https://track-eu.customer.io")));
        QCOMPARE(t.appUrl(Region::Us), QUrl(QStringLiteral("https://api.customer.io")));
        QCOMPARE(t.appUrl(Region::Eu), QUrl(QStringLiteral("https://api-eu.customer.io")));
        QCOMPARE(t.pipelinesUrl(Region::Us), QUrl(QStringLiteral("https://cdp.customer.io")));
        QCOMPARE(t.pipelinesUrl(Region::Eu), QUrl(QStringLiteral("https://cdp-eu.customer.io")));
        QVERIFY(t.hasPipelines());
        QVERIFY(t.trackUrl(Region::Unknown).isEmpty());
        QVERIFY(t.isDefault());
    }

    void pipelinesHosts()
    {
        const EndpointTable t;
        const QUrl eu(QStringLiteral("https://cdp-eu.customer.io/v1/identify"));
        QCOMPARE(t.regionOf(eu), Region::Eu);
        QVERIFY(t.isPipelinesHost(eu));
        QVERIFY(!t.isTrackHost(eu));
        QVERIFY(!t.isAppHost(eu));
        QCOMPARE(t.apiOf(eu), std::optional<EndpointTable::Api>(EndpointTable::Api::Pipelines));
        QCOMPARE(t.apiOf(QUrl(QStringLiteral("https://api.customer.io/v1/x"))),
                 std::optional<EndpointTable::Api>(EndpointTable::Api::App));
        QVERIFY(!t.apiOf(QUrl(QStringLiteral("https://cdp.customer.io.evil.example/v1/x"))).has_value());
        QVERIFY(!t.isPipelinesHost(QUrl(QStringLiteral("http://cdp.customer.io/v1/track"))));
    }

    // A table without "pipelines" turns the Pipelines API off: no host of it is allowed, none gets a key.
    void withoutPipelines()
    {
        EndpointTable t;
        QString error;
        QVERIFY2(
            EndpointTable::fromJson("{\"us\":{\"track\":\"http://127.0.0.1:18801\",\"api\":\"http://127.0.0.1:18803\"},"
                                    "\"eu\":{\"track\":\"http://127.0.0.1:18802\",\"api\":\"http://127.0.0.1:18804\"}}",
                                    &t, &error),
            qPrintable(error));
        QVERIFY(!t.hasPipelines());
        QVERIFY(t.pipelinesUrl(Region::Eu).isEmpty());
        QVERIFY(!t.isPipelinesHost(QUrl(QStringLiteral("https://cdp-eu.customer.io/v1/track"))));
        QCOMPARE(t.regionOf(QUrl(QStringLiteral("https://cdp-eu.customer.io/v1/track"))), Region::Unknown);
    }

    void withPipelines()
    {
        EndpointTable t;
        QString error;
        QVERIFY2(EndpointTable::fromJson(
                     "{\"us\":{\"track\":\"http://127.0.0.1:18801\",\"api\":\"http://127.0.0.1:18803\","
                     "\"pipelines\":\"http://127.0.0.1:18805\"},\"eu\":{\"track\":\"http://127.0.0.1:18802\","
                     "\"api\":\"http://127.0.0.1:18804\",\"pipelines\":\"http://127.0.0.1:18806\"}}",
                     &t, &error),
                 qPrintable(error));
        QVERIFY(t.hasPipelines());
        QCOMPARE(t.pipelinesUrl(Region::Eu), QUrl(QStringLiteral("http://127.0.0.1:18806")));
        QCOMPARE(t.regionOf(QUrl(QStringLiteral("http://127.0.0.1:18806/v1/track"))), Region::Eu);
        QVERIFY(t.isPipelinesHost(QUrl(QStringLiteral("http://127.0.0.1:18805/v1/batch"))));
        QVERIFY(!t.isDefault());
    }

    void regionOf_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<Region>("region");
        QTest::newRow("us track") << "https://track.customer.io/api/v1/customers/x" << Region::Us;
        QTest::newRow("eu track") << "https://track-eu.customer.io/api/v1/events" << Region::Eu;
        QTest::newRow("eu app") << "https://api-eu.customer.io/v1/send/email" << Region::Eu;
        QTest::newRow("explicit port 443") << "https://track-eu.customer.io:443/x" << Region::Eu;
        QTest::newRow("http downgrade") << "http://track.customer.io/x" << Region::Unknown;
        QTest::newRow("other port") << "https://track.customer.io:8443/x" << Region::Unknown;
        QTest::newRow("look-alike") << "https://track.customer.io.evil.example/x" << Region::Unknown;
        QTest::newRow("suffix") << "https://eviltrack.customer.io/x" << Region::Unknown;
        QTest::newRow("dashboard") << "https://fly.customer.io/" << Region::Unknown;
    }
    void regionOf()
    {
        QFETCH(QString, url);
        QFETCH(Region, region);
        const EndpointTable t;
        QCOMPARE(t.regionOf(QUrl(url)), region);
        QCOMPARE(t.isAllowed(QUrl(url)), region != Region::Unknown);
    }

    void fromJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("errorPart"); // empty = valid
        const QByteArray good = "{\"us\":{\"track\":\"http://127.0.0.1:18801\",\"api\":\"http://127.0.0.1:18803\"},"
                                "\"eu\":{\"track\":\"http://127.0.0.1:18802\",\"api\":\"http://localhost:18804\"}}";
        QTest::newRow("loopback http") << good << QString();
        QTest::newRow("https anywhere") << QByteArray(
            "{\"us\":{\"track\":\"https://a.example\",\"api\":\"https://b.example\"},"
            "\"eu\":{\"track\":\"https://c.example\",\"api\":\"https://d.example:8443\"}}")
                                        << QString();
        QTest::newRow("not json") << QByteArray("{") << QStringLiteral("invalid JSON");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("top level");
        QTest::newRow("missing eu.api") << QByteArray("{\"us\":{\"track\":\"https://a.example\",\"api\":\"https://"
                                                      "b.example\"},\"eu\":{\"track\":\"https://c.example\"}}")
                                        << QStringLiteral("\"eu.api\" is missing");
        QTest::newRow("plain http remote")
            << QByteArray("{\"us\":{\"track\":\"http://10.1.2.3:80\",\"api\":\"https://b.example\"},"
                          "\"eu\":{\"track\":\"https://c.example\",\"api\":\"https://d.example\"}}")
            << QStringLiteral("\"us.track\" must use https");
        QTest::newRow("with path") << QByteArray(
            "{\"us\":{\"track\":\"https://a.example/api\",\"api\":\"https://b.example\"},"
            "\"eu\":{\"track\":\"https://c.example\",\"api\":\"https://d.example\"}}")
                                   << QStringLiteral("\"us.track\" must be scheme://host[:port] only");
        QTest::newRow("with credentials")
            << QByteArray("{\"us\":{\"track\":\"https://u:p@a.example\",\"api\":\"https://b.example\"},"
                          "\"eu\":{\"track\":\"https://c.example\",\"api\":\"https://d.example\"}}")
            << QStringLiteral("without credentials");
        QTest::newRow("port 0") << QByteArray(
            "{\"us\":{\"track\":\"https://a.example:0\",\"api\":\"https://b.example\"},"
            "\"eu\":{\"track\":\"https://c.example\",\"api\":\"https://d.example\"}}")
                                << QStringLiteral("invalid port");
        QTest::newRow("pipelines in one region only")
            << QByteArray("{\"us\":{\"track\":\"https://a.example\",\"api\":\"https://b.example\","
                          "\"pipelines\":\"https://e.example\"},"
                          "\"eu\":{\"track\":\"https://c.example\",\"api\":\"https://d.example\"}}")
            << QStringLiteral("\"eu.pipelines\" is missing");
        QTest::newRow("pipelines on the track host")
            << QByteArray("{\"us\":{\"track\":\"https://a.example\",\"api\":\"https://b.example\","
                          "\"pipelines\":\"https://a.example\"},\"eu\":{\"track\":\"https://c.example\","
                          "\"api\":\"https://d.example\",\"pipelines\":\"https://f.example\"}}")
            << QStringLiteral("\"us.track\" and \"us.pipelines\" must be different hosts");
        QTest::newRow("same track host for both regions")
            << QByteArray("{\"us\":{\"track\":\"https://a.example\",\"api\":\"https://b.example\"},"
                          "\"eu\":{\"track\":\"https://a.example\",\"api\":\"https://d.example\"}}")
            << QStringLiteral("must be different hosts");
        QTest::newRow("one URL as Track and App API host")
            << QByteArray("{\"us\":{\"track\":\"https://a.example\",\"api\":\"https://a.example\"},"
                          "\"eu\":{\"track\":\"https://c.example\",\"api\":\"https://d.example\"}}")
            << QStringLiteral("\"us.track\" and \"us.api\" must be different hosts");
        QTest::newRow("one URL as US App API and EU Track host")
            << QByteArray("{\"us\":{\"track\":\"https://a.example\",\"api\":\"https://c.example:443\"},"
                          "\"eu\":{\"track\":\"https://c.example\",\"api\":\"https://d.example\"}}")
            << QStringLiteral("\"us.api\" and \"eu.track\" must be different hosts");
        QTest::newRow("relative") << QByteArray(
            "{\"us\":{\"track\":\"a.example\",\"api\":\"https://b.example\"},"
            "\"eu\":{\"track\":\"https://c.example\",\"api\":\"https://d.example\"}}")
                                  << QStringLiteral("not an absolute URL");
    }
    void fromJson()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, errorPart);
        EndpointTable t;
        QString error;
        const bool ok = EndpointTable::fromJson(json, &t, &error);
        QCOMPARE(ok, errorPart.isEmpty());
        if (!ok) {
            QVERIFY2(error.contains(errorPart), qPrintable(error));
            QVERIFY(t.isDefault()); // untouched on error
        }
    }

    void loopbackTableIsTheAllowList()
    {
        EndpointTable t;
        QString error;
        QVERIFY(
            EndpointTable::fromJson("{\"us\":{\"track\":\"http://127.0.0.1:18801\",\"api\":\"http://127.0.0.1:18803\"},"
                                    "\"eu\":{\"track\":\"http://127.0.0.1:18802\",\"api\":\"http://127.0.0.1:18804\"}}",
                                    &t, &error));
        QCOMPARE(t.regionOf(QUrl(QStringLiteral("http://127.0.0.1:18802/api/v1/events"))), Region::Eu);
        QVERIFY(!t.isAllowed(QUrl(QStringLiteral("http://127.0.0.1:18805/"))));
        QVERIFY(!t.isAllowed(QUrl(QStringLiteral("https://track.customer.io/"))));
        QCOMPARE(EndpointTable::hostLabel(QUrl(QStringLiteral("http://127.0.0.1:18802/x"))),
                 QStringLiteral("127.0.0.1:18802"));
        QCOMPARE(EndpointTable::hostLabel(QUrl(QStringLiteral("https://track-eu.customer.io/x"))),
                 QStringLiteral("track-eu.customer.io"));
        QCOMPARE(EndpointTable::hostLabel(QUrl(QStringLiteral("http://[::1]:18801/x"))), QStringLiteral("[::1]:18801"));
        // Track credentials go to the Track hosts only, not to the App API hosts of the table.
        QVERIFY(t.isTrackHost(QUrl(QStringLiteral("http://127.0.0.1:18802/api/v1/events"))));
        QVERIFY(!t.isTrackHost(QUrl(QStringLiteral("http://127.0.0.1:18804/v1/send/email"))));
        QVERIFY(t.isAllowed(QUrl(QStringLiteral("http://127.0.0.1:18804/v1/send/email"))));
    }

    // "ca": extra trusted CAs for the table's hosts; a relative path is resolved against the endpoint
    // file's directory; a bad value is an error, never ignored.
    void caFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY2(
            QFile::copy(QStringLiteral("/etc/ssl/certs/ca-certificates.crt"), dir.filePath(QStringLiteral("ca.pem"))),
            "needs the ca-certificates package");
        QFile junk(dir.filePath(QStringLiteral("junk.pem")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a certificate\n");
        junk.close();
        const auto table = [](const QByteArray &ca) {
            return QByteArray("{\"us\":{\"track\":\"https://a.example\",\"api\":\"https://b.example\"},"
                              "\"eu\":{\"track\":\"https://c.example\",\"api\":\"https://d.example\"},\"ca\":")
                + ca + '}';
        };
        QFile file(dir.filePath(QStringLiteral("endpoints.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(table("\"ca.pem\""));
        file.close();

        qputenv("CIO_CONSOLE_ENDPOINTS", file.fileName().toUtf8());
        EndpointTable t;
        QString error;
        const bool ok = EndpointTable::fromEnvironment(&t, &error);
        qunsetenv("CIO_CONSOLE_ENDPOINTS");
        QVERIFY2(ok, qPrintable(error));
        QCOMPARE(t.caFile(), dir.filePath(QStringLiteral("ca.pem")));
        QVERIFY(!t.caCertificates().isEmpty());
        QVERIFY(!t.isDefault());
        QVERIFY(EndpointTable().caCertificates().isEmpty());

        QVERIFY(!EndpointTable::fromJson(table("\"missing.pem\""), &t, &error, dir.path()));
        QVERIFY2(error.contains(QStringLiteral("\"ca\": cannot read")), qPrintable(error));
        QVERIFY(!EndpointTable::fromJson(table("\"junk.pem\""), &t, &error, dir.path()));
        QVERIFY2(error.contains(QStringLiteral("no PEM certificate")), qPrintable(error));
        QVERIFY(!EndpointTable::fromJson(table("5"), &t, &error));
        QVERIFY2(error.contains(QStringLiteral("\"ca\" must be the path")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(tst_EndpointTable)
#include "tst_endpointtable.moc"
