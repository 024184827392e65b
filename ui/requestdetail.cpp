#include "requestdetail.h"

#include "endpointtable.h"
#include "outsidetext.h"
#include "requestlogmodel.h"
#include "uilanguage.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RequestDetail)
};

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
} // namespace

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
    // A body is outside text: no control character or bidi control reaches the label.
    return OutsideText::displayText(text);
}

QString requestDetailHtml(const RequestRecord &r)
{
    QString html;
    for (const QString &warning : r.warnings) {
        html += QStringLiteral("<table width=\"100%\" cellpadding=\"6\" style=\"background-color:#fff4e0;"
                               " color:#7a3e00; margin-bottom:4px;\"><tr><td><b>⚠ %1</b></td></tr></table>")
                    .arg(esc(OutsideText::inertLine(warning)));
    }
    if (!r.error.isEmpty()) {
        html += QStringLiteral("<table width=\"100%\" cellpadding=\"6\" style=\"background-color:#fde8e8;"
                               " color:#8a1010; margin-bottom:4px;\"><tr><td><b>%1</b> %2</td></tr></table>")
                    .arg(esc(Text::tr("Error:")), esc(OutsideText::inertLine(r.error)));
    }

    html += QStringLiteral("<p style=\"margin:0;\"><b>%1</b> &nbsp;%2 %3</p>")
                .arg(esc(callName(r.call)), esc(r.method), esc(r.path));
    QStringList facts;
    facts << Text::tr("Workspace %1 (Site ID %2)").arg(r.workspace, r.siteId);
    facts << Text::tr("Started %1").arg(UiLanguage::dateTime(r.startedAt.toLocalTime(), true));
    if (r.outcome != RequestRecord::Outcome::Pending) {
        facts << Text::tr("Outcome %1 · %2 · %3 ms")
                     .arg(RequestRecord::outcomeName(r.outcome), RequestLogModel::statusText(r),
                          QString::number(r.durationMs));
    } else {
        facts << Text::tr("Outcome: waiting for the answer…");
    }
    if (!r.handledBy.isEmpty())
        facts << Text::tr("Handled by %1 · %2").arg(regionCode(r.handledByRegion).toUpper(), r.handledBy);
    html += pre(facts.join(u'\n'));

    html += section(Text::tr("%n hops", nullptr, int(r.hops.size())));
    QStringList hops;
    for (int i = 0; i < r.hops.size(); ++i) {
        const Hop &hop = r.hops.at(i);
        // One arg() call: the URL may hold "%2F" and the like, which a further arg() would replace.
        QString line =
            QStringLiteral("%1. %2 %3\n   → %4 · %5 ms · %6")
                .arg(QString::number(i + 1), r.method, hop.url.toDisplayString(),
                     hop.status ? QString::number(hop.status) : Text::tr("no answer"), QString::number(hop.durationMs),
                     hop.credentialsSent ? Text::tr("credentials sent") : Text::tr("no credentials sent"));
        if (!hop.error.isEmpty())
            line += u'\n' + Text::tr("   error: %1").arg(hop.error);
        hops << line;
    }
    html += pre(hops.isEmpty() ? Text::tr("(not sent yet)") : hops.join(u'\n'));

    html += section(Text::tr("Request headers"));
    QStringList headers;
    headers
        << QStringLiteral("Authorization: %1").arg(maskedAuthorization(r)); // rebuilt, never copied: no key can pass
    headers << QStringLiteral("Accept: application/json");
    if (!r.requestBody.isEmpty())
        headers << QStringLiteral("Content-Type: application/json");
    html += pre(headers.join(u'\n'));

    if (!r.requestBody.isEmpty() || r.method != u"GET") {
        html += section(Text::tr("Request body (%1)").arg(bodySize(r.requestBody)));
        html += pre(prettyBody(r.requestBody));
    }

    if (r.outcome != RequestRecord::Outcome::Pending) {
        html += section(r.status ? Text::tr("Response %1 (%2)").arg(QString::number(r.status), bodySize(r.responseBody))
                                 : Text::tr("Response"));
        html += pre(r.status ? prettyBody(r.responseBody) : Text::tr("(no response)"));
    }
    return html;
}
