#include "reporthtml.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReportHtml)
};

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString time(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")) : QStringLiteral("—");
}

// In tables, whose header says "UTC".
QString cellTime(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QStringLiteral("—");
}

QString regionName(Region region)
{
    return region == Region::Unknown ? Text::tr("unknown") : regionCode(region).toUpper();
}

QString regionName(const QString &code)
{
    return regionName(regionFromCode(code));
}

QString table(const QStringList &headers, const QList<QStringList> &rows, const QString &empty)
{
    if (rows.isEmpty())
        return QStringLiteral("<p><i>%1</i></p>").arg(esc(empty));
    QString h = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><thead><tr>");
    for (const QString &header : headers)
        h += QStringLiteral("<th bgcolor=\"#e8e8e8\" align=\"left\">%1</th>").arg(esc(header));
    h += QStringLiteral("</tr></thead>");
    for (const QStringList &row : rows) {
        h += QStringLiteral("<tr>");
        for (const QString &cell : row)
            h += QStringLiteral("<td>%1</td>").arg(esc(cell));
        h += QStringLiteral("</tr>");
    }
    return h + QStringLiteral("</table>");
}

QString scopeText(const ResidencyReport::Scope &s)
{
    switch (s.kind) {
    case ResidencyReport::ScopeKind::Workspace:
        return Text::tr("workspace %1").arg(s.name);
    case ResidencyReport::ScopeKind::Account:
        return Text::tr("account %1 (all its workspaces)").arg(s.name);
    case ResidencyReport::ScopeKind::All:
        break;
    }
    return Text::tr("every workspace");
}

QList<QStringList> crossings(const QList<ResidencyReport::Crossing> &list)
{
    QList<QStringList> rows;
    for (const ResidencyReport::Crossing &c : list) {
        rows << QStringList {cellTime(c.time),
                             c.workspace,
                             c.api,
                             c.call,
                             c.firstHost,
                             c.lastHost,
                             regionName(c.accountRegion),
                             c.status ? QString::number(c.status) : QStringLiteral("—")};
    }
    return rows;
}

} // namespace

namespace ReportHtml {

QString html(const ResidencyReport &r, const Options &options)
{
    QString h = QStringLiteral("<html><head><meta charset=\"utf-8\"><title>%1</title></head><body>")
                    .arg(esc(Text::tr("Residency evidence report")));
    // Title page.
    h += QStringLiteral("<h1>%1</h1>").arg(esc(Text::tr("Residency evidence report")));
    const QList<QStringList> title = {
        {Text::tr("Scope"), scopeText(r.scope)},
        {Text::tr("APIs"), r.scope.apis.join(QStringLiteral(", "))},
        {Text::tr("Range"), Text::tr("%1 to %2 (end excluded)").arg(time(r.scope.from), time(r.scope.to))},
        {Text::tr("Generated"), time(r.generatedAt)},
        {Text::tr("Calls in scope"), QString::number(r.callCount)},
        {Text::tr("Digest (SHA-256 chain head)"), r.digestHex()},
        {Text::tr("Chain anchor"), QString::fromLatin1(r.anchor.toHex())},
        {Text::tr("Log chained from"),
         r.migrated ? Text::tr("%1 (calls stored before then were chained at that moment)").arg(time(r.chainedFrom))
                    : time(r.chainedFrom)},
        {Text::tr("Identifier key"), Text::tr("HMAC-SHA-256, key %1").arg(r.keyId)},
    };
    h += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"4\">");
    for (const QStringList &row : title)
        h += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(esc(row.at(0)), esc(row.at(1)));
    h += QStringLiteral("</table>");
    h +=
        QStringLiteral("<p>%1</p>")
            .arg(esc(Text::tr("This report states what Region Console recorded about each call: which hosts handled it "
                              "and in which region. It is not a legal assessment. People's identifiers appear only as "
                              "keyed hashes (HMAC-SHA-256), request and response bodies only as SHA-256. "
                              "Verify the JSON form with: cio-console report verify FILE")));
    h += options.pageBreaks ? QStringLiteral("<p style=\"page-break-after: always\"></p>") : QStringLiteral("<hr/>");

    // Summary.
    h += QStringLiteral("<h2>%1</h2>").arg(esc(Text::tr("Summary")));
    if (r.callCount == 0)
        h += QStringLiteral("<p><b>%1</b></p>")
                 .arg(esc(Text::tr("No calls were recorded for this scope in this range.")));
    QList<QStringList> byApi;
    for (auto api = r.callsByApi.cbegin(); api != r.callsByApi.cend(); ++api) {
        byApi << QStringList {api.key(), QString::number(api->value(QStringLiteral("us"))),
                              QString::number(api->value(QStringLiteral("eu"))),
                              QString::number(api->value(QStringLiteral("unknown")))};
    }
    h += QStringLiteral("<h3>%1</h3>").arg(esc(Text::tr("Calls by the region of the host that handled them")));
    h += table({Text::tr("API"), Text::tr("US host"), Text::tr("EU host"), Text::tr("No host answered")}, byApi,
               Text::tr("No calls."));
    h += QStringLiteral("<p>%1<br/>%2</p>")
             .arg(esc(Text::tr("%n call(s) passed through a host outside the account's region.", nullptr,
                               int(r.transits.size()))),
                  esc(Text::tr("%n call(s) were refused by the host of the other region.", nullptr,
                               int(r.refusals.size()))));
    if (r.outsideCustomerIo > 0) {
        h += QStringLiteral("<p><b>%1</b></p>")
                 .arg(esc(Text::tr("%n call(s) went to a host that is not Customer.io's (the built-in sandbox, or "
                                   "another endpoint table); they are counted above by the region the console's "
                                   "endpoint table gave that host.",
                                   nullptr, r.outsideCustomerIo)));
    }

    h += QStringLiteral("<h2>%1</h2>").arg(esc(Text::tr("Workspaces and their region")));
    QList<QStringList> workspaces;
    for (const ResidencyReport::WorkspaceFacts &w : r.workspaces) {
        workspaces << QStringList {w.name,
                                   w.siteId,
                                   w.account.isEmpty() ? QStringLiteral("—") : w.account,
                                   regionName(w.region),
                                   w.environmentId >= 0 ? QString::number(w.environmentId) : QStringLiteral("—"),
                                   time(w.verifiedAt),
                                   w.verifiedVia.isEmpty() ? QStringLiteral("—") : w.verifiedVia};
    }
    h += table({Text::tr("Workspace"), Text::tr("Site ID"), Text::tr("Account"), Text::tr("Region"),
                Text::tr("Workspace ID"), Text::tr("Last verified"), Text::tr("Through")},
               workspaces, Text::tr("No configured workspace in this scope."));

    h += QStringLiteral("<h2>%1</h2>").arg(esc(Text::tr("Region verifications in the range")));
    QList<QStringList> verifications;
    for (const ResidencyReport::Verification &v : r.verifications) {
        verifications << QStringList {cellTime(v.time),
                                      v.workspace,
                                      v.host,
                                      regionName(v.region),
                                      v.environmentId >= 0 ? QString::number(v.environmentId) : QStringLiteral("—"),
                                      v.outcome};
    }
    h += table({Text::tr("Time (UTC)"), Text::tr("Workspace"), Text::tr("Through host"), Text::tr("Region answered"),
                Text::tr("Workspace ID"), Text::tr("Outcome")},
               verifications, Text::tr("No region verification in this range."));

    const QStringList crossingHeaders = {Text::tr("Time (UTC)"),     Text::tr("Workspace"),  Text::tr("API"),
                                         Text::tr("Call"),           Text::tr("First host"), Text::tr("Last host"),
                                         Text::tr("Account region"), Text::tr("Status")};
    h += QStringLiteral("<h2>%1</h2>").arg(esc(Text::tr("Calls through a host outside the account's region")));
    h += table(crossingHeaders, crossings(r.transits), Text::tr("None."));
    h += QStringLiteral("<h2>%1</h2>").arg(esc(Text::tr("Calls refused for the wrong region")));
    h += table(crossingHeaders, crossings(r.refusals), Text::tr("None."));

    h += QStringLiteral("<h2>%1</h2>").arg(esc(Text::tr("Routes")));
    h +=
        QStringLiteral("<p>%1</p>")
            .arg(esc(Text::tr("The route setting is the workspace's as configured when the report was made; the counts "
                              "are where each call of the range was first sent.")));
    QList<QStringList> routes;
    for (const ResidencyReport::RouteFacts &rf : r.routes) {
        routes << QStringList {rf.workspace, rf.route, QString::number(rf.firstHop.value(QStringLiteral("us"))),
                               QString::number(rf.firstHop.value(QStringLiteral("eu")))};
    }
    h += table(
        {Text::tr("Workspace"), Text::tr("Route setting"), Text::tr("First sent to US"), Text::tr("First sent to EU")},
        routes, Text::tr("No calls."));

    // In the PDF the calls' table starts on a page of its own (its header then repeats on each page).
    h += QStringLiteral("<h2%1>%2</h2>")
             .arg(options.pageBreaks ? QStringLiteral(" style=\"page-break-before: always\"") : QString(),
                  esc(Text::tr("Calls")));
    QList<QStringList> calls;
    int shown = 0;
    for (const ResidencyReport::Row &row : r.rows) {
        if (!row.inScope())
            continue;
        if (options.maxRows >= 0 && shown >= options.maxRows)
            break;
        ++shown;
        const QJsonObject f = row.fields();
        QStringList hosts;
        for (const QJsonValue &hop : f.value(QStringLiteral("hops")).toArray()) {
            const QJsonObject o = hop.toObject();
            hosts << QStringLiteral("%1 (%2)").arg(QUrl(o.value(QStringLiteral("host")).toString()).authority(),
                                                   QString::number(o.value(QStringLiteral("status")).toInt()));
        }
        const QDateTime at = QDateTime::fromString(f.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
        calls << QStringList {QString::number(row.id),
                              cellTime(at),
                              f.value(QStringLiteral("workspace")).toString(),
                              f.value(QStringLiteral("api")).toString(),
                              f.value(QStringLiteral("call")).toString(),
                              f.value(QStringLiteral("method")).toString(),
                              hosts.join(QStringLiteral(" → ")),
                              regionName(f.value(QStringLiteral("handled_by_region")).toString()),
                              QStringLiteral("%1 %2").arg(QString::number(f.value(QStringLiteral("status")).toInt()),
                                                          f.value(QStringLiteral("outcome")).toString())};
    }
    h += table({Text::tr("#"), Text::tr("Time (UTC)"), Text::tr("Workspace"), Text::tr("API"), Text::tr("Call"),
                Text::tr("Method"), Text::tr("Host chain (status)"), Text::tr("Handled in"), Text::tr("Status")},
               calls, Text::tr("No calls."));
    if (options.maxRows >= 0 && r.callCount > shown)
        h += QStringLiteral("<p><i>%1</i></p>")
                 .arg(esc(Text::tr("%n more call(s) in the saved report.", nullptr, r.callCount - shown)));
    return h + QStringLiteral("</body></html>");
}

} // namespace ReportHtml
