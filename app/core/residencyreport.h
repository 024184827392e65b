#pragma once

#include "region.h"
#include "workspace.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// A residency evidence report: facts from the request log about where a scope's calls went, over a date
// range, with the rows and the part of the log's hash chain (requestlogchain.h) that covers them.
//
// It states facts ("handled by a US host"), never legal verdicts. It holds no personal data: a call's
// path (which carries a person's identifier) appears only as an HMAC-SHA-256 under the installation's
// report key (ReportKey), bodies only as SHA-256, error texts and warnings only inside detail_sha256.
// Workspace names and Site IDs are the admin's own labels of their account and are shown.
// The JSON form is documented in docs/report.md and docs/report-schema.json.
struct ResidencyReport
{
    enum class ScopeKind { Workspace, Account, All };
    struct Scope
    {
        ScopeKind kind = ScopeKind::All;
        QString name; // workspace or account name; empty for All
        QDateTime from; // UTC, inclusive
        QDateTime to; // UTC, exclusive
        QStringList apis = {QStringLiteral("track"), QStringLiteral("app"), QStringLiteral("pipelines")};
    };
    // A workspace of the scope as the console knows it now.
    struct WorkspaceFacts
    {
        QString name, siteId, account, route; // route: "auto", "us", "eu"
        Region region = Region::Unknown; // last detected
        qint64 environmentId = -1;
        QDateTime verifiedAt;
        QString verifiedVia;
    };
    // A region check in the log (GET /api/v1/accounts/region).
    struct Verification
    {
        qint64 id = 0;
        QDateTime time;
        QString workspace, host, outcome;
        Region region = Region::Unknown; // the region the answer named
        qint64 environmentId = -1;
    };
    // A call that passed through a host outside the account's region, or was refused by one.
    struct Crossing
    {
        qint64 id = 0;
        QDateTime time;
        QString workspace, api, call, firstHost, lastHost;
        Region accountRegion = Region::Unknown;
        int status = 0;
    };
    struct RouteFacts
    {
        QString workspace, route;
        QMap<QString, int> firstHop; // region code -> calls whose first request went there
    };
    // One row of the chain segment: in scope (fields set) or only linking (fields empty).
    struct Row
    {
        qint64 id = 0;
        QByteArray digest; // raw 32 bytes
        // canonical(RequestLogChain::canonicalFields()): compact JSON, keys in order; empty when out of scope.
        // Kept as text, not as a QJsonObject: a long range holds hundreds of thousands of rows.
        QByteArray fieldsJson;
        bool inScope() const { return !fieldsJson.isEmpty(); }
        QJsonObject fields() const; // parsed from fieldsJson
        QString pathHmac; // hex HMAC-SHA-256 of the path under the report key; in scope only
        bool pruned = false; // removed by retention: only its digest remains
    };

    Scope scope;
    QDateTime generatedAt;
    QString keyId; // first 16 hex digits of SHA-256(report key): which key made the HMACs
    QList<WorkspaceFacts> workspaces;
    QList<Verification> verifications;
    QMap<QString, QMap<QString, int>> callsByApi; // api -> handled-by region code -> calls
    QList<Crossing> transits; // through a host outside the account's region
    QList<Crossing> refusals; // refused by the host of the other region (401)
    QList<RouteFacts> routes;
    QList<Row> rows; // ordered by id
    int callCount = 0; // rows in scope
    // Calls in scope with a hop to a host that is not Customer.io's (the built-in sandbox, another endpoint
    // table): counted above by the region the console's endpoint table gave that host.
    int outsideCustomerIo = 0;
    QByteArray anchor; // digest before rows.first() (RequestLogChain::genesis() at the chain's start)
    QDateTime chainedFrom;
    bool migrated = false;
    qint64 chainFirstId = 0;

    QByteArray head() const { return rows.isEmpty() ? anchor : rows.constLast().digest; }
    // The digest shown on the title page: hex of head().
    QString digestHex() const { return QString::fromLatin1(head().toHex()); }
    static QString scopeKindName(ScopeKind kind); // "workspace", "account", "all"
};

// Builds a report from a request log file. Reads the file on the calling thread (a 30-day range of a
// million-row log takes seconds: the window runs it on a worker thread).
class ResidencyReportBuilder
{
public:
    // A problem with the request, naming the option it comes from ("--from", "--workspace"...).
    struct Problem
    {
        QString field;
        QString message;
    };

    // The scope's problems: an empty or reversed range, an unknown workspace or account, an unknown API.
    static QList<Problem> validate(const ResidencyReport::Scope &scope, const QList<Workspace> &workspaces);
    // False with *error when the log cannot be read. A scope with no call gives a report with callCount 0.
    static bool build(const QString &logPath, const QList<Workspace> &workspaces, const ResidencyReport::Scope &scope,
                      const QByteArray &key, ResidencyReport *report, QString *error);
    // Hex HMAC-SHA-256 of text under key.
    static QString hmacHex(const QByteArray &key, const QString &text);
};
