#include "requestdetail.h"

#include "endpointtable.h"
#include "requestinspection.h"
#include "statuscolors.h"

#include <QApplication>
#include <QCoreApplication>
#include <QPalette>

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

// text escaped, with every case-insensitive occurrence of highlight marked.
QString marked(const QString &text, const QString &highlight)
{
    const QString needle = highlight.trimmed();
    if (needle.isEmpty())
        return esc(text);
    QString out;
    qsizetype from = 0;
    for (qsizetype at = text.indexOf(needle, 0, Qt::CaseInsensitive); at >= 0;
         at = text.indexOf(needle, from, Qt::CaseInsensitive)) {
        out += esc(text.mid(from, at - from));
        out += QStringLiteral("<span style=\"background-color:#ffe066; color:#000000;\">%1</span>")
                   .arg(esc(text.mid(at, needle.size())));
        from = at + needle.size();
    }
    return out + esc(text.mid(from));
}

QString pre(const QString &text, const QString &highlight = {})
{
    return QStringLiteral("<pre style=\"margin:0 0 0 12px; white-space:pre-wrap;\">%1</pre>")
        .arg(marked(text, highlight));
}
} // namespace

QString prettyBody(const QByteArray &body, qsizetype maxBytes)
{
    return RequestInspection::prettyBody(body, maxBytes);
}

QString requestDetailHtml(const RequestRecord &r, const QString &highlight, const QHash<QString, QString> &hostNames)
{
    QString html;
    for (const QString &warning : r.warnings) {
        const StatusColors::Box box = StatusColors::banner(StatusColors::BannerKind::Warning, QApplication::palette());
        html += QStringLiteral("<table width=\"100%\" cellpadding=\"6\" style=\"background-color:%2;"
                               " color:%3; margin-bottom:4px;\"><tr><td><b>⚠ %1</b></td></tr></table>")
                    .arg(esc(OutsideText::inertLine(warning)), box.background.name(), box.text.name());
    }
    if (!r.error.isEmpty()) {
        const StatusColors::Box box = StatusColors::banner(StatusColors::BannerKind::Error, QApplication::palette());
        html += QStringLiteral("<table width=\"100%\" cellpadding=\"6\" style=\"background-color:%3;"
                               " color:%4; margin-bottom:4px;\"><tr><td><b>%1</b> %2</td></tr></table>")
                    .arg(esc(Text::tr("Error:")), esc(OutsideText::inertLine(r.error)), box.background.name(),
                         box.text.name());
    }

    html += QStringLiteral("<p style=\"margin:0;\"><b>%1</b> &nbsp;%2 %3</p>")
                .arg(esc(callName(r.call)), esc(r.method), esc(r.path));
    // The sandbox's hosts are named for the Customer.io hosts they stand for (HostNames::of()).
    QStringList names;
    for (int i = 0; i < r.hops.size(); ++i) {
        if (const QString name = hostNames.value(EndpointTable::hostLabel(r.hops.at(i).url)); !name.isEmpty())
            names << Text::tr("%1. %2").arg(QString::number(i + 1), name);
    }
    for (const InspectionSection &s : RequestInspection::sections(r)) {
        if (!s.title.isEmpty())
            html += section(s.title);
        html += pre(s.text, highlight);
        if (s.kind == InspectionSection::Kind::Hops && !names.isEmpty())
            html += pre(names.join(u'\n'));
    }
    return html;
}
