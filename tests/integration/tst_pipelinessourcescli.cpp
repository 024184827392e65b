// The workspace commands and `send --api pipelines --workspace` with Pipelines sources, run in-process: keys
// fed from a buffer into a credential store that fails on demand, a temporary settings file and request log,
// the sandbox for the Track hosts and loopback servers that record what reaches each region's Pipelines host.
#include "support/commandrunner.h"
#include "support/flakycredentialstore.h"
#include "support/sandboxfixture.h"
#include "support/testhome.h"
#include "workspace.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
const QString WebsiteKey = u"website-pipelines-key-1"_s;
const QString MobileKey = u"mobile-pipelines-key-22"_s;

// Records the path and Authorization header of each request and answers 200 {}.
class PipelinesHost : public QAbstractHttpServer
{
public:
    PipelinesHost()
    {
        auto *tcp = new QTcpServer(this);
        QVERIFY(tcp->listen(QHostAddress::LocalHost, 0));
        bind(tcp);
        m_port = tcp->serverPort();
    }
    QString origin() const { return u"http://127.0.0.1:%1"_s.arg(m_port); }
    QStringList received; // "<path> <authorization>"

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        QByteArray authorization;
        for (const auto &h : request.headers()) {
            if (h.first.compare("authorization", Qt::CaseInsensitive) == 0)
                authorization = h.second;
        }
        received << request.url().path() + u' ' + QString::fromLatin1(authorization);
        QHttpServerResponse(QByteArrayLiteral("application/json"), QByteArrayLiteral("{}"))
            .write(makeResponder(request, socket));
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override { }

private:
    quint16 m_port = 0;
};

QString basic(const QString &key)
{
    return u"Basic "_s + QString::fromLatin1((key + u':').toUtf8().toBase64());
}
} // namespace

class tst_PipelinesSourcesCli : public QObject
{
    Q_OBJECT

    SandboxFixture m_sandbox;
    std::unique_ptr<PipelinesHost> m_us;
    std::unique_ptr<PipelinesHost> m_eu;
    std::unique_ptr<TestHome> m_home;
    std::unique_ptr<FlakyCredentialStore> m_store;
    CommandRunner m_runner;

    CommandRun run(const QStringList &args, const QByteArray &input = {}) { return m_runner.run(args, input); }

    QJsonArray listJson()
    {
        const CommandRun r = run({u"workspace"_s, u"list"_s, u"--json"_s});
        [&] { QVERIFY2(r.code == 0, qPrintable(r.describe())); }();
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }

    CommandRun sendTrack(const QStringList &extra)
    {
        return run(QStringList {u"send"_s, u"--api"_s, u"pipelines"_s, u"track"_s, u"--user-id"_s, u"42"_s,
                                u"--event"_s, u"Signed Up"_s, u"--json"_s}
                   + extra);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sandbox.start(&error), qPrintable(error));
        m_us = std::make_unique<PipelinesHost>();
        m_eu = std::make_unique<PipelinesHost>();
        const EndpointTable &sandbox = m_sandbox.endpoints;
        const QJsonObject table {
            {u"us"_s,
             QJsonObject {{u"track"_s, sandbox.trackUrl(Region::Us).toString()},
                          {u"api"_s, sandbox.appUrl(Region::Us).toString()},
                          {u"pipelines"_s, m_us->origin()}}},
            {u"eu"_s,
             QJsonObject {{u"track"_s, sandbox.trackUrl(Region::Eu).toString()},
                          {u"api"_s, sandbox.appUrl(Region::Eu).toString()},
                          {u"pipelines"_s, m_eu->origin()}}},
        };
        EndpointTable endpoints;
        QVERIFY2(EndpointTable::fromJson(QJsonDocument(table).toJson(), &endpoints, &error), qPrintable(error));
        m_runner.environment.endpoints = endpoints;
    }

    void init()
    {
        m_home = std::make_unique<TestHome>();
        QVERIFY(m_home->isValid());
        m_store = std::make_unique<FlakyCredentialStore>();
        m_runner.environment.settingsPath = m_home->settingsPath();
        m_runner.environment.logPath = m_home->logPath();
        m_runner.environment.credentialStore = m_store.get();
        m_us->received.clear();
        m_eu->received.clear();
    }

    void aPipelinesOnlyWorkspaceIsAddedListedAndSendsToItsChosenRegion()
    {
        CommandRun r = run({u"workspace"_s, u"add"_s, u"Web"_s, u"--pipelines-source"_s, u"Website=eu"_s},
                           (WebsiteKey + u'\n').toUtf8());
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains(u"Added workspace \"Web\" (Pipelines sources: Website)"_s), qPrintable(r.describe()));
        QCOMPARE(m_store->calls, QStringList({u"write Web/pipelines/Website/pipelines-api-key"_s}));

        const QJsonArray list = listJson();
        QCOMPARE(list.size(), 1);
        const QJsonObject web = list.first().toObject();
        QVERIFY(web.value(u"site_id"_s).isNull());
        const QJsonObject source = web.value(u"pipelines_sources"_s).toArray().first().toObject();
        QCOMPARE(source.value(u"name"_s).toString(), u"Website"_s);
        QCOMPARE(source.value(u"chosen_region"_s).toString(), u"eu"_s);
        QCOMPARE(source.value(u"region"_s).toString(), u"eu"_s);
        QCOMPARE(source.value(u"region_basis"_s).toString(), u"chosen"_s);
        r = run({u"workspace"_s, u"list"_s});
        QVERIFY2(r.out.contains(u"Pipelines: Website (eu, chosen, not verified)"_s), qPrintable(r.describe()));
        QVERIFY(!r.out.contains(WebsiteKey));

        // The only source needs no --source.
        r = sendTrack({u"--workspace"_s, u"Web"_s});
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        QCOMPARE(m_eu->received, QStringList({u"/v1/track "_s + basic(WebsiteKey)}));
        QVERIFY(m_us->received.isEmpty());
        const QJsonObject printed = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(printed.value(u"api"_s).toString(), u"pipelines"_s);
        QCOMPARE(printed.value(u"workspace"_s).toString(), u"Web"_s);
        QCOMPARE(printed.value(u"via"_s).toString(), u"eu"_s);
        QCOMPARE(printed.value(u"via_source"_s).toString(), u"chosen region"_s);
        QVERIFY(!r.out.contains(WebsiteKey) && !r.err.contains(WebsiteKey));

        // Track calls and region checks have nothing to work with, and say so.
        r = run({u"region"_s, u"--workspace"_s, u"Web"_s});
        QVERIFY2(r.code == 2 && r.err.contains(u"has no Track credentials"_s), qPrintable(r.describe()));
    }

    void withoutARegionNothingIsSent()
    {
        CommandRun r = run({u"workspace"_s, u"add"_s, u"Web"_s, u"--pipelines-source"_s, u"Website"_s},
                           (WebsiteKey + u'\n').toUtf8());
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        r = sendTrack({u"--workspace"_s, u"Web"_s, u"--source"_s, u"Website"_s});
        QVERIFY2(r.code == 3, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(u"the region of the Pipelines source \"Website\" of \"Web\" is not known"_s),
                 qPrintable(r.describe()));
        QVERIFY(m_us->received.isEmpty() && m_eu->received.isEmpty());
        QCOMPARE(listJson()
                     .first()
                     .toObject()
                     .value(u"pipelines_sources"_s)
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"region_basis"_s),
                 u"none"_s);
    }

    void aSourceInheritsItsAccountsDetectedRegion()
    {
        // A Track workspace of the account, detected in the EU; the source was set to the US.
        CommandRun r =
            run({u"workspace"_s, u"add"_s, u"Track EU"_s, u"--site-id"_s, u"demo-eu-site"_s, u"--account"_s, u"Acme"_s},
                "demo-eu-track-key\n");
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        r = run({u"workspace"_s, u"add"_s, u"Shop"_s, u"--account"_s, u"Acme"_s, u"--pipelines-source"_s,
                 u"Website=us"_s, u"--pipelines-source"_s, u"Mobile"_s},
                (WebsiteKey + u'\n' + MobileKey + u'\n').toUtf8());
        QVERIFY2(r.code == 0, qPrintable(r.describe()));

        // Two sources: one must be named.
        r = sendTrack({u"--workspace"_s, u"Shop"_s});
        QVERIFY2(r.code == 2 && r.err.contains(u"has 2 Pipelines sources; name one of Website, Mobile"_s),
                 qPrintable(r.describe()));
        r = sendTrack({u"--workspace"_s, u"Shop"_s, u"--source"_s, u"Nope"_s});
        QVERIFY2(r.code == 2 && r.err.contains(u"no Pipelines source named \"Nope\""_s), qPrintable(r.describe()));

        r = sendTrack({u"--workspace"_s, u"Shop"_s, u"--source"_s, u"Mobile"_s});
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        QCOMPARE(m_eu->received, QStringList({u"/v1/track "_s + basic(MobileKey)}));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"via_source"_s).toString(),
                 u"account region"_s);
        // The account's region wins over the choice, which is a diagnosis.
        r = sendTrack({u"--workspace"_s, u"Shop"_s, u"--source"_s, u"Website"_s});
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        QCOMPARE(m_eu->received.size(), 2);
        QVERIFY(m_us->received.isEmpty());
        const QJsonArray sources = listJson().at(1).toObject().value(u"pipelines_sources"_s).toArray();
        QCOMPARE(sources.at(0).toObject().value(u"region_basis"_s).toString(), u"account"_s);
        QCOMPARE(sources.at(0).toObject().value(u"region_from"_s).toString(), u"Track EU"_s);
        QCOMPARE(sources.at(0).toObject().value(u"chosen_region"_s).toString(), u"us"_s);
    }

    void editAddsAndRemovesSources()
    {
        CommandRun r = run({u"workspace"_s, u"add"_s, u"Web"_s, u"--pipelines-source"_s, u"Website=us"_s},
                           (WebsiteKey + u'\n').toUtf8());
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        // The region in any case, as --region takes it.
        r = run({u"workspace"_s, u"edit"_s, u"Web"_s, u"--pipelines-source"_s, u"Mobile=EU"_s},
                (MobileKey + u'\n').toUtf8());
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        QCOMPARE(m_store->secret(u"Web/pipelines/Mobile/pipelines-api-key"_s), MobileKey);
        r = run({u"workspace"_s, u"edit"_s, u"Web"_s, u"--remove-pipelines-source"_s, u"Website"_s});
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        QVERIFY(!m_store->memory.contains(u"Web/pipelines/Website/pipelines-api-key"_s));
        const QJsonArray sources = listJson().first().toObject().value(u"pipelines_sources"_s).toArray();
        QCOMPARE(sources.size(), 1);
        QCOMPARE(sources.first().toObject().value(u"name"_s).toString(), u"Mobile"_s);
        QCOMPARE(sources.first().toObject().value(u"chosen_region"_s).toString(), u"eu"_s);
        // The last source of a Pipelines-only workspace stays.
        r = run({u"workspace"_s, u"edit"_s, u"Web"_s, u"--remove-pipelines-source"_s, u"Mobile"_s});
        QVERIFY2(r.code == 2 && r.err.contains(u"or at least one Pipelines source"_s), qPrintable(r.describe()));
        r = run({u"workspace"_s, u"edit"_s, u"Web"_s, u"--remove-pipelines-source"_s, u"Nope"_s});
        QVERIFY2(r.code == 2, qPrintable(r.describe()));
        // Removing the workspace takes the source's key with it.
        r = run({u"workspace"_s, u"remove"_s, u"Web"_s});
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        QVERIFY(!m_store->memory.contains(u"Web/pipelines/Mobile/pipelines-api-key"_s));
    }

    void badSourceOptionsAreUsageErrors()
    {
        const QList<QStringList> cases {
            {u"workspace"_s, u"add"_s, u"Web"_s},
            {u"workspace"_s, u"add"_s, u"Web"_s, u"--pipelines-source"_s, u"Website=ca"_s},
            {u"workspace"_s, u"add"_s, u"Web"_s, u"--pipelines-source"_s, u"W"_s, u"--pipelines-source"_s, u"W"_s},
            {u"workspace"_s, u"add"_s, u"Web"_s, u"--pipelines-source"_s, u"W"_s, u"--app-key-stdin"_s},
            {u"workspace"_s, u"add"_s, u"Web"_s, u"--remove-pipelines-source"_s, u"W"_s},
        };
        for (const QStringList &args : cases) {
            const CommandRun r = run(args, "some-key-1234\nsome-key-5678\n");
            QVERIFY2(r.code == 2, qPrintable(args.join(u' ') + u'\n' + r.describe()));
        }
        QVERIFY(m_store->calls.isEmpty());
        const CommandRun r = sendTrack({u"--region"_s, u"eu"_s, u"--source"_s, u"W"_s});
        QVERIFY2(r.code == 2 && r.err.contains(u"--source: only with --workspace"_s), qPrintable(r.describe()));

        // A key with a colon would be cut short as Basic's user name; an empty --timestamp is not "none".
        const CommandRun colon =
            run({u"workspace"_s, u"add"_s, u"Web"_s, u"--pipelines-source"_s, u"W=eu"_s}, "KeyColon:01xyz\n");
        QVERIFY2(colon.code == 2 && colon.err.contains(u"must not contain \":\""_s), qPrintable(colon.describe()));
        qputenv("CIO_PIPELINES_API_KEY", "KeyColon:01xyz");
        const CommandRun envColon = sendTrack({u"--region"_s, u"eu"_s});
        qputenv("CIO_PIPELINES_API_KEY", "abcdef0123456789");
        const CommandRun empty = sendTrack({u"--region"_s, u"eu"_s, u"--timestamp"_s, QString()});
        qunsetenv("CIO_PIPELINES_API_KEY");
        QVERIFY2(envColon.code == 2 && envColon.err.contains(u"CIO_PIPELINES_API_KEY: must not contain"_s),
                 qPrintable(envColon.describe()));
        QVERIFY2(empty.code == 2 && empty.err.contains(u"--timestamp: must not be empty"_s),
                 qPrintable(empty.describe()));
        QVERIFY(m_store->calls.isEmpty());
        QVERIFY(m_us->received.isEmpty() && m_eu->received.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_PipelinesSourcesCli)
#include "tst_pipelinessourcescli.moc"
