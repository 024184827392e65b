// The command classes run in-process, as Cli::run() makes them from the command list: output and errors in
// buffers, keys fed from a buffer, a temporary settings file and request log, a credential store that fails
// on demand, and the sandbox on loopback where a credential check goes to the network.
#include "calltemplates.h"
#include "cli.h"
#include "command.h"
#include "requestlogstore.h"
#include "sandboxcommand.h"
#include "support/commandrunner.h"
#include "support/flakycredentialstore.h"
#include "support/sandboxfixture.h"
#include "support/testhome.h"
#include "workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTest>
#include <QTextStream>

#include <memory>
#include <optional>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {
const QString EuSite = u"demo-eu-site"_s;
const QString EuKey = u"demo-eu-track-key"_s;
const QString EuAppKey = u"demo-eu-app-key"_s;
const QString UsSite = u"demo-us-site"_s;
const QString UsKey = u"demo-us-track-key"_s;

QString entry(const QString &workspace, SecretKind kind)
{
    return CredentialStore::entryKey(workspace, kind);
}
} // namespace

class tst_CliCommands : public QObject
{
    Q_OBJECT

    SandboxFixture m_sandbox;
    std::unique_ptr<TestHome> m_home;
    std::unique_ptr<FlakyCredentialStore> m_store;
    CommandRunner m_runner;

    QString settingsPath() const { return m_home->settingsPath(); }
    QString logPath() const { return m_home->logPath(); }

    CommandRun run(const QStringList &args, const QByteArray &input = {}) { return m_runner.run(args, input); }

    QList<Workspace> listed() const
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        return WorkspaceRepository(&settings).list();
    }

    std::optional<Workspace> listed(const QString &name) const
    {
        for (const Workspace &w : listed()) {
            if (w.name == name)
                return w;
        }
        return std::nullopt;
    }

    CommandRun addUnchecked(const QString &name, const QString &site, const QString &key, const QString &appKey = {})
    {
        QStringList args {u"workspace"_s, u"add"_s, name, u"--site-id"_s, site, u"--no-verify"_s};
        if (!appKey.isEmpty())
            args << u"--app-key-stdin"_s;
        return run(args, (key + u'\n' + appKey + u'\n').toUtf8());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sandbox.start(&error), qPrintable(error));
    }

    void init()
    {
        m_home = std::make_unique<TestHome>();
        QVERIFY(m_home->isValid());
        m_store = std::make_unique<FlakyCredentialStore>();
        m_runner.environment.settingsPath = settingsPath();
        m_runner.environment.logPath = logPath();
        m_runner.environment.credentialStore = m_store.get();
        m_runner.environment.endpoints = m_sandbox.endpoints;
    }

    void workspaceAddWithAFailingAppKeyWriteLeavesNothingInTheKeychain()
    {
        m_store->failOn(FlakyCredentialStore::Op::Write, entry(u"W"_s, SecretKind::AppApiKey));
        const CommandRun r =
            run({u"workspace"_s, u"add"_s, u"W"_s, u"--site-id"_s, EuSite, u"--app-key-stdin"_s, u"--no-verify"_s},
                (EuKey + u'\n' + EuAppKey + u'\n').toUtf8());
        QVERIFY2(r.code == 3, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(u"could not store the App API key"_s), qPrintable(r.describe()));
        QCOMPARE(m_store->calls,
                 QStringList({u"write W/track-api-key"_s, u"write W/app-api-key"_s, u"remove W/track-api-key"_s}));
        QVERIFY(!m_store->memory.contains(entry(u"W"_s, SecretKind::TrackApiKey)));
        QVERIFY(!m_store->memory.contains(entry(u"W"_s, SecretKind::AppApiKey)));
        QVERIFY(listed().isEmpty());
        QVERIFY(!r.out.contains(EuKey) && !r.err.contains(EuKey) && !r.err.contains(EuAppKey));
    }

    void workspaceAddChecksTheCredentials()
    {
        CommandRun r = run({u"workspace"_s, u"add"_s, u"Prod"_s, u"--site-id"_s, EuSite, u"--account"_s, u"Acme"_s},
                           (EuKey + u'\n').toUtf8());
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains(u"Credentials accepted: European Union (eu), workspace ID 201."_s),
                 qPrintable(r.describe()));
        QVERIFY2(r.out.contains(u"Added workspace \"Prod\" (Site ID demo-eu-site)"_s), qPrintable(r.describe()));
        const std::optional<Workspace> prod = listed(u"Prod"_s);
        QVERIFY(prod);
        QCOMPARE(prod->region, Region::Eu);
        QCOMPARE(prod->environmentId, 201);
        QCOMPARE(prod->account, u"Acme"_s);
        QCOMPARE(m_store->secret(entry(u"Prod"_s, SecretKind::TrackApiKey)), std::optional<QString>(EuKey));

        // A key Customer.io refuses (401): nothing is added, nothing written.
        m_store->calls.clear();
        r = run({u"workspace"_s, u"add"_s, u"Wrong"_s, u"--site-id"_s, EuSite}, "not-the-key\n");
        QVERIFY2(r.code == 1, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(u"workspace \"Wrong\" was not added"_s), qPrintable(r.describe()));
        QVERIFY(m_store->calls.isEmpty());
        QVERIFY(!listed(u"Wrong"_s));

        // The name is taken: a usage error before any key is read.
        r = run({u"workspace"_s, u"add"_s, u"Prod"_s, u"--site-id"_s, EuSite}, (EuKey + u'\n').toUtf8());
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"already exists"_s), qPrintable(r.describe()));
    }

    void workspaceAddRejectsBadInput()
    {
        CommandRun r = run({u"workspace"_s, u"add"_s, u"W"_s, u"--site-id"_s, EuSite, u"--route"_s, u"mars"_s}, "k\n");
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"--route: must be auto, us or eu (got \"mars\")"_s), qPrintable(r.describe()));
        r = run({u"workspace"_s, u"add"_s, u"W"_s, u"--site-id"_s, EuSite, u"--name"_s, u"X"_s}, "k\n");
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"--name applies to workspace edit only"_s), qPrintable(r.describe()));
        // The usage follows on lines of its own: making a message inert keeps its line breaks.
        QVERIFY2(r.err.count(u'\n') >= 3, qPrintable(r.describe()));
        r = run({u"workspace"_s, u"add"_s, u"W"_s, u"--site-id"_s, EuSite, u"--no-verify"_s}, "\n");
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"Track API key (stdin): must not be empty"_s), qPrintable(r.describe()));
        r = run({u"workspace"_s, u"add"_s, u"--site-id"_s, EuSite}, "k\n");
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"workspace add: expected exactly one NAME"_s), qPrintable(r.describe()));
        QVERIFY(m_store->calls.isEmpty());
    }

    void workspaceRemoveLeavesNoTemplates()
    {
        QVERIFY(addUnchecked(u"Gone"_s, UsSite, UsKey, u"app-key-1"_s).code == 0);
        QVERIFY(addUnchecked(u"Kept"_s, EuSite, EuKey).code == 0);
        {
            QSettings settings(settingsPath(), QSettings::IniFormat);
            ComposedCall call;
            call.kind = CallKind::Event;
            call.identifier = u"p1"_s;
            call.name = u"signup"_s;
            CallTemplates templates(&settings);
            QCOMPARE(templates.save(u"Gone"_s, u"welcome"_s, call), QString());
            QCOMPARE(templates.save(u"Kept"_s, u"hello"_s, call), QString());
            settings.sync();
            QCOMPARE(settings.status(), QSettings::NoError);
        }
        m_store->calls.clear();
        const CommandRun r = run({u"workspace"_s, u"remove"_s, u"Gone"_s});
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains(u"Removed workspace \"Gone\" and its keychain entries."_s), qPrintable(r.describe()));
        QCOMPARE(m_store->calls, QStringList({u"remove Gone/app-api-key"_s, u"remove Gone/track-api-key"_s}));
        QVERIFY(!m_store->memory.contains(entry(u"Gone"_s, SecretKind::TrackApiKey)));
        QVERIFY(!m_store->memory.contains(entry(u"Gone"_s, SecretKind::AppApiKey)));
        QSettings settings(settingsPath(), QSettings::IniFormat);
        CallTemplates templates(&settings);
        QVERIFY(templates.names(u"Gone"_s).isEmpty());
        QCOMPARE(templates.names(u"Kept"_s), QStringList {u"hello"_s});
        QVERIFY(!listed(u"Gone"_s));
        QVERIFY(listed(u"Kept"_s));
        QFile file(settingsPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains("Gone"), "the settings file still names the removed workspace");
    }

    void workspaceRemoveKeepsTheWorkspaceWhenAKeyRemains()
    {
        QVERIFY(addUnchecked(u"Stuck"_s, UsSite, UsKey).code == 0);
        m_store->failOn(FlakyCredentialStore::Op::Remove, entry(u"Stuck"_s, SecretKind::TrackApiKey));
        const CommandRun r = run({u"workspace"_s, u"remove"_s, u"Stuck"_s});
        QVERIFY2(r.code == 3, qPrintable(r.describe()));
        QVERIFY(listed(u"Stuck"_s));
        QVERIFY(run({u"workspace"_s, u"remove"_s, u"Nobody"_s}).err.contains(u"no workspace named \"Nobody\""_s));
    }

    void workspaceEditRenamesAndChecks()
    {
        QVERIFY(addUnchecked(u"Old"_s, EuSite, EuKey, EuAppKey).code == 0);
        CommandRun r = run({u"workspace"_s, u"edit"_s, u"Old"_s, u"--name"_s, u"New"_s, u"--route"_s, u"eu"_s});
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains(u"Renamed workspace \"Old\" to \"New\"."_s), qPrintable(r.describe()));
        QCOMPARE(m_store->secret(entry(u"New"_s, SecretKind::TrackApiKey)), std::optional<QString>(EuKey));
        QCOMPARE(m_store->secret(entry(u"New"_s, SecretKind::AppApiKey)), std::optional<QString>(EuAppKey));
        QVERIFY(!m_store->memory.contains(entry(u"Old"_s, SecretKind::TrackApiKey)));
        QCOMPARE(listed(u"New"_s)->route, Route::Eu);

        // A new Track API key is checked with Customer.io (the sandbox) before it is stored.
        r = run({u"workspace"_s, u"edit"_s, u"New"_s, u"--track-key-stdin"_s}, "refused-key\n");
        QVERIFY2(r.code == 1, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(u"workspace \"New\" was not changed"_s), qPrintable(r.describe()));
        QCOMPARE(m_store->secret(entry(u"New"_s, SecretKind::TrackApiKey)), std::optional<QString>(EuKey));
        r = run({u"workspace"_s, u"edit"_s, u"New"_s, u"--site-id"_s, UsSite, u"--track-key-stdin"_s},
                (UsKey + u'\n').toUtf8());
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains(u"Credentials accepted: United States (us), workspace ID 101."_s),
                 qPrintable(r.describe()));
        QCOMPARE(listed(u"New"_s)->region, Region::Us);

        r = run({u"workspace"_s, u"edit"_s, u"New"_s});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"Nothing to change"_s), qPrintable(r.describe()));
    }

    void workspaceListAsTextAndJson()
    {
        CommandRun r = run({u"workspace"_s, u"list"_s});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(u"No workspaces."_s));
        QVERIFY(addUnchecked(u"One"_s, UsSite, UsKey, u"app-key-2"_s).code == 0);
        r = run({u"workspace"_s, u"list"_s});
        QCOMPARE(r.out, u"One\tdemo-us-site\tunknown\n"_s);
        r = run({u"workspace"_s, u"list"_s, u"--json"_s});
        QCOMPARE(r.code, 0);
        const QJsonArray array = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(array.size(), 1);
        const QJsonObject o = array.first().toObject();
        QCOMPARE(o.value(u"name").toString(), u"One"_s);
        QCOMPARE(o.value(u"site_id").toString(), UsSite);
        QVERIFY(o.value(u"account").isNull());
        QCOMPARE(o.value(u"region").toString(), u"unknown"_s);
        QVERIFY(o.value(u"environment_id").isNull());
        QCOMPARE(o.value(u"route").toString(), u"auto"_s);
        QCOMPARE(o.value(u"has_app_api_key").toBool(), true);
    }

    void logTailExportAndClear()
    {
        CommandRun r = run({u"log"_s, u"tail"_s});
        QVERIFY2(r.code == 0 && r.out.isEmpty(), qPrintable(r.describe()));
        QVERIFY(r.err.contains(u"The request log is empty."_s));
        // Two credential checks, each one region call in the log.
        QVERIFY(run({u"workspace"_s, u"add"_s, u"E"_s, u"--site-id"_s, EuSite}, (EuKey + u'\n').toUtf8()).code == 0);
        QVERIFY(run({u"workspace"_s, u"add"_s, u"U"_s, u"--site-id"_s, UsSite}, (UsKey + u'\n').toUtf8()).code == 0);

        r = run({u"log"_s, u"tail"_s, u"--json"_s, u"-n"_s, u"5"_s});
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        const QStringList lines = r.out.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 2);
        QCOMPARE(QJsonDocument::fromJson(lines.at(0).toUtf8()).object().value(u"workspace").toString(), u"E"_s);
        QCOMPARE(QJsonDocument::fromJson(lines.at(1).toUtf8()).object().value(u"call").toString(), u"region"_s);
        r = run({u"log"_s, u"tail"_s, u"--workspace"_s, u"U"_s});
        QVERIFY2(r.out.count(u'\n') == 1 && r.out.contains(u" U region GET "_s), qPrintable(r.describe()));
        r = run({u"log"_s, u"tail"_s, u"--workspace"_s, u"Nobody"_s});
        QVERIFY(r.err.contains(u"No call in the request log matches."_s));

        r = run({u"log"_s, u"export"_s, u"--format"_s, u"jsonl"_s, u"--workspace"_s, u"E"_s});
        QVERIFY2(r.code == 0 && r.out.trimmed().split(u'\n').size() == 1, qPrintable(r.describe()));
        const QString har = m_home->path(u"log.har"_s);
        r = run({u"log"_s, u"export"_s, u"--format"_s, u"har"_s, u"--output"_s, har});
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        QCOMPARE(r.out, u"Exported 2 call(s) to %1.\n"_s.arg(har));
        QFile file(har);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(file.readAll())
                     .object()
                     .value(u"log")
                     .toObject()
                     .value(u"entries")
                     .toArray()
                     .size(),
                 2);
        r = run({u"log"_s, u"export"_s, u"--format"_s, u"csv"_s});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(u"--format: must be har or jsonl (got \"csv\")"_s));
        r = run({u"log"_s, u"tail"_s, u"extra"_s});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(u"log tail: unexpected argument \"extra\""_s));

        // Exports are for their owner's eyes only, like the log; a device or pipe is never replaced by a file.
        QCOMPARE(QFile::permissions(har) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        r = run({u"log"_s, u"export"_s, u"--format"_s, u"har"_s, u"--output"_s, m_home->path()});
        QVERIFY2(r.code == 2 && r.err.contains(u"is not a regular file"_s), qPrintable(r.describe()));
        QVERIFY(QFileInfo(m_home->path()).isDir());
        // An option that does not apply is refused, never ignored; a filter makes clear selective.
        r = run({u"log"_s, u"clear"_s, u"--json"_s});
        QVERIFY2(r.code == 2 && r.err.contains(u"log clear: --json does not apply"_s), qPrintable(r.describe()));
        r = run({u"log"_s, u"clear"_s, u"--status"_s, u"9xx"_s});
        QVERIFY2(r.code == 2 && r.err.contains(u"--status: must be"_s), qPrintable(r.describe()));
        r = run({u"log"_s, u"clear"_s, u"--workspace"_s, u"No such workspace"_s});
        QVERIFY2(r.code == 0 && r.out.startsWith(u"Cleared 0 call(s)"_s), qPrintable(r.describe()));
        r = run({u"log"_s, u"tail"_s, u"--format"_s, u"har"_s});
        QVERIFY2(r.code == 2 && r.err.contains(u"--format does not apply"_s), qPrintable(r.describe()));
        QCOMPARE(run({u"log"_s, u"tail"_s, u"--json"_s}).out.trimmed().split(u'\n').size(), 2);

        r = run({u"log"_s, u"clear"_s});
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        QCOMPARE(r.out, u"Cleared 2 call(s) from the request log (%1).\n"_s.arg(logPath()));
        QVERIFY(run({u"log"_s, u"tail"_s}).out.isEmpty());
    }

    void optionsThatDoNotApplyAreRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("list takes no NAME") << QStringList {u"workspace"_s, u"list"_s, u"extra"_s}
                                            << u"workspace list: unexpected argument \"extra\""_s;
        QTest::newRow("list takes no --route")
            << QStringList {u"workspace"_s, u"list"_s, u"--route"_s, u"bogus"_s} << u"--route does not apply"_s;
        QTest::newRow("remove takes no --json")
            << QStringList {u"workspace"_s, u"remove"_s, u"X"_s, u"--json"_s} << u"--json does not apply"_s;
        QTest::newRow("add prints no --json")
            << QStringList {u"workspace"_s, u"add"_s, u"X"_s, u"--site-id"_s, u"s"_s, u"--json"_s}
            << u"--json does not apply"_s;
        QTest::newRow("timeout under 0.1 s")
            << QStringList {u"region"_s, u"--site-id"_s, u"s"_s, u"--timeout"_s, u"0.0004"_s}
            << u"--timeout: must be a number of seconds from 0.1 to 600"_s;
    }

    void optionsThatDoNotApplyAreRefused()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const int before = m_sandbox.server.receivedRequests().size();
        const CommandRun r = run(args);
        QVERIFY2(r.code == 2 && r.err.contains(message), qPrintable(r.describe()));
        QCOMPARE(m_sandbox.server.receivedRequests().size(), before); // nothing was sent
    }

    void dataFromAFileThatIsNotARegularFileIsRefused()
    {
        const QString fifo = m_home->path(u"fifo"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        qputenv("CIO_TRACK_API_KEY", EuKey.toUtf8());
        const CommandRun r = run({u"send"_s, u"batch"_s, u"--site-id"_s, EuSite, u"--data"_s, u"@"_s + fifo});
        qunsetenv("CIO_TRACK_API_KEY");
        QVERIFY2(r.code == 2 && r.err.contains(u"is not a regular file"_s), qPrintable(r.describe()));
    }

    void sandboxAccountsFromAFifoAreRefusedWithoutBlocking()
    {
        const QString fifo = m_home->path(u"accounts.fifo"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const CommandRun r = run({u"sandbox"_s, u"--accounts"_s, fifo});
        QVERIFY2(r.code == 2 && r.err.contains(u"not a regular file (a FIFO)"_s), qPrintable(r.describe()));
    }

    void aKeyThatIsNotUtf8IsRefused()
    {
        qputenv("CIO_TRACK_API_KEY", QByteArray("demo-eu-\xff-track-key"));
        const int before = m_sandbox.server.receivedRequests().size();
        const CommandRun r = run({u"region"_s, u"--site-id"_s, EuSite});
        qunsetenv("CIO_TRACK_API_KEY");
        QVERIFY2(r.code == 2 && r.err.contains(u"CIO_TRACK_API_KEY: is not valid UTF-8"_s), qPrintable(r.describe()));
        QCOMPARE(m_sandbox.server.receivedRequests().size(), before);
    }

    void logThatCannotOpenEndsWithOne()
    {
        // A directory where the database should be: the log cannot be opened.
        QVERIFY(QDir().mkpath(logPath()));
        const CommandRun r = run({u"log"_s, u"tail"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.startsWith(u"cio-console: request log: "_s), qPrintable(r.describe()));
    }

    void sandboxServesUntilStopped()
    {
        const QStringList args {u"sandbox"_s, u"--fault"_s, u"api-eu=status:503"_s};
        CommandStreams streams;
        int words = 0;
        std::unique_ptr<Command> command = m_runner.make(args, &streams, &words);
        QVERIFY(command);
        command->start(CommandRunner::arguments(args), words);
        auto *sandbox = qobject_cast<SandboxCommand *>(command.get());
        QVERIFY(sandbox && sandbox->server());
        QVERIFY(!command->isFinished()); // runs until the process is killed
        const QString out = streams.outText();
        QVERIFY2(out.startsWith(u"Sandbox listening on 127.0.0.1, one port per host:\n"_s), qPrintable(out));
        QVERIFY2(out.contains(u"fault: status:503"_s), qPrintable(out));
        QVERIFY2(out.contains(u"Demo US [us] demo-us-site / demo-us-track-key"_s), qPrintable(out));
        QVERIFY2(out.contains(u"Demo EU / Website / demo-eu-pipelines-key"_s), qPrintable(out));
        const QString pipelinesEu = sandbox->server()->baseUrl(SandboxServer::Host::PipelinesEu).toString();
        QVERIFY2(out.contains(u"pipelines-eu  "_s + pipelinesEu), qPrintable(out));
        EndpointTable table;
        QString error;
        QVERIFY2(EndpointTable::fromJson(sandbox->server()->endpointsJson(), &table, &error), qPrintable(error));
        QVERIFY(table.hasPipelines());
        QCOMPARE(table.pipelinesUrl(Region::Eu).toString(), pipelinesEu);
        QVERIFY(out.contains(QString::fromUtf8(sandbox->server()->endpointsJson())));

        const CommandRun bad = run({u"sandbox"_s, u"--ports"_s, u"1,2,3"_s});
        QCOMPARE(bad.code, 2);
        QVERIFY(bad.err.contains(u"--ports: expected four or six ports"_s));
        const CommandRun five = run({u"sandbox"_s, u"--ports"_s, u"0,0,0,0,0"_s});
        QCOMPARE(five.code, 2);
        QVERIFY(five.err.contains(u"--ports: expected four or six ports"_s));
        const CommandRun host = run({u"sandbox"_s, u"--fault"_s, u"cdp-us=hang"_s});
        QCOMPARE(host.code, 2);
        QVERIFY(host.err.contains(u"pipelines-us, pipelines-eu, all"_s));
    }

    void groupsAnswerHelpAndNameTheirSubcommands()
    {
        QByteArray outBytes;
        QByteArray errBytes;
        QTextStream out(&outBytes);
        QTextStream err(&errBytes);
        QCOMPARE(Cli::answerGroup({u"cio-console"_s, u"workspace"_s, u"--help"_s}, out, err), int(Cli::Success));
        QVERIFY(outBytes.contains("cio-console workspace remove NAME"));
        QCOMPARE(Cli::answerGroup({u"cio-console"_s, u"log"_s, u"help"_s}, out, err), int(Cli::Success));
        QVERIFY(outBytes.contains("--status 2xx|3xx|4xx|5xx|network"));
        QCOMPARE(Cli::answerGroup({u"cio-console"_s, u"workspace"_s, u"bogus"_s}, out, err), int(Cli::UsageError));
        QVERIFY2(errBytes.contains("workspace: expected add, edit, list or remove (got \"bogus\")"), errBytes);
        QCOMPARE(Cli::answerGroup({u"cio-console"_s, u"log"_s}, out, err), int(Cli::UsageError));
        QVERIFY2(errBytes.contains("log: expected export, tail, clear, show"), errBytes);
        QVERIFY(Cli::isGroup(u"workspace"_s) && Cli::isGroup(u"log"_s) && !Cli::isGroup(u"region"_s));
    }
};

QTEST_GUILESS_MAIN(tst_CliCommands)
#include "tst_clicommands.moc"
