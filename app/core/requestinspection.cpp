#include "requestinspection.h"

#include "outsidetext.h"
#include "requestlogcells.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QTimeZone>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RequestInspection)
};

QString bodySize(const QByteArray &body)
{
    return QLocale().formattedDataSize(body.size(), 1, QLocale::DataSizeTraditionalFormat);
}

QString headerLines(const HeaderList &headers, const QString &authorization)
{
    QStringList lines;
    for (const auto &field : headers) {
        // Rebuilt, never copied: no key can pass.
        const bool auth = field.first.compare(u"authorization", Qt::CaseInsensitive) == 0;
        lines << field.first + QStringLiteral(": ") + OutsideText::inertLine(auth ? authorization : field.second);
    }
    return lines.join(u'\n');
}

QString hopLine(const RequestRecord &r, int i)
{
    const Hop &hop = r.hops.at(i);
    const bool waiting = r.outcome == RequestRecord::Outcome::Pending && hop.status == 0 && hop.error.isEmpty();
    const QString answer = hop.status ? QString::number(hop.status)
        : waiting                     ? Text::tr("waiting for host…")
                                      : Text::tr("no answer");
    // One arg() call: the URL may hold "%2F" and the like, which a further arg() would replace.
    QString line = QStringLiteral("%1. %2 %3\n   → %4 · %5 ms · %6")
                       .arg(QString::number(i + 1), r.method, hop.url.toDisplayString(), answer,
                            waiting ? QStringLiteral("…") : QString::number(hop.durationMs),
                            hop.credentialsSent ? Text::tr("credentials sent") : Text::tr("no credentials sent"));
    QStringList timing;
    if (hop.connectMs >= 0)
        timing << Text::tr("connect %1 ms").arg(hop.connectMs);
    else if (hop.firstByteMs >= 0)
        timing << Text::tr("connection reused");
    if (hop.firstByteMs >= 0)
        timing << Text::tr("first byte %1 ms").arg(hop.firstByteMs);
    if (!timing.isEmpty() && !waiting)
        timing << Text::tr("last byte %1 ms").arg(hop.durationMs);
    if (!timing.isEmpty())
        line += QStringLiteral("\n   ") + timing.join(QStringLiteral(" · "));
    if (!hop.error.isEmpty())
        line += u'\n' + Text::tr("   error: %1").arg(hop.error);
    return line;
}
} // namespace

namespace RequestInspection {

QString fullTime(const QDateTime &at)
{
    const QDateTime local = at.toLocalTime();
    const int offset = local.offsetFromUtc();
    const QString sign = offset < 0 ? QStringLiteral("−") : QStringLiteral("+");
    const int minutes = qAbs(offset) / 60;
    return QStringLiteral("%1 (UTC%2%3:%4)")
        .arg(local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")), sign,
             QString::number(minutes / 60).rightJustified(2, u'0'),
             QString::number(minutes % 60).rightJustified(2, u'0'));
}

QString prettyBody(const QByteArray &body, qsizetype maxBytes)
{
    if (body.isEmpty())
        return Text::tr("(empty)");
    const QByteArray shown = body.left(maxBytes);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(shown, &error);
    QString text = error.error == QJsonParseError::NoError && !doc.isNull()
        ? QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed()
        : QString::fromUtf8(shown);
    if (body.size() > maxBytes)
        text += u'\n' + Text::tr("… %1 more bytes not shown").arg(body.size() - maxBytes);
    return OutsideText::displayText(text);
}

namespace {
// The outcome in words (the log's exports and --json keep RequestRecord::outcomeName()).
QString outcomeText(RequestRecord::Outcome outcome)
{
    switch (outcome) {
    case RequestRecord::Outcome::Pending:
        return Text::tr("waiting");
    case RequestRecord::Outcome::Success:
        return Text::tr("succeeded");
    case RequestRecord::Outcome::HttpError:
        return Text::tr("HTTP error");
    case RequestRecord::Outcome::NetworkError:
        return Text::tr("network error");
    case RequestRecord::Outcome::TimedOut:
        return Text::tr("timed out");
    case RequestRecord::Outcome::RedirectRefused:
        return Text::tr("redirect refused");
    case RequestRecord::Outcome::TooManyRedirects:
        return Text::tr("too many redirects");
    case RequestRecord::Outcome::Cancelled:
        return Text::tr("cancelled by you");
    }
    return {};
}

} // namespace

QString durationText(qint64 ms)
{
    return ms < 1000 ? Text::tr("%1 ms").arg(QLocale().toString(ms))
                     : Text::tr("%1 s").arg(QLocale().toString(ms / 1000.0, 'f', 1));
}

QList<InspectionSection> sections(const RequestRecord &r)
{
    using K = InspectionSection::Kind;
    QList<InspectionSection> out;
    const bool pending = r.outcome == RequestRecord::Outcome::Pending;
    const QString authorization = maskedAuthorization(r);

    QStringList facts;
    facts << Text::tr("Workspace %1 (Site ID %2)").arg(r.workspace, r.siteId);
    facts << Text::tr("Started %1").arg(fullTime(r.startedAt));
    if (r.replayOf > 0)
        facts << Text::tr("Replay of call #%1").arg(r.replayOf);
    if (r.isImported())
        facts << Text::tr("Imported from %1 (read-only)").arg(r.source);
    if (!pending) {
        facts << Text::tr("Outcome: %1 · %2 · %3")
                     .arg(outcomeText(r.outcome), RequestLogCells::statusText(r), durationText(r.durationMs));
    } else {
        facts << Text::tr("Outcome: waiting for the answer…");
    }
    if (!r.handledBy.isEmpty())
        facts << Text::tr("Handled by %1 · %2").arg(regionCode(r.handledByRegion).toUpper(), r.handledBy);
    out.append({K::Facts, {}, facts.join(u'\n')});

    QStringList hops;
    for (int i = 0; i < r.hops.size(); ++i)
        hops << hopLine(r, i);
    out.append(
        {K::Hops, r.hops.size() == 1 ? Text::tr("1 hop") : Text::tr("%1 hops").arg(r.hops.size()),
         hops.isEmpty() ? (pending ? Text::tr("waiting for host…") : Text::tr("(not sent)")) : hops.join(u'\n')});

    bool recorded = false;
    for (int i = 0; i < r.hops.size(); ++i) {
        const Hop &hop = r.hops.at(i);
        const QString n = QString::number(i + 1);
        if (!hop.requestHeaders.isEmpty()) {
            recorded = true;
            out.append({K::Headers, Text::tr("Hop %1 · request headers").arg(n),
                        headerLines(hop.requestHeaders, authorization)});
        }
        if (!hop.responseHeaders.isEmpty()) {
            out.append({K::Headers, Text::tr("Hop %1 · response headers (%2)").arg(n, QString::number(hop.status)),
                        headerLines(hop.responseHeaders, authorization)});
        }
        // The last hop's body is the call's answer, shown below.
        if (i + 1 < r.hops.size() && !hop.responseBody.isEmpty()) {
            out.append({K::Body, Text::tr("Hop %1 · response body (%2)").arg(n, bodySize(hop.responseBody)),
                        prettyBody(hop.responseBody)});
        }
    }
    if (!recorded) {
        // Rows stored before header fields were recorded: the fields the console always sets.
        QStringList headers;
        headers << QStringLiteral("Authorization: %1").arg(authorization);
        headers << QStringLiteral("Accept: application/json");
        if (!r.requestBody.isEmpty())
            headers << QStringLiteral("Content-Type: application/json");
        out.append({K::Headers, Text::tr("Request headers"), headers.join(u'\n')});
    }

    if (!r.requestBody.isEmpty() || r.method != u"GET")
        out.append({K::Body, Text::tr("Request body (%1)").arg(bodySize(r.requestBody)), prettyBody(r.requestBody)});
    if (!pending) {
        out.append({K::Body,
                    r.status ? Text::tr("Response %1 (%2)").arg(QString::number(r.status), bodySize(r.responseBody))
                             : Text::tr("Response"),
                    r.status ? prettyBody(r.responseBody) : Text::tr("(no response)")});
    }
    return out;
}

QString plainText(const RequestRecord &r)
{
    QStringList out;
    out << Text::tr("Call %1 · %2 %3 %4").arg(QString::number(r.id), callName(r.call), r.method, r.path);
    for (const QString &warning : r.warnings)
        out << QStringLiteral("⚠ ") + warning;
    if (!r.error.isEmpty())
        out << Text::tr("Error: %1").arg(r.error);
    for (const InspectionSection &s : sections(r)) {
        if (!s.title.isEmpty())
            out << QString() << s.title;
        QStringList lines = s.text.split(u'\n');
        for (QString &line : lines)
            line.prepend(QStringLiteral("  "));
        out << lines;
    }
    return OutsideText::displayText(out.join(u'\n')) + u'\n';
}

} // namespace RequestInspection
