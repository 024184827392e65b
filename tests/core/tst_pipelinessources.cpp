// A workspace's Pipelines sources: their names and the credential rules, their keychain entries, how they
// are listed in the settings, the region each sends to and on what basis, the diagnosis of a chosen region
// that disagrees, and the workspace transactions (add, edit, remove) over a store that fails on demand.
#include "credentialstore.h"
#include "diagnosis.h"
#include "pipelinesregion.h"
#include "support/flakycredentialstore.h"
#include "workspaceadder.h"
#include "workspaceedit.h"
#include "workspaceremover.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace {
const QString Track = u"Web/track-api-key"_s;
const QString App = u"Web/app-api-key"_s;
const QString Website = u"Web/pipelines/Website/pipelines-api-key"_s;
const QString Mobile = u"Web/pipelines/Mobile/pipelines-api-key"_s;

Workspace workspace(const QString &name, const QString &siteId, const QString &account, Region region)
{
    Workspace w;
    w.name = name;
    w.siteId = siteId;
    w.account = account;
    w.region = region;
    return w;
}

// A Pipelines-only workspace "Web" with the sources given.
Workspace pipelinesOnly(const QList<PipelinesSource> &sources, const QString &account = QString())
{
    Workspace w = workspace(u"Web"_s, QString(), account, Region::Unknown);
    w.pipelinesSources = sources;
    return w;
}

template<typename Transaction, typename Result, typename... Args>
std::optional<Result> run(Transaction *transaction, Args &&...args)
{
    std::optional<Result> result;
    transaction->start(std::forward<Args>(args)..., [&result](const Result &r) { result = r; });
    if (result)
        return std::nullopt; // answered from inside start()
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 10000))
        return std::nullopt;
    return result;
}
} // namespace

class tst_PipelinesSources : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<FlakyCredentialStore> m_store;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_settings = std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
        m_store = std::make_unique<FlakyCredentialStore>();
    }

    void cleanup()
    {
        m_store.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void sourceNamesFollowTheWorkspaceNameRules()
    {
        QCOMPARE(validatePipelinesSourceName(u"Website"_s), QString());
        QCOMPARE(validatePipelinesSourceName(u"a/b%c"_s), QString());
        QCOMPARE(validatePipelinesSourceName(u" "_s), u"Pipelines source name: must not be empty"_s);
        QCOMPARE(validatePipelinesSourceName(u" Web"_s), u"Pipelines source name: must not start or end with spaces"_s);
        QCOMPARE(validatePipelinesSourceName(QString(101, u'x')),
                 u"Pipelines source name: at most 100 characters (got 101)"_s);
        QVERIFY(validatePipelinesSourceName(u"Web\u200Bsite"_s).startsWith(u"Pipelines source name: control"_s));
        QCOMPARE(validatePipelinesSources({{u"Website"_s, {}}, {u"Website"_s, Region::Eu}}),
                 u"Pipelines source name: the workspace has two sources named \"Website\""_s);
        // The workspace name's own rules are unchanged.
        QCOMPARE(validateWorkspaceName(u""_s), u"Workspace name: must not be empty"_s);
    }

    void credentialsAreTrackOrPipelinesOrBoth()
    {
        QCOMPARE(validateCredentialSet(u"site"_s, true, true, 0), QString());
        QCOMPARE(validateCredentialSet(QString(), false, false, 1), QString());
        QCOMPARE(validateCredentialSet(u"site"_s, true, false, 2), QString());
        QCOMPARE(validateCredentialSet(QString(), false, false, 0),
                 u"Credentials: give a Site ID and Track API key, or at least one Pipelines source"_s);
        QVERIFY(validateCredentialSet(QString(), false, true, 1).startsWith(u"App API key: needs"_s));
        QVERIFY(validateCredentialSet(QString(), true, false, 1).startsWith(u"Site ID: must not be empty"_s));
        QVERIFY(validateCredentialSet(u"site"_s, false, false, 1).startsWith(u"Track API key: must be given"_s));
    }

    void entryKeysNeverCollide()
    {
        QCOMPARE(CredentialStore::pipelinesEntryKey(u"Web"_s, u"Website"_s), Website);
        QCOMPARE(CredentialStore::pipelinesEntryKey(u"Web"_s, u"a/b%"_s),
                 u"Web/pipelines/a%2Fb%25/pipelines-api-key"_s);
        // A source named like another kind's entry, a workspace named like a source's path: all distinct.
        const QStringList keys {
            CredentialStore::pipelinesEntryKey(u"A"_s, u"track-api-key"_s),
            CredentialStore::entryKey(u"A/pipelines/track-api-key"_s, SecretKind::TrackApiKey),
            CredentialStore::pipelinesEntryKey(u"A/pipelines/x"_s, u"y"_s),
            CredentialStore::pipelinesEntryKey(u"A"_s, u"x/pipelines-api-key/pipelines/y"_s),
            CredentialStore::pipelinesEntryKey(u"A"_s, u"x%2Fy"_s),
            CredentialStore::pipelinesEntryKey(u"A"_s, u"x/y"_s),
        };
        QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()).size(), keys.size());
        QCOMPARE(CredentialStore::entryKeys(u"Web"_s, {u"Website"_s, u"Mobile"_s}),
                 QStringList({App, Website, Mobile, Track}));
    }

    void sourcesAreSavedWithTheWorkspace()
    {
        WorkspaceRepository repository(m_settings.get());
        Workspace both = workspace(u"Both"_s, u"site"_s, u"Acme"_s, Region::Eu);
        both.pipelinesSources = {{u"Website"_s, std::nullopt}, {u"Mobile"_s, Region::Us}};
        repository.save(pipelinesOnly({{u"Website"_s, Region::Eu}}));
        repository.save(both);
        repository.save(workspace(u"Track only"_s, u"site2"_s, QString(), Region::Us));

        QSettings again(m_settings->fileName(), QSettings::IniFormat);
        const QList<Workspace> listed = WorkspaceRepository(&again).list();
        QCOMPARE(listed.size(), 3);
        QCOMPARE(listed.at(0).siteId, QString());
        QVERIFY(!listed.at(0).hasTrackCredentials());
        QCOMPARE(listed.at(0).pipelinesSources, QList<PipelinesSource>({{u"Website"_s, Region::Eu}}));
        QCOMPARE(listed.at(1).pipelinesSources, both.pipelinesSources);
        QVERIFY(listed.at(2).pipelinesSources.isEmpty());
        // Never a key in the file.
        QFile file(m_settings->fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("key\":"));
    }

    void regionIsDetectedFromTheAccountOrChosenNeverGuessed()
    {
        const PipelinesSource unchosen {u"Website"_s, std::nullopt};
        const PipelinesSource chosenEu {u"Website"_s, Region::Eu};
        const QList<Workspace> others {workspace(u"Track EU"_s, u"s1"_s, u"Acme"_s, Region::Eu),
                                       workspace(u"Other"_s, u"s2"_s, u"Globex"_s, Region::Us),
                                       workspace(u"Unchecked"_s, u"s3"_s, u"Initech"_s, Region::Unknown)};

        // Its own Track credentials' detection comes first.
        Workspace own = workspace(u"Web"_s, u"s0"_s, u"Acme"_s, Region::Us);
        PipelinesRegion r = pipelinesRegion(own, chosenEu, others);
        QCOMPARE(r.region, Region::Us);
        QCOMPARE(r.basis, PipelinesRegion::Basis::Detected);
        QCOMPARE(r.overriddenChoice, std::optional<Region>(Region::Eu));
        QCOMPARE(r.basisText(), u"detected"_s);

        // Then any workspace of the account.
        r = pipelinesRegion(pipelinesOnly({unchosen}, u"Acme"_s), unchosen, others);
        QCOMPARE(r.region, Region::Eu);
        QCOMPARE(r.basis, PipelinesRegion::Basis::Account);
        QCOMPARE(r.fromWorkspace, u"Track EU"_s);
        QCOMPARE(r.basisText(), u"from account Acme (workspace \"Track EU\")"_s);
        QVERIFY(!r.overriddenChoice);
        QCOMPARE(PipelinesRegion::basisCode(r.basis), u"account"_s);

        // Then the choice, said to be unverified.
        r = pipelinesRegion(pipelinesOnly({chosenEu}, u"Initech"_s), chosenEu, others);
        QCOMPARE(r.region, Region::Eu);
        QCOMPARE(r.basis, PipelinesRegion::Basis::Chosen);
        QCOMPARE(r.basisText(), u"chosen, not verified"_s);

        // Nothing: no region.
        r = pipelinesRegion(pipelinesOnly({unchosen}, u"Initech"_s), unchosen, others);
        QCOMPARE(r.region, Region::Unknown);
        QCOMPARE(r.basis, PipelinesRegion::Basis::None);
        QVERIFY(!r.known());
        QCOMPARE(PipelinesRegion::basisCode(r.basis), u"none"_s);
        r = pipelinesRegion(pipelinesOnly({unchosen}), unchosen, others);
        QVERIFY(!r.known());

        // An account whose workspaces disagree says nothing: the choice, else nothing.
        QList<Workspace> split = others;
        split << workspace(u"Track US"_s, u"s4"_s, u"Acme"_s, Region::Us);
        r = pipelinesRegion(pipelinesOnly({unchosen}, u"Acme"_s), unchosen, split);
        QVERIFY(!r.known());
        r = pipelinesRegion(pipelinesOnly({chosenEu}, u"Acme"_s), chosenEu, split);
        QCOMPARE(r.basis, PipelinesRegion::Basis::Chosen);
    }

    void aChosenRegionThatDisagreesIsDiagnosed()
    {
        const QList<Workspace> others {workspace(u"Track EU"_s, u"s1"_s, u"Acme"_s, Region::Eu)};
        const Workspace web = pipelinesOnly({{u"Website"_s, Region::Us}, {u"Mobile"_s, Region::Eu}}, u"Acme"_s);
        DiagnosisInput input;
        input.workspace = web;
        input.others = others;
        const QList<Diagnosis> found = diagnose(input);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().code, u"pipelines_source_region_disagreement"_s);
        QVERIFY2(found.first().message.contains(u"\"Website\" was set to the US region"_s),
                 qPrintable(found.first().message));
        QVERIFY(found.first().message.contains(u"\"Track EU\" of account \"Acme\" was detected in the EU region"_s));
        // A chosen region with nothing to compare with is no finding.
        input.others.clear();
        QVERIFY(diagnose(input).isEmpty());
        // Against its own detection, after the Track findings.
        Workspace own = workspace(u"Web"_s, u"s0"_s, QString(), Region::Eu);
        own.pipelinesSources = {{u"Website"_s, Region::Us}};
        input.workspace = own;
        const QList<Diagnosis> ownFound = diagnose(input);
        QCOMPARE(ownFound.size(), 1);
        QVERIFY(
            ownFound.first().message.contains(u"this workspace's Track credentials say the account is in the EU"_s));
    }

    void addWritesEverySourceKeyOrNothing()
    {
        Workspace w = workspace(u"Web"_s, u"site"_s, QString(), Region::Unknown);
        w.pipelinesSources = {{u"Website"_s, std::nullopt}, {u"Mobile"_s, Region::Eu}};
        WorkspaceKeys keys;
        keys.trackApiKey = u"track-key"_s;
        keys.appApiKey = u"app-key-1"_s;
        keys.pipelinesApiKeys = {{u"Website"_s, u"web-key-1"_s}, {u"Mobile"_s, u"mobile-key"_s}};

        // The second source's key cannot be stored: everything written goes again, newest first.
        m_store->failOn(FlakyCredentialStore::Op::Write, Mobile);
        {
            WorkspaceAdder adder(m_store.get(), m_settings.get());
            const auto result = run<WorkspaceAdder, WorkspaceAdder::Result>(&adder, w, keys);
            QVERIFY(result);
            QCOMPARE(result->status, WorkspaceAdder::Result::Status::KeychainFailed);
            QVERIFY2(result->error.startsWith(u"could not store the API key of the Pipelines source \"Mobile\""_s),
                     qPrintable(result->error));
            QCOMPARE(m_store->calls,
                     QStringList({u"write "_s + Track, u"write "_s + App, u"write "_s + Website, u"write "_s + Mobile,
                                  u"remove "_s + Website, u"remove "_s + App, u"remove "_s + Track}));
            QVERIFY(WorkspaceRepository(m_settings.get()).list().isEmpty());
            for (const QString &entry : {Track, App, Website, Mobile})
                QVERIFY(!m_store->memory.contains(entry));
        }

        // A Pipelines-only workspace: its sources' keys only.
        m_store = std::make_unique<FlakyCredentialStore>();
        const Workspace only = pipelinesOnly({{u"Website"_s, Region::Eu}});
        WorkspaceKeys sourceKeys;
        sourceKeys.pipelinesApiKeys = {{u"Website"_s, u"web-key-1"_s}};
        WorkspaceAdder adder(m_store.get(), m_settings.get());
        const auto result = run<WorkspaceAdder, WorkspaceAdder::Result>(&adder, only, sourceKeys);
        QVERIFY(result);
        QCOMPARE(result->status, WorkspaceAdder::Result::Status::Saved);
        QCOMPARE(m_store->calls, QStringList({u"write "_s + Website}));
        QCOMPARE(m_store->secret(Website), u"web-key-1"_s);
        QCOMPARE(WorkspaceRepository(m_settings.get()).find(u"Web"_s)->pipelinesSources, only.pipelinesSources);
    }

    void aSourceWithoutKeyAddsNothing()
    {
        WorkspaceAdder adder(m_store.get(), m_settings.get());
        const auto result =
            run<WorkspaceAdder, WorkspaceAdder::Result>(&adder, pipelinesOnly({{u"Website"_s, {}}}), WorkspaceKeys());
        QVERIFY(result);
        QCOMPARE(result->status, WorkspaceAdder::Result::Status::KeychainFailed);
        QCOMPARE(result->error, u"Pipelines source \"Website\": no API key given"_s);
        QVERIFY(m_store->calls.isEmpty());
    }

    void removeDeletesEverySourceKey()
    {
        Workspace w = workspace(u"Web"_s, u"site"_s, QString(), Region::Us);
        w.pipelinesSources = {{u"Website"_s, {}}, {u"Mobile"_s, {}}};
        WorkspaceRepository(m_settings.get()).save(w);
        for (const QString &entry : {Track, Website, Mobile})
            QVERIFY(m_store->seed(entry, u"secret-value"_s));
        // A source's entry that cannot go keeps the workspace, and the Track API key.
        m_store->failOn(FlakyCredentialStore::Op::Remove, Mobile);
        {
            WorkspaceRemover remover(m_store.get(), m_settings.get());
            const auto result = run<WorkspaceRemover, WorkspaceRemover::Result>(&remover, w);
            QVERIFY(result);
            QCOMPARE(result->status, WorkspaceRemover::Result::Status::KeychainFailed);
            QVERIFY(m_store->memory.contains(Track));
            QVERIFY(WorkspaceRepository(m_settings.get()).find(u"Web"_s));
        }
        m_store->calls.clear();
        FlakyCredentialStore clean;
        for (const QString &entry : {Track, Website, Mobile})
            QVERIFY(clean.seed(entry, u"secret-value"_s));
        WorkspaceRemover remover(&clean, m_settings.get());
        const auto result = run<WorkspaceRemover, WorkspaceRemover::Result>(&remover, w);
        QVERIFY(result);
        QCOMPARE(result->status, WorkspaceRemover::Result::Status::Removed);
        QCOMPARE(
            clean.calls,
            QStringList({u"remove "_s + App, u"remove "_s + Website, u"remove "_s + Mobile, u"remove "_s + Track}));
        for (const QString &entry : {Track, Website, Mobile})
            QVERIFY(!clean.memory.contains(entry));
        QVERIFY(!WorkspaceRepository(m_settings.get()).find(u"Web"_s));
    }

    void editValidatesSources()
    {
        const Workspace only = pipelinesOnly({{u"Website"_s, {}}});
        WorkspaceEdit e = WorkspaceEdit::of(only);
        QVERIFY(e.validate({}).startsWith(u"Nothing to change"_s));
        e.setPipelinesSource(u"Mobile"_s, QString(), Region::Eu);
        QCOMPARE(e.validate({}), u"Pipelines source \"Mobile\": a new source needs its API key"_s);
        e.setPipelinesSource(u"Mobile"_s, u"mobile-key"_s, std::nullopt);
        QCOMPARE(e.validate({}), QString());
        QCOMPARE(e.addedSources(), QStringList({u"Mobile"_s}));
        QCOMPARE(e.pipelinesSources.last().chosenRegion, std::optional<Region>(Region::Eu));
        // The last source cannot go from a Pipelines-only workspace.
        WorkspaceEdit last = WorkspaceEdit::of(only);
        QVERIFY(last.removePipelinesSource(u"Website"_s));
        QVERIFY(!last.removePipelinesSource(u"Website"_s));
        QCOMPARE(last.validate({}),
                 u"Credentials: give a Site ID and Track API key, or at least one Pipelines source"_s);
        // Track credentials may be added, with their key.
        WorkspaceEdit gain = WorkspaceEdit::of(only);
        gain.siteId = u"site"_s;
        QCOMPARE(gain.validate({}), u"Track API key: must be given with the Site ID"_s);
        gain.trackApiKey = u"track-key-1"_s;
        QCOMPARE(gain.validate({}), QString());
        // An App API key needs them.
        WorkspaceEdit app = WorkspaceEdit::of(only);
        app.appApiKey = u"app-key-12"_s;
        QVERIFY(app.validate({}).startsWith(u"App API key: needs"_s));
        // Track credentials are never removed.
        Workspace track = workspace(u"Web"_s, u"site"_s, QString(), Region::Us);
        WorkspaceEdit drop = WorkspaceEdit::of(track);
        drop.siteId.clear();
        drop.setPipelinesSource(u"Website"_s, u"web-key-1"_s, std::nullopt);
        QCOMPARE(drop.validate({}), u"Site ID: must not be empty"_s);
        // A key for a source that is not listed.
        WorkspaceEdit stray = WorkspaceEdit::of(only);
        stray.pipelinesApiKeys.insert(u"Nope"_s, u"some-key-1"_s);
        QCOMPARE(stray.validate({}), u"Pipelines source \"Nope\": the workspace has no such source"_s);
    }

    void editAddsReplacesRemovesAndMovesSourceKeys()
    {
        Workspace w = pipelinesOnly({{u"Website"_s, {}}, {u"Mobile"_s, {}}});
        WorkspaceRepository(m_settings.get()).save(w);
        QVERIFY(m_store->seed(Website, u"web-key-1"_s));
        QVERIFY(m_store->seed(Mobile, u"mobile-key"_s));

        // A new key for Website, Mobile removed, Server added with a chosen region.
        WorkspaceEdit e = WorkspaceEdit::of(w);
        e.setPipelinesSource(u"Website"_s, u"web-key-2"_s, std::nullopt);
        QVERIFY(e.removePipelinesSource(u"Mobile"_s));
        e.setPipelinesSource(u"Server"_s, u"server-key"_s, Region::Eu);
        QCOMPARE(e.validate({}), QString());
        const QString server = u"Web/pipelines/Server/pipelines-api-key"_s;
        {
            WorkspaceEditor editor(m_store.get(), m_settings.get(), nullptr);
            const auto result = run<WorkspaceEditor, WorkspaceEditor::Result>(&editor, e);
            QVERIFY(result);
            QCOMPARE(result->status, WorkspaceEditor::Result::Status::Saved);
            QCOMPARE(m_store->calls,
                     QStringList(
                         {u"read "_s + Website, u"write "_s + Website, u"write "_s + server, u"remove "_s + Mobile}));
            QCOMPARE(m_store->secret(Website), u"web-key-2"_s);
            QCOMPARE(m_store->secret(server), u"server-key"_s);
            QVERIFY(!m_store->memory.contains(Mobile));
            w = *WorkspaceRepository(m_settings.get()).find(u"Web"_s);
            QCOMPARE(w.pipelinesSources,
                     QList<PipelinesSource>({{u"Website"_s, std::nullopt}, {u"Server"_s, Region::Eu}}));
        }

        // A failed write puts the overwritten key back and changes nothing.
        m_store->calls.clear();
        m_store->failOn(FlakyCredentialStore::Op::Write, server);
        WorkspaceEdit fails = WorkspaceEdit::of(w);
        fails.setPipelinesSource(u"Website"_s, u"web-key-3"_s, std::nullopt);
        fails.setPipelinesSource(u"Server"_s, u"server-key-2"_s, std::nullopt);
        {
            WorkspaceEditor editor(m_store.get(), m_settings.get(), nullptr);
            const auto result = run<WorkspaceEditor, WorkspaceEditor::Result>(&editor, fails);
            QVERIFY(result);
            QCOMPARE(result->status, WorkspaceEditor::Result::Status::KeychainFailed);
            QVERIFY2(result->error.startsWith(u"could not save the API key of the Pipelines source \"Server\""_s),
                     qPrintable(result->error));
            QCOMPARE(m_store->secret(Website), u"web-key-2"_s);
            QCOMPARE(m_store->secret(server), u"server-key"_s);
        }

        // A rename moves every source's key under the new name, then deletes the old entries.
        FlakyCredentialStore moving;
        QVERIFY(moving.seed(Website, u"web-key-2"_s));
        QVERIFY(moving.seed(server, u"server-key"_s));
        WorkspaceEdit rename = WorkspaceEdit::of(w);
        rename.name = u"Shop"_s;
        WorkspaceEditor editor(&moving, m_settings.get(), nullptr);
        const auto result = run<WorkspaceEditor, WorkspaceEditor::Result>(&editor, rename);
        QVERIFY(result);
        QCOMPARE(result->status, WorkspaceEditor::Result::Status::Saved);
        QCOMPARE(moving.secret(u"Shop/pipelines/Website/pipelines-api-key"_s), u"web-key-2"_s);
        QCOMPARE(moving.secret(u"Shop/pipelines/Server/pipelines-api-key"_s), u"server-key"_s);
        QVERIFY(!moving.memory.contains(Website));
        QVERIFY(!moving.memory.contains(server));
        QVERIFY(!moving.calls.contains(u"read "_s + Track)); // it has no Track credentials to move
        QCOMPARE(WorkspaceRepository(m_settings.get()).find(u"Shop"_s)->pipelinesSources.size(), 2);
    }
};

QTEST_GUILESS_MAIN(tst_PipelinesSources)
#include "tst_pipelinessources.moc"
