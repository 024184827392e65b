#include "reportjson.h"

#include "jsonduplicates.h"
#include "parallelfor.h"
#include "requestlogchain.h"
#include "requestlogschema.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <vector>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReportJson)
};

QString time(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonValue timeOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(time(t)) : QJsonValue(QJsonValue::Null);
}

QJsonObject crossing(const ResidencyReport::Crossing &c)
{
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("time"), time(c.time)},
            {QStringLiteral("workspace"), c.workspace},
            {QStringLiteral("api"), c.api},
            {QStringLiteral("call"), c.call},
            {QStringLiteral("first_host"), c.firstHost},
            {QStringLiteral("last_host"), c.lastHost},
            {QStringLiteral("account_region"), regionCode(c.accountRegion)},
            {QStringLiteral("status"), c.status}};
}

QJsonObject header(const ResidencyReport &report)
{
    QJsonObject byApi;
    for (auto api = report.callsByApi.cbegin(); api != report.callsByApi.cend(); ++api) {
        QJsonObject regions {{QStringLiteral("us"), 0}, {QStringLiteral("eu"), 0}, {QStringLiteral("unknown"), 0}};
        for (auto region = api->cbegin(); region != api->cend(); ++region)
            regions.insert(region.key(), region.value());
        byApi.insert(api.key(), regions);
    }
    QJsonArray workspaces;
    for (const ResidencyReport::WorkspaceFacts &w : report.workspaces) {
        workspaces.append(QJsonObject {{QStringLiteral("name"), w.name},
                                       {QStringLiteral("site_id"), w.siteId},
                                       {QStringLiteral("account"), w.account},
                                       {QStringLiteral("region"), regionCode(w.region)},
                                       {QStringLiteral("route"), w.route},
                                       {QStringLiteral("environment_id"), w.environmentId},
                                       {QStringLiteral("verified_at"), timeOrNull(w.verifiedAt)},
                                       {QStringLiteral("verified_via"), w.verifiedVia}});
    }
    QJsonArray verifications;
    for (const ResidencyReport::Verification &v : report.verifications) {
        verifications.append(QJsonObject {{QStringLiteral("id"), v.id},
                                          {QStringLiteral("time"), time(v.time)},
                                          {QStringLiteral("workspace"), v.workspace},
                                          {QStringLiteral("host"), v.host},
                                          {QStringLiteral("outcome"), v.outcome},
                                          {QStringLiteral("region"), regionCode(v.region)},
                                          {QStringLiteral("environment_id"), v.environmentId}});
    }
    QJsonArray transits;
    for (const ResidencyReport::Crossing &c : report.transits)
        transits.append(crossing(c));
    QJsonArray refusals;
    for (const ResidencyReport::Crossing &c : report.refusals)
        refusals.append(crossing(c));
    QJsonArray routes;
    for (const ResidencyReport::RouteFacts &r : report.routes) {
        QJsonObject firstHop;
        for (auto it = r.firstHop.cbegin(); it != r.firstHop.cend(); ++it)
            firstHop.insert(it.key(), it.value());
        routes.append(QJsonObject {{QStringLiteral("workspace"), r.workspace},
                                   {QStringLiteral("route"), r.route},
                                   {QStringLiteral("first_hop"), firstHop}});
    }
    const ResidencyReport::Scope &s = report.scope;
    return {
        {QStringLiteral("report"), QStringLiteral("residency")},
        {QStringLiteral("schema_version"), ReportJson::SchemaVersion},
        {QStringLiteral("generated_at"), time(report.generatedAt)},
        {QStringLiteral("generator"), QStringLiteral("Region Console %1").arg(QCoreApplication::applicationVersion())},
        {QStringLiteral("scope"),
         QJsonObject {{QStringLiteral("kind"), ResidencyReport::scopeKindName(s.kind)},
                      {QStringLiteral("name"), s.name},
                      {QStringLiteral("from"), time(s.from)},
                      {QStringLiteral("to"), time(s.to)},
                      {QStringLiteral("apis"), QJsonArray::fromStringList(s.apis)}}},
        {QStringLiteral("identifiers"),
         QJsonObject {{QStringLiteral("path"), QStringLiteral("hmac-sha256")},
                      {QStringLiteral("key_id"), report.keyId},
                      {QStringLiteral("bodies"), QStringLiteral("sha256")}}},
        {QStringLiteral("summary"),
         QJsonObject {{QStringLiteral("calls"), report.callCount},
                      {QStringLiteral("no_calls"), report.callCount == 0},
                      {QStringLiteral("by_api"), byApi},
                      {QStringLiteral("transits"), int(report.transits.size())},
                      {QStringLiteral("refusals"), int(report.refusals.size())},
                      {QStringLiteral("outside_customer_io"), report.outsideCustomerIo}}},
        {QStringLiteral("workspaces"), workspaces},
        {QStringLiteral("verifications"), verifications},
        {QStringLiteral("transits"), transits},
        {QStringLiteral("refusals"), refusals},
        {QStringLiteral("routes"), routes},
        {QStringLiteral("chain"),
         QJsonObject {{QStringLiteral("algorithm"), QStringLiteral("sha256(previous || sha256(canonical(fields)))")},
                      {QStringLiteral("anchor"), QString::fromLatin1(report.anchor.toHex())},
                      {QStringLiteral("head"), report.digestHex()},
                      {QStringLiteral("chained_from"), timeOrNull(report.chainedFrom)},
                      {QStringLiteral("migrated"), report.migrated},
                      {QStringLiteral("first_id"), report.chainFirstId}}},
    };
}

// {"digest","fields","id","path_hmac","pruned"}: built from parts Qt serialised (the fields' canonical JSON) and
// values that need no escaping (hex digits, numbers), in the key order QJsonDocument writes.
QByteArray rowJson(const ResidencyReport::Row &row)
{
    QByteArray line = "{\"digest\":\"" + row.digest.toHex() + '"';
    if (row.inScope())
        line += ",\"fields\":" + row.fieldsJson;
    line += ",\"id\":" + QByteArray::number(row.id);
    if (row.inScope())
        line += ",\"path_hmac\":\"" + row.pathHmac.toLatin1() + '"';
    if (row.pruned)
        line += ",\"pruned\":true";
    return line + '}';
}

bool isHexDigest(const QJsonValue &v)
{
    const QString s = v.toString();
    if (s.size() != 64)
        return false;
    for (QChar c : s) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

// One row of a report being verified: what its own checks need, computed on any thread.
struct RowCheck
{
    QJsonObject row; // in, unless line is set; emptied by checkRow()
    QByteArrayView line; // in: the row's line of the report as write() lays it out (without its comma)
    // The line holds no key twice and its fields' text, part of the line, is canonical if the leaf links (see
    // checkRow()). Only with line.
    bool lineOk = false;
    bool shaped = false; // a positive id and a 64-hex-digit digest
    qint64 id = 0;
    QByteArray digest; // raw
    bool hasFields = false;
    qint64 fieldsId = 0;
    QByteArrayView canonical; // the fields' canonical text: into the report's text, or into canonicalText
    QByteArray canonicalText;
    QByteArray leaf; // SHA-256 of canonical
};

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// Without line: the row's fields written as Qt writes them (canonical()), and their leaf. With line (a report
// laid out as write() lays it out), without writing the fields again: the line is parsed by Qt, and must be
// what Qt writes for its other members with the fields' text between them. The leaf is the hash of that text as
// it stands; if it links into the chain, that text is the one committed, i.e. canonical() of the fields (and
// holds no key twice). If it does not, the whole report is checked the other way.
void checkRow(RowCheck *c)
{
    // What the checks after this one need is kept apart; the parsed row goes at once, on this thread (a report's
    // rows parsed all at once would hold hundreds of megabytes).
    const auto drop = qScopeGuard([c] { c->row = QJsonObject(); });
    if (!c->line.isEmpty()) {
        QJsonParseError error;
        c->row = QJsonDocument::fromJson(QByteArray::fromRawData(c->line.data(), c->line.size()), &error).object();
        if (error.error != QJsonParseError::NoError)
            return;
    }
    c->id = qint64(c->row.value(QStringLiteral("id")).toDouble());
    const QJsonValue digest = c->row.value(QStringLiteral("digest"));
    c->shaped = c->id > 0 && isHexDigest(digest);
    if (!c->shaped)
        return;
    c->digest = QByteArray::fromHex(digest.toString().toLatin1());
    c->hasFields = c->row.contains(QStringLiteral("fields"));
    QJsonObject fields;
    if (c->hasFields) {
        fields = c->row.value(QStringLiteral("fields")).toObject();
        c->fieldsId = qint64(fields.value(QStringLiteral("id")).toDouble());
    }
    if (c->line.isEmpty()) {
        if (c->hasFields) {
            c->canonicalText = compact(fields);
            c->canonical = c->canonicalText;
            c->leaf = RequestLogChain::leafOfCanonical(c->canonical);
        }
        return;
    }
    // {"digest":"…","fields":{…},"id":…,"path_hmac":"…","pruned":…}: keys after "digest" sort after "fields".
    static const QStringList written = {QStringLiteral("digest"), QStringLiteral("fields"), QStringLiteral("id"),
                                        QStringLiteral("path_hmac"), QStringLiteral("pruned")};
    const QStringList keys = c->row.keys();
    if (!std::all_of(keys.cbegin(), keys.cend(), [](const QString &k) { return written.contains(k); }))
        return;
    QJsonObject rest = c->row;
    rest.remove(QStringLiteral("fields"));
    const QByteArray restText = compact(rest);
    if (!c->hasFields) {
        c->lineOk = restText == c->line;
        return;
    }
    constexpr qsizetype DigestMember = 11 + 64 + 1; // {"digest":"<64 hex digits>"
    const QByteArray before = restText.left(DigestMember) + ",\"fields\":";
    const QByteArrayView after = QByteArrayView(restText).sliced(DigestMember);
    if (c->line.size() <= before.size() + after.size() || !c->line.startsWith(before) || !c->line.endsWith(after))
        return;
    c->canonical = c->line.sliced(before.size(), c->line.size() - before.size() - after.size());
    c->leaf = RequestLogChain::leafOfCanonical(c->canonical);
    c->lineOk = true;
}

// The report's text cut as write() lays it out: the text around the rows (with "rows": []), and each row's line.
// Nothing when it is laid out otherwise.
struct Layout
{
    QByteArray around;
    std::vector<QByteArrayView> lines;
};

std::optional<Layout> cutRows(const QByteArray &json)
{
    static const QByteArray opening = "\n    \"rows\": [\n";
    static const QByteArray closing = "\n    ]\n}";
    const qsizetype open = json.indexOf(opening);
    const qsizetype close = json.lastIndexOf(closing);
    if (open < 0 || close < open || !QByteArrayView(json).sliced(close + closing.size()).trimmed().isEmpty())
        return std::nullopt;
    Layout layout;
    layout.around = json.left(open + 1) + "    \"rows\": []\n}\n";
    qsizetype at = open + opening.size();
    while (at <= close) {
        const qsizetype end = json.indexOf('\n', at);
        QByteArrayView line = QByteArrayView(json).sliced(at, end - at);
        if (end < close) {
            if (!line.endsWith(','))
                return std::nullopt;
            line.chop(1);
        }
        if (line.isEmpty())
            return std::nullopt;
        layout.lines.push_back(line);
        at = end + 1;
    }
    return layout;
}

} // namespace

namespace ReportJson {

bool write(const ResidencyReport &report, QIODevice *device, QString *error)
{
    QByteArray head = QJsonDocument(header(report)).toJson(QJsonDocument::Indented);
    head.chop(2); // "}\n": the rows follow
    QByteArray out = head + ",\n    \"rows\": [\n";
    for (qsizetype i = 0; i < report.rows.size(); ++i) {
        out += rowJson(report.rows.at(i));
        out += i + 1 < report.rows.size() ? ",\n" : "\n";
        if (out.size() > (1 << 20)) {
            if (device->write(out) != out.size()) {
                *error = device->errorString();
                return false;
            }
            out.clear();
        }
    }
    out += "    ]\n}\n";
    if (device->write(out) != out.size()) {
        *error = device->errorString();
        return false;
    }
    return true;
}

Verification verify(const QByteArray &json, const QString &logPath)
{
    Verification v;
    const auto invalid = [&v](const QString &message) {
        v.status = Verification::Status::Invalid;
        v.message = message;
        return v;
    };
    const auto duplicate = [&invalid](const DuplicateJsonKey &twice) {
        return invalid(Text::tr("\"%1\" appears twice in one object (again at line %2, column %3)")
                           .arg(twice.key)
                           .arg(twice.line)
                           .arg(twice.column));
    };
    const auto broken = [&v](qint64 id, const QString &message) {
        v.status = Verification::Status::Broken;
        v.brokenId = id;
        v.message = message;
        return v;
    };
    // Each row's own checks and its leaf are computed on every core (they depend on the row alone). A report laid
    // out as write() lays it out is first parsed a row at a time (checkRow()), on every core too; should that
    // not settle it, the whole text is parsed at once and checked for keys given twice.
    QJsonObject root;
    std::vector<RowCheck> checks;
    bool rowByRow = false;
    if (std::optional<Layout> layout = cutRows(json)) {
        QJsonParseError error;
        root = QJsonDocument::fromJson(layout->around, &error).object();
        if (error.error == QJsonParseError::NoError && !firstDuplicateJsonKey(layout->around)) {
            checks.resize(layout->lines.size());
            for (size_t i = 0; i < checks.size(); ++i)
                checks[i].line = layout->lines[i];
            parallelFor(qsizetype(checks.size()), [&checks](qsizetype i) { checkRow(&checks[size_t(i)]); });
            rowByRow = std::all_of(checks.cbegin(), checks.cend(), [](const RowCheck &c) { return c.lineOk; });
        }
    }
    const auto wholeText = [&]() -> std::optional<Verification> {
        rowByRow = false;
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return invalid(Text::tr("not JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset));
        // QJsonDocument keeps the last of two equal keys; another reader may show the first. A report whose rows
        // say two things is not accepted, whichever one the chain covers.
        if (const std::optional<DuplicateJsonKey> twice = firstDuplicateJsonKey(json))
            return duplicate(*twice);
        root = doc.object();
        const QJsonArray rows = root.value(QStringLiteral("rows")).toArray();
        checks = std::vector<RowCheck>(size_t(rows.size()));
        for (qsizetype i = 0; i < rows.size(); ++i)
            checks[size_t(i)].row = rows.at(i).toObject();
        parallelFor(rows.size(), [&checks](qsizetype i) { checkRow(&checks[size_t(i)]); });
        return std::nullopt;
    };
    if (!rowByRow) {
        if (std::optional<Verification> failed = wholeText())
            return *failed;
    }
    if (root.value(QStringLiteral("report")).toString() != QStringLiteral("residency"))
        return invalid(Text::tr("\"report\": not a residency report"));
    if (root.value(QStringLiteral("schema_version")).toInt() != SchemaVersion)
        return invalid(Text::tr("\"schema_version\": expected %1").arg(SchemaVersion));
    const QJsonObject chain = root.value(QStringLiteral("chain")).toObject();
    if (!isHexDigest(chain.value(QStringLiteral("anchor"))))
        return invalid(Text::tr("\"chain.anchor\": expected 64 hex digits"));
    if (!isHexDigest(chain.value(QStringLiteral("head"))))
        return invalid(Text::tr("\"chain.head\": expected 64 hex digits"));
    if (!root.value(QStringLiteral("rows")).isArray())
        return invalid(Text::tr("\"rows\": expected an array"));

    const QByteArray anchor = QByteArray::fromHex(chain.value(QStringLiteral("anchor")).toString().toLatin1());
    QByteArray previous;
    QList<std::pair<qint64, QByteArray>> digests;
    qint64 lastId = 0;
    // Empty when the chain holds; a row read row by row whose leaf does not link asks for the other way.
    const auto link = [&]() -> std::optional<Verification> {
        previous = anchor;
        digests.clear();
        digests.reserve(qsizetype(checks.size()));
        lastId = 0;
        v.rows = 0;
        v.calls = 0;
        for (const RowCheck &row : checks) {
            const qint64 id = row.id;
            if (!row.shaped)
                return invalid(Text::tr("\"rows[%1]\": expected an id and a 64-hex-digit digest").arg(v.rows));
            ++v.rows;
            if (id <= lastId)
                return broken(id, Text::tr("row %1 is out of order (after row %2)").arg(id).arg(lastId));
            lastId = id;
            if (row.hasFields) {
                ++v.calls;
                if (row.fieldsId != id)
                    return broken(id, Text::tr("row %1: its fields carry another id").arg(id));
                if (RequestLogChain::link(previous, row.leaf) != row.digest) {
                    if (rowByRow)
                        return Verification(); // inconclusive: its text may be valid but not canonical
                    return broken(id,
                                  Text::tr("row %1 breaks the chain: it was changed, or a row before it was removed or "
                                           "moved")
                                      .arg(id));
                }
            }
            digests.append({id, row.digest});
            previous = row.digest;
        }
        return std::nullopt;
    };
    std::optional<Verification> failed = link();
    if (failed && rowByRow) {
        if (std::optional<Verification> notJson = wholeText())
            return *notJson;
        failed = link();
    }
    if (failed)
        return *failed;
    v.head = QString::fromLatin1(previous.toHex());
    if (v.head != chain.value(QStringLiteral("head")).toString())
        return broken(lastId,
                      Text::tr("row %1 is the last row, but the report's digest (chain.head) is not its digest: "
                               "rows were removed at the end")
                          .arg(lastId));
    v.status = Verification::Status::Verified;

    // The log that made the report, when present.
    if (logPath.isEmpty() || !QFileInfo::exists(logPath)) {
        v.logNote = Text::tr("no request log at %1: only the report's own chain was checked").arg(logPath);
        return v;
    }
    const QString connection = QStringLiteral("report-verify");
    QString error;
    if (!RequestLogSchema::openConnection(connection, logPath, &error)) {
        v.logNote =
            Text::tr("the request log cannot be opened (%1): only the report's own chain was checked").arg(error);
        return v;
    }
    const auto close = qScopeGuard([&] { RequestLogSchema::closeConnection(connection); });
    const QSqlDatabase db = QSqlDatabase::database(connection, false);
    const RequestLogChain::State state = RequestLogChain::state(db);
    if (!state.chainedFrom.isValid()
        || state.chainedFrom.toString(Qt::ISODateWithMs) != chain.value(QStringLiteral("chained_from")).toString()) {
        v.logNote = Text::tr("the request log here did not make this report: only the report's own chain was checked");
        return v;
    }
    if (digests.isEmpty()) {
        v.logChecked = true;
        return v;
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT row_id, digest FROM request_log_chain WHERE row_id >= ? AND row_id <= ? ORDER BY "
                             "row_id"));
    q.bindValue(0, digests.constFirst().first);
    q.bindValue(1, digests.constLast().first);
    if (!q.exec())
        return broken(0, Text::tr("the request log cannot be read: %1").arg(q.lastError().text()));
    qsizetype i = 0;
    bool more = q.next();
    if (more) {
        // Rows older than every chain row left were removed by retention since the report was made.
        while (i < digests.size() && digests.at(i).first < q.value(0).toLongLong())
            ++i;
        if (i > 0)
            v.logNote =
                Text::tr("%n of the report's first rows are no longer in the request log (retention)", nullptr, int(i));
    }
    for (; more && i < digests.size(); more = q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (id < digests.at(i).first)
            return broken(id, Text::tr("row %1 of the log is missing from the report").arg(id));
        if (id > digests.at(i).first)
            break;
        if (q.value(1).toByteArray() != digests.at(i).second)
            return broken(id, Text::tr("row %1 differs from the request log's chain").arg(id));
        ++i;
    }
    if (i < digests.size())
        return broken(digests.at(i).first, Text::tr("row %1 is no longer in the request log").arg(digests.at(i).first));
    q.finish();
    // The log's rows whose canonical text is the report's take the leaf already computed from it.
    QList<RequestLogChain::KnownLeaf> known;
    known.reserve(v.calls);
    for (const RowCheck &row : checks) {
        if (row.hasFields)
            known.append({row.id, row.canonical, row.leaf});
    }
    const RequestLogChain::Check check =
        RequestLogChain::verify(db, digests.constFirst().first, digests.constLast().first, known);
    if (!check.ok)
        return broken(check.brokenId, Text::tr("the request log no longer matches the report: %1").arg(check.reason));
    v.logChecked = true;
    return v;
}

} // namespace ReportJson
