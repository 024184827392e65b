#include "residencyreport.h"

#include "parallelfor.h"
#include "requestlogchain.h"
#include "requestlogschema.h"
#include "sha256.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <algorithm>
#include <atomic>
#include <vector>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ResidencyReport)
};

const QStringList kApis = {QStringLiteral("track"), QStringLiteral("app"), QStringLiteral("pipelines")};

// Each build has a connection of its own: builds may run on several threads at once.
QString connectionName()
{
    static std::atomic<int> serial {0};
    return QStringLiteral("residency-report-%1").arg(++serial);
}

ResidencyReport::WorkspaceFacts factsOf(const Workspace &w)
{
    ResidencyReport::WorkspaceFacts f;
    f.name = w.name;
    f.siteId = w.siteId;
    f.account = w.account;
    f.route = routeCode(w.route);
    f.region = w.region;
    f.environmentId = w.environmentId;
    f.verifiedAt = w.verifiedAt;
    f.verifiedVia = w.verifiedVia;
    return f;
}

ResidencyReport::Crossing crossingOf(const RequestRecord &r, Region account)
{
    ResidencyReport::Crossing c;
    c.id = r.id;
    c.time = r.startedAt;
    c.workspace = r.workspace;
    c.api = RequestLogChain::apiName(r.call);
    c.call = callName(r.call);
    c.firstHost = r.sentTo();
    c.lastHost = r.handledBy;
    c.accountRegion = account;
    c.status = r.status;
    return c;
}

// Customer.io's own hosts are under customer.io (docs/customerio-api.md); the built-in sandbox and a custom
// endpoint table answer from other hosts (loopback, a proxy).
bool sentOutsideCustomerIo(const RequestRecord &r)
{
    return std::any_of(r.hops.cbegin(), r.hops.cend(), [](const Hop &hop) {
        const QString host = hop.url.host().toLower();
        return host != u"customer.io" && !host.endsWith(u".customer.io");
    });
}

} // namespace

QJsonObject ResidencyReport::Row::fields() const
{
    return QJsonDocument::fromJson(fieldsJson).object();
}

QString ResidencyReport::scopeKindName(ScopeKind kind)
{
    switch (kind) {
    case ScopeKind::Workspace:
        return QStringLiteral("workspace");
    case ScopeKind::Account:
        return QStringLiteral("account");
    case ScopeKind::All:
        break;
    }
    return QStringLiteral("all");
}

QList<ResidencyReportBuilder::Problem> ResidencyReportBuilder::validate(const ResidencyReport::Scope &scope,
                                                                        const QList<Workspace> &workspaces)
{
    QList<Problem> problems;
    if (!scope.from.isValid())
        problems << Problem {QStringLiteral("--from"),
                             Text::tr("not a date (expected YYYY-MM-DD or an ISO 8601 time)")};
    if (!scope.to.isValid())
        problems << Problem {QStringLiteral("--to"), Text::tr("not a date (expected YYYY-MM-DD or an ISO 8601 time)")};
    if (scope.from.isValid() && scope.to.isValid() && scope.from >= scope.to)
        problems << Problem {QStringLiteral("--to"),
                             Text::tr("the range is empty: it must end after it starts (%1)")
                                 .arg(scope.from.date().toString(Qt::ISODate))};
    if (scope.apis.isEmpty())
        problems << Problem {QStringLiteral("--api"), Text::tr("no API chosen")};
    for (const QString &api : scope.apis) {
        if (!kApis.contains(api))
            problems << Problem {QStringLiteral("--api"),
                                 Text::tr("unknown API \"%1\" (expected track or app)").arg(api)};
    }
    const auto known = [&](bool account) {
        for (const Workspace &w : workspaces) {
            if ((account ? w.account : w.name) == scope.name)
                return true;
        }
        return false;
    };
    if (scope.kind == ResidencyReport::ScopeKind::Workspace && !known(false))
        problems << Problem {QStringLiteral("--workspace"), Text::tr("no workspace named \"%1\"").arg(scope.name)};
    if (scope.kind == ResidencyReport::ScopeKind::Account && !known(true))
        problems << Problem {QStringLiteral("--account"),
                             Text::tr("no workspace belongs to an account named \"%1\"").arg(scope.name)};
    return problems;
}

QString ResidencyReportBuilder::hmacHex(const QByteArray &key, const QString &text)
{
    return QString::fromLatin1(Sha256::hmac(key, text.toUtf8()).toHex());
}

bool ResidencyReportBuilder::build(const QString &logPath, const QList<Workspace> &workspaces,
                                   const ResidencyReport::Scope &scope, const QByteArray &key, ResidencyReport *report,
                                   QString *error)
{
    *report = ResidencyReport();
    report->scope = scope;
    report->generatedAt = QDateTime::currentDateTimeUtc();
    report->keyId = QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(16));

    QHash<QString, Workspace> byName;
    QSet<QString> names; // in scope; empty with All: every workspace, listed or not
    for (const Workspace &w : workspaces) {
        byName.insert(w.name, w);
        const bool inScope = scope.kind == ResidencyReport::ScopeKind::All
            || (scope.kind == ResidencyReport::ScopeKind::Workspace && w.name == scope.name)
            || (scope.kind == ResidencyReport::ScopeKind::Account && w.account == scope.name);
        if (inScope) {
            report->workspaces << factsOf(w);
            if (scope.kind != ResidencyReport::ScopeKind::All)
                names.insert(w.name);
        }
    }
    const QSet<QString> apis(scope.apis.cbegin(), scope.apis.cend());
    const auto inScope = [&](const RequestRecord &r) {
        return r.startedAt >= scope.from && r.startedAt < scope.to
            && (scope.kind == ResidencyReport::ScopeKind::All || names.contains(r.workspace))
            && apis.contains(RequestLogChain::apiName(r.call));
    };

    if (!QFileInfo::exists(logPath)) {
        report->anchor = RequestLogChain::genesis();
        return true; // no log yet: a report of no calls
    }
    const QString connection = connectionName();
    if (!RequestLogSchema::openConnection(connection, logPath, error))
        return false;
    const auto close = qScopeGuard([&] { RequestLogSchema::closeConnection(connection); });
    const QSqlDatabase db = QSqlDatabase::database(connection, false);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = 'request_log_chain'")) || !q.next()) {
        *error = Text::tr("%1 has no hash chain yet: open it with this version of Region Console first").arg(logPath);
        return false;
    }
    const RequestLogChain::State state = RequestLogChain::state(db);
    report->chainedFrom = state.chainedFrom;
    report->migrated = state.migrated;
    report->chainFirstId = state.firstId;

    // The ids of the range's first and last calls bound the chain segment.
    q.prepare(QStringLiteral("SELECT min(id), max(id) FROM request_log WHERE started_at >= ? AND started_at < ?"));
    q.bindValue(0, scope.from.toMSecsSinceEpoch());
    q.bindValue(1, scope.to.toMSecsSinceEpoch());
    if (!q.exec() || !q.next()) {
        *error = q.lastError().text();
        return false;
    }
    const qint64 firstId = q.value(0).toLongLong();
    const qint64 lastId = q.value(1).toLongLong();
    report->anchor = RequestLogChain::genesis();
    if (firstId == 0)
        return true; // no call in the range: a report that says so
    q.prepare(QStringLiteral("SELECT digest FROM request_log_chain WHERE row_id < ? ORDER BY row_id DESC LIMIT 1"));
    q.bindValue(0, firstId);
    if (q.exec() && q.next())
        report->anchor = q.value(0).toByteArray();

    q.prepare(QStringLiteral("SELECT %1, c.row_id, c.digest, c.pruned FROM request_log_chain c LEFT JOIN request_log"
                             " ON request_log.id = c.row_id WHERE c.row_id >= ? AND c.row_id <= ? ORDER BY c.row_id")
                  .arg(RequestLogSchema::columns(-1)));
    q.bindValue(0, firstId);
    q.bindValue(1, lastId);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    const int chainColumn = q.record().count() - 3;
    QMap<QString, int> routeIndex;
    // The facts of a call in scope, in the log's order.
    const auto gather = [&](const RequestRecord &r, const QJsonObject &answer) {
        ++report->callCount;
        const QString api = RequestLogChain::apiName(r.call);
        ++report->callsByApi[api][regionCode(r.handledByRegion)];
        if (sentOutsideCustomerIo(r))
            ++report->outsideCustomerIo;
        Region account = r.accountRegion != Region::Unknown ? r.accountRegion : byName.value(r.workspace).region;
        // Not known then nor now (a call made with a Site ID alone): a call redirected to another region's host and
        // handled there was accepted by its account's region (Customer.io redirects to it; docs/customerio-api.md).
        if (account == Region::Unknown && r.call != CallKind::Region && r.hops.size() > 1)
            account = r.handledByRegion;
        const auto outside = [account](Region region) {
            return account != Region::Unknown && region != Region::Unknown && region != account;
        };
        if (outside(r.routeRegion) || outside(r.handledByRegion))
            report->transits << crossingOf(r, account);
        if (r.status == 401 && outside(r.handledByRegion))
            report->refusals << crossingOf(r, account);
        if (r.call == CallKind::Region) {
            ResidencyReport::Verification v;
            v.id = r.id;
            v.time = r.startedAt;
            v.workspace = r.workspace;
            v.host = r.handledBy;
            v.outcome = RequestRecord::outcomeName(r.outcome);
            v.region =
                r.succeeded() ? regionFromCode(answer.value(QStringLiteral("region")).toString()) : Region::Unknown;
            v.environmentId = qint64(answer.value(QStringLiteral("environment_id")).toDouble(-1));
            report->verifications << v;
        }
        auto it = routeIndex.find(r.workspace);
        if (it == routeIndex.end()) {
            ResidencyReport::RouteFacts facts;
            facts.workspace = r.workspace;
            facts.route =
                byName.contains(r.workspace) ? routeCode(byName.value(r.workspace).route) : QStringLiteral("unknown");
            it = routeIndex.insert(r.workspace, int(report->routes.size()));
            report->routes << facts;
        }
        ++report->routes[*it].firstHop[regionCode(r.routeRegion)];
    };
    // Rows are read here and turned into their report form a batch at a time on every core (a row's
    // canonical text and HMAC depend on that row alone); the facts are then gathered in order.
    struct Pending
    {
        ResidencyReport::Row row;
        QVariantList values; // the call's columns; empty for a chain row without its call
        RequestRecord record;
        QJsonObject answer; // a region check's answer
        bool inScope = false;
    };
    report->rows.reserve(lastId - firstId + 1);
    const auto read = [&](Pending *p) {
        if (!q.next())
            return false;
        p->row.id = q.value(chainColumn).toLongLong();
        p->row.digest = q.value(chainColumn + 1).toByteArray();
        p->row.pruned = q.value(chainColumn + 2).toBool();
        if (!q.value(0).isNull())
            p->values = RequestLogSchema::rowValues(q);
        return true;
    };
    const auto prepare = [&](Pending &p) {
        if (p.values.isEmpty())
            return;
        p.record = RequestLogSchema::readEntry(p.values).record;
        p.inScope = inScope(p.record);
        if (!p.inScope)
            return;
        p.row.fieldsJson = RequestLogChain::canonicalJson(p.record);
        p.row.pathHmac = hmacHex(key, p.record.path);
        if (p.record.call == CallKind::Region)
            p.answer = QJsonDocument::fromJson(p.record.responseBody).object();
    };
    const auto gatherAll = [&](std::vector<Pending> &batch) {
        for (Pending &p : batch) {
            if (p.inScope)
                gather(p.record, p.answer);
            report->rows << std::move(p.row);
        }
        return true;
    };
    pipelineBatches<Pending>(4096, read, prepare, gatherAll);
    if (q.lastError().isValid()) {
        *error = q.lastError().text();
        return false;
    }
    // The segment runs from the first call in scope to the last (the range's calls of other workspaces or APIs
    // before or after them are left out; the anchor is then the digest just before the first one kept).
    qsizetype first = 0;
    while (first < report->rows.size() && !report->rows.at(first).inScope())
        ++first;
    qsizetype last = report->rows.size() - 1;
    while (last >= first && !report->rows.at(last).inScope())
        --last;
    if (first > 0 && first < report->rows.size())
        report->anchor = report->rows.at(first - 1).digest;
    report->rows = first <= last ? report->rows.mid(first, last - first + 1) : QList<ResidencyReport::Row>();
    std::sort(report->routes.begin(), report->routes.end(),
              [](const ResidencyReport::RouteFacts &a, const ResidencyReport::RouteFacts &b) {
                  return a.workspace < b.workspace;
              });
    return true;
}
