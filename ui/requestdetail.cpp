#include "requestdetail.h"

#include "endpointtable.h"
#include "requestlogmodel.h"
#include "statuscolors.h"

#include <QApplication>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QPalette>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("RequestDetail", text);
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString section(const QString &title)
{
    return QStringLiteral("<p style=\"margin-top:10px; margin-bottom:2px;\"><b>%1</b></p>").arg(esc(title));
}

QString bodySize(const QByteArray &body)
{
    return QLocale().formattedDataSize(body.size(), 1, QLocale::DataSizeTraditionalFormat);
}

QString pre(const QString &text)
{
    return QStringLiteral("<pre style=\"margin:0 0 0 12px; white-space:pre-wrap;\">%1</pre>").arg(esc(text));
}
// The outcome in words (the log's exports and --json keep RequestRecord::outcomeName()).
QString outcomeText(RequestRecord::Outcome outcome)
{
    switch (outcome) {
    case RequestRecord::Outcome::Pending:
        return tr("waiting");
    case RequestRecord::Outcome::Success:
        return tr("succeeded");
    case RequestRecord::Outcome::HttpError:
        return tr("HTTP error");
    case RequestRecord::Outcome::NetworkError:
        return tr("network error");
    case RequestRecord::Outcome::TimedOut:
        return tr("timed out");
    case RequestRecord::Outcome::RedirectRefused:
        return tr("redirect refused");
    case RequestRecord::Outcome::TooManyRedirects:
        return tr("too many redirects");
    }
    return {};
}

// "85 ms", or "10.0 s" from a second on, in the locale's digits.
QString durationText(qint64 ms)
{
    return ms < 1000 ? tr("%1 ms").arg(QLocale().toString(ms))
                     : tr("%1 s").arg(QLocale().toString(ms / 1000.0, 'f', 1));
}
} // namespace

QString prettyBody(const QByteArray &body, qsizetype maxBytes)
{
    if (body.isEmpty())
        return tr("(empty)");
    const QByteArray shown = body.left(maxBytes);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(shown, &error);
    QString text = error.error == QJsonParseError::NoError && !doc.isNull()
        ? QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed()
        : QString::fromUtf8(shown);
    if (body.size() > maxBytes)
        text += u'\n' + tr("… %1 more bytes not shown").arg(body.size() - maxBytes);
    return text;
}

QString requestDetailHtml(const RequestRecord &r, const QHash<QString, QString> &hostNames)
{
    QString html;
    for (const QString &warning : r.warnings) {
        const StatusColors::Box box = StatusColors::banner(StatusColors::BannerKind::Warning, QApplication::palette());
        html += QStringLiteral("<table width=\"100%\" cellpadding=\"6\" style=\"background-color:%2;"
                               " color:%3; margin-bottom:4px;\"><tr><td><b>⚠ %1</b></td></tr></table>")
                    .arg(esc(warning), box.background.name(), box.text.name());
    }
    if (!r.error.isEmpty()) {
        const StatusColors::Box box = StatusColors::banner(StatusColors::BannerKind::Error, QApplication::palette());
        html += QStringLiteral("<table width=\"100%\" cellpadding=\"6\" style=\"background-color:%3;"
                               " color:%4; margin-bottom:4px;\"><tr><td><b>%1</b> %2</td></tr></table>")
                    .arg(esc(tr("Error:")), esc(r.error), box.background.name(), box.text.name());
    }

    html += QStringLiteral("<p style=\"margin:0;\"><b>%1</b> &nbsp;%2 %3</p>")
                .arg(esc(callName(r.call)), esc(r.method), esc(r.path));
    QStringList facts;
    facts << tr("Workspace %1 (Site ID %2)").arg(r.workspace, r.siteId);
    facts << tr("Started %1").arg(QLocale().toString(r.startedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    if (r.outcome != RequestRecord::Outcome::Pending) {
        facts << tr("Outcome: %1 · %2 · %3")
                     .arg(outcomeText(r.outcome), RequestLogModel::statusText(r), durationText(r.durationMs));
    } else {
        facts << tr("Outcome: waiting for the answer…");
    }
    if (!r.handledBy.isEmpty())
        facts << tr("Handled by %1 · %2").arg(regionCode(r.handledByRegion).toUpper(), r.handledBy);
    html += pre(facts.join(u'\n'));

    html += section(r.hops.size() == 1 ? tr("1 hop") : tr("%1 hops").arg(r.hops.size()));
    QStringList hops;
    for (int i = 0; i < r.hops.size(); ++i) {
        const Hop &hop = r.hops.at(i);
        // One arg() call: the URL may hold "%2F" and the like, which a further arg() would replace.
        QString line =
            QStringLiteral("%1. %2 %3\n   → %4 · %5 ms · %6")
                .arg(QString::number(i + 1), r.method, hop.url.toDisplayString(),
                     hop.status ? QString::number(hop.status) : tr("no answer"), QString::number(hop.durationMs),
                     hop.credentialsSent ? tr("credentials sent") : tr("no credentials sent"));
        if (const QString name = hostNames.value(EndpointTable::hostLabel(hop.url)); !name.isEmpty())
            line += u'\n' + tr("   host: %1").arg(name);
        if (!hop.error.isEmpty())
            line += u'\n' + tr("   error: %1").arg(hop.error);
        hops << line;
    }
    html += pre(hops.isEmpty() ? tr("(not sent yet)") : hops.join(u'\n'));

    html += section(tr("Request headers"));
    QStringList headers;
    headers
        << QStringLiteral("Authorization: %1").arg(maskedAuthorization(r)); // rebuilt, never copied: no key can pass
    headers << QStringLiteral("Accept: application/json");
    if (!r.requestBody.isEmpty())
        headers << QStringLiteral("Content-Type: application/json");
    html += pre(headers.join(u'\n'));

    if (!r.requestBody.isEmpty() || r.method != u"GET") {
        html += section(tr("Request body (%1)").arg(bodySize(r.requestBody)));
        html += pre(prettyBody(r.requestBody));
    }

    if (r.outcome != RequestRecord::Outcome::Pending) {
        html += section(r.status ? tr("Response %1 (%2)").arg(QString::number(r.status), bodySize(r.responseBody))
                                 : tr("Response"));
        html += pre(r.status ? prettyBody(r.responseBody) : tr("(no response)"));
    }
    return html;
}
