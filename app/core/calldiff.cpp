#include "calldiff.h"

#include "outsidetext.h"
#include "requestinspection.h"

#include <QCoreApplication>
#include <QSet>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CallDiff)
};

void add(QList<DiffRow> &rows, const QString &section, const QString &field, const QString &left, const QString &right)
{
    rows.append({section, field, left, right, left != right});
}

// Header fields of both sides by name (case-insensitive), in the order they first appear.
void compareHeaders(QList<DiffRow> &rows, const QString &section, const HeaderList &left, const HeaderList &right,
                    const QString &leftAuth, const QString &rightAuth)
{
    QStringList names;
    QSet<QString> seen;
    for (const HeaderList *list : {&left, &right}) {
        for (const auto &field : *list) {
            if (!seen.contains(field.first.toLower())) {
                seen.insert(field.first.toLower());
                names << field.first;
            }
        }
    }
    for (const QString &name : std::as_const(names)) {
        const bool auth = name.compare(u"authorization", Qt::CaseInsensitive) == 0;
        QString l = Hop::headerValue(left, name);
        QString r = Hop::headerValue(right, name);
        if (auth) { // only ever masked
            l = l.isNull() ? l : leftAuth;
            r = r.isNull() ? r : rightAuth;
        }
        add(rows, section, name, l.isNull() ? Text::tr("(absent)") : l, r.isNull() ? Text::tr("(absent)") : r);
    }
}

// Line by line, aligned on the longest common subsequence of lines.
void compareBodies(QList<DiffRow> &rows, const QString &section, const QByteArray &left, const QByteArray &right)
{
    if (left.isEmpty() && right.isEmpty())
        return;
    QStringList a = RequestInspection::prettyBody(left).split(u'\n');
    QStringList b = RequestInspection::prettyBody(right).split(u'\n');
    const qsizetype cutA = qMax<qsizetype>(0, a.size() - CallDiff::MaxBodyLines);
    const qsizetype cutB = qMax<qsizetype>(0, b.size() - CallDiff::MaxBodyLines);
    a = a.mid(0, CallDiff::MaxBodyLines);
    b = b.mid(0, CallDiff::MaxBodyLines);
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    // lcs[i][j]: the longest common run of lines of a[i..] and b[j..].
    QList<QList<int>> lcs(n + 1, QList<int>(m + 1, 0));
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[i][j] = a.at(i) == b.at(j) ? lcs[i + 1][j + 1] + 1 : qMax(lcs[i + 1][j], lcs[i][j + 1]);
    qsizetype i = 0;
    qsizetype j = 0;
    // Each row is named by its line numbers on the left and on the right ("3 / 4"; one number when they are
    // the same, "–" for the side that does not have the line).
    const auto lines = [](qsizetype left, qsizetype right) {
        const QString l = left < 0 ? QStringLiteral("–") : QString::number(left + 1);
        const QString r = right < 0 ? QStringLiteral("–") : QString::number(right + 1);
        return l == r ? l : l + QStringLiteral(" / ") + r;
    };
    while (i < n || j < m) {
        if (i < n && j < m && a.at(i) == b.at(j)) {
            add(rows, section, lines(i, j), a.at(i), b.at(j));
            ++i;
            ++j;
        } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
            rows.append({section, lines(-1, j), QString(), b.at(j), true});
            ++j;
        } else {
            rows.append({section, lines(i, -1), a.at(i), QString(), true});
            ++i;
        }
    }
    if (cutA > 0 || cutB > 0)
        add(rows, section, QStringLiteral("…"), Text::tr("%1 more lines not compared").arg(cutA),
            Text::tr("%1 more lines not compared").arg(cutB));
}
} // namespace

namespace CallDiff {

QList<DiffRow> compare(const RequestRecord &l, const RequestRecord &r)
{
    QList<DiffRow> rows;
    const QString request = Text::tr("Request");
    add(rows, request, Text::tr("call"), QString::number(l.id), QString::number(r.id));
    rows.last().differs = false; // two calls always have two ids
    add(rows, request, Text::tr("workspace"), l.workspace, r.workspace);
    add(rows, request, Text::tr("Site ID"), l.siteId, r.siteId);
    add(rows, request, Text::tr("call kind"), callName(l.call), callName(r.call));
    add(rows, request, Text::tr("method"), l.method, r.method);
    add(rows, request, Text::tr("path"), l.path, r.path);
    add(rows, request, Text::tr("route"), regionCode(l.routeRegion), regionCode(r.routeRegion));
    add(rows, request, Text::tr("Authorization"), maskedAuthorization(l), maskedAuthorization(r));
    if (!l.source.isEmpty() || !r.source.isEmpty())
        add(rows, request, Text::tr("source"), l.source, r.source);

    const QString outcome = Text::tr("Outcome");
    add(rows, outcome, Text::tr("outcome"), RequestRecord::outcomeName(l.outcome),
        RequestRecord::outcomeName(r.outcome));
    add(rows, outcome, Text::tr("status"), QString::number(l.status), QString::number(r.status));
    add(rows, outcome, Text::tr("handled by"), l.handledBy, r.handledBy);
    add(rows, outcome, Text::tr("region"), regionCode(l.handledByRegion), regionCode(r.handledByRegion));
    add(rows, outcome, Text::tr("hops"), QString::number(l.hops.size()), QString::number(r.hops.size()));
    add(rows, outcome, Text::tr("error"), l.error, r.error);
    add(rows, outcome, Text::tr("warnings"), l.warnings.join(u'\n'), r.warnings.join(u'\n'));
    add(rows, outcome, Text::tr("duration"), RequestInspection::durationText(l.durationMs),
        RequestInspection::durationText(r.durationMs));
    rows.last().differs = false; // timing always differs; shown, not marked

    const QString lAuth = maskedAuthorization(l);
    const QString rAuth = maskedAuthorization(r);
    const qsizetype hops = qMax(l.hops.size(), r.hops.size());
    for (qsizetype i = 0; i < hops; ++i) {
        const Hop none;
        const Hop &a = i < l.hops.size() ? l.hops.at(i) : none;
        const Hop &b = i < r.hops.size() ? r.hops.at(i) : none;
        const QString section = Text::tr("Hop %1").arg(i + 1);
        add(rows, section, Text::tr("URL"), a.url.toDisplayString(), b.url.toDisplayString());
        add(rows, section, Text::tr("status"), QString::number(a.status), QString::number(b.status));
        add(rows, section, Text::tr("duration"), RequestInspection::durationText(a.durationMs),
            RequestInspection::durationText(b.durationMs));
        rows.last().differs = false;
        if (!a.error.isEmpty() || !b.error.isEmpty())
            add(rows, section, Text::tr("error"), a.error, b.error);
        compareHeaders(rows, Text::tr("Hop %1 request headers").arg(i + 1), a.requestHeaders, b.requestHeaders, lAuth,
                       rAuth);
        compareHeaders(rows, Text::tr("Hop %1 response headers").arg(i + 1), a.responseHeaders, b.responseHeaders,
                       lAuth, rAuth);
        if (i + 1 < l.hops.size() || i + 1 < r.hops.size()) {
            compareBodies(rows, Text::tr("Hop %1 response body").arg(i + 1),
                          i + 1 < l.hops.size() ? a.responseBody : QByteArray(),
                          i + 1 < r.hops.size() ? b.responseBody : QByteArray());
        }
    }
    compareBodies(rows, Text::tr("Request body"), l.requestBody, r.requestBody);
    compareBodies(rows, Text::tr("Response body"), l.responseBody, r.responseBody);
    return rows;
}

int differences(const QList<DiffRow> &rows)
{
    return int(std::count_if(rows.cbegin(), rows.cend(), [](const DiffRow &row) { return row.differs; }));
}

QString plainText(const RequestRecord &l, const RequestRecord &r, const QList<DiffRow> &rows)
{
    QStringList out;
    out << Text::tr("Call #%1 (left) and call #%2 (right): %n difference(s)", nullptr, differences(rows))
               .arg(l.id)
               .arg(r.id);
    QString section;
    for (const DiffRow &row : rows) {
        if (row.section != section) {
            section = row.section;
            out << QString() << section;
        }
        const QString mark = row.differs ? QStringLiteral("≠ ") : QStringLiteral("  ");
        if (row.left == row.right)
            out << mark + row.field + QStringLiteral(": ") + row.left;
        else
            out << mark + row.field + QStringLiteral(": ") + row.left + QStringLiteral("  |  ") + row.right;
    }
    return OutsideText::displayText(out.join(u'\n')) + u'\n';
}

} // namespace CallDiff
