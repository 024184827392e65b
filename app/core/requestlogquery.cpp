#include "requestlogquery.h"

#include "requestlogschema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

RequestLogQuery::RequestLogQuery(const RequestLogFilter &filter)
    : m_filter(filter)
{ }

QString RequestLogQuery::where(const QString &extra, bool scanText)
{
    const RequestLogFilter &f = m_filter;
    QStringList parts;
    if (!extra.isEmpty())
        parts << extra;
    if (!f.workspace.isEmpty()) {
        parts << QStringLiteral("workspace = ?");
        m_binds << f.workspace;
    }
    if (f.region) {
        parts << QStringLiteral("handled_by_region = ?");
        m_binds << regionCode(*f.region);
    }
    if (!f.handledBy.isEmpty()) {
        parts << QStringLiteral("handled_by = ?");
        m_binds << f.handledBy;
    }
    if (f.statusClass != RequestLogFilter::StatusClass::Any) {
        parts << QStringLiteral("status_class = ?");
        m_binds << RequestLogSchema::statusClassCode(f.statusClass);
    }
    if (f.call) {
        parts << QStringLiteral("call = ?");
        m_binds << storedCallName(*f.call);
    }
    const QString needle = f.text.trimmed().toLower();
    if (needle.toUcs4().size() >= 3 && !scanText) {
        // Candidates: the trigram index (a quoted string is a phrase of consecutive trigrams, i.e. a
        // case-folded substring match) plus the rows it does not hold yet; instr() then keeps exactly
        // what matches() keeps.
        QString phrase = needle;
        phrase.replace(u'"', QStringLiteral("\"\""));
        parts << QStringLiteral("instr(search, ?) > 0 AND id IN (SELECT rowid FROM request_log_fts WHERE "
                                "request_log_fts MATCH ? UNION ALL SELECT id FROM request_log WHERE id > "
                                "(SELECT through FROM request_log_fts_state))");
        m_binds << needle << QString(u'"' + phrase + u'"');
    } else if (!needle.isEmpty()) {
        // Under three characters the trigram index cannot help; such needles match often, and the
        // newest-first scan stops at the first page.
        parts << QStringLiteral("instr(search, ?) > 0");
        m_binds << needle;
    }
    for (const RequestLogFilter::Term &term : f.terms) {
        // Each term is one IN list over an indexed column (method scans: few rows fail the others).
        using F = RequestLogFilter::Field;
        QVariantList values;
        QString column;
        switch (term.field) {
        case F::Workspace:
            column = QStringLiteral("workspace");
            break;
        case F::Region:
            column = QStringLiteral("handled_by_region");
            break;
        case F::Host:
            column = QStringLiteral("handled_by");
            break;
        case F::Status:
            column = QStringLiteral("status_class");
            break;
        case F::Call:
        case F::Api:
            column = QStringLiteral("call");
            break;
        case F::Method:
            column = QStringLiteral("method");
            break;
        }
        for (const QString &value : term.values) {
            if (term.field == F::Status) {
                values << RequestLogSchema::statusClassCode(
                    RequestLogFilter::statusClassFromName(value).value_or(RequestLogFilter::StatusClass::Any));
            } else if (term.field == F::Api) {
                for (CallKind kind : allCallKinds())
                    if (RequestLogFilter::apiName(kind) == value)
                        values << storedCallName(kind);
            } else if (term.field == F::Call) {
                // A name is unique within its API only: "identify" is a Track and a Pipelines call.
                for (CallKind kind : allCallKinds())
                    if (callName(kind) == value)
                        values << storedCallName(kind);
            } else {
                values << value;
            }
        }
        if (values.isEmpty()) {
            parts << (term.negated ? QStringLiteral("1") : QStringLiteral("0"));
            continue;
        }
        QStringList marks;
        for (int i = 0; i < values.size(); ++i)
            marks << QStringLiteral("?");
        parts << column + (term.negated ? QStringLiteral(" NOT IN (") : QStringLiteral(" IN (")) + marks.join(u',')
                + u')';
        m_binds << values;
    }
    if (f.from.isValid()) {
        parts << QStringLiteral("started_at >= ?");
        m_binds << f.from.toMSecsSinceEpoch();
    }
    if (f.until.isValid()) {
        parts << QStringLiteral("started_at < ?");
        m_binds << f.until.toMSecsSinceEpoch();
    }
    return parts.isEmpty() ? QString() : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
}

QString RequestLogQuery::older(qint64 beforeId, int limit, int bodyLimit)
{
    m_binds.clear();
    QString range;
    if (beforeId > 0) {
        range = QStringLiteral("id < ?");
        m_binds << beforeId;
    }
    return QStringLiteral("SELECT ") + RequestLogSchema::columns(bodyLimit) + QStringLiteral(" FROM request_log")
        + where(range) + QStringLiteral(" ORDER BY id DESC LIMIT ") + QString::number(limit);
}

bool RequestLogQuery::isSplit() const
{
    return !m_filter.terms.isEmpty() || !m_filter.text.trimmed().isEmpty();
}

QString RequestLogQuery::recent(qint64 fromId, qint64 beforeId, int limit, int bodyLimit)
{
    m_binds.clear();
    QString range = QStringLiteral("id >= ?");
    m_binds << fromId;
    if (beforeId > 0) {
        range += QStringLiteral(" AND id < ?");
        m_binds << beforeId;
    }
    return QStringLiteral("SELECT ") + RequestLogSchema::columns(bodyLimit) + QStringLiteral(" FROM request_log")
        + where(range, true) + QStringLiteral(" ORDER BY id DESC LIMIT ") + QString::number(limit);
}

QString RequestLogQuery::byIndex(qint64 beforeId, int limit, int bodyLimit)
{
    m_binds.clear();
    QString range;
    if (beforeId > 0) {
        range = QStringLiteral("id < ?");
        m_binds << beforeId;
    }
    // "+id": an expression, not the rowid, so SQLite does not walk the table in id order hoping to stop
    // early; it takes the candidates from the filter's indexes and sorts them.
    return QStringLiteral("SELECT ") + RequestLogSchema::columns(bodyLimit) + QStringLiteral(" FROM request_log")
        + where(range) + QStringLiteral(" ORDER BY +id DESC LIMIT ") + QString::number(limit);
}

QString RequestLogQuery::newer(qint64 afterId, qint64 throughId, int limit, int bodyLimit)
{
    m_binds.clear();
    QString range = QStringLiteral("id > ?");
    m_binds << afterId;
    if (throughId > 0) {
        range += QStringLiteral(" AND id <= ?");
        m_binds << throughId;
    }
    return QStringLiteral("SELECT ") + RequestLogSchema::columns(bodyLimit) + QStringLiteral(" FROM request_log")
        + where(range) + QStringLiteral(" ORDER BY id ASC LIMIT ") + QString::number(limit);
}

QString RequestLogQuery::all()
{
    m_binds.clear();
    return QStringLiteral("SELECT ") + RequestLogSchema::columns(-1) + QStringLiteral(" FROM request_log") + where()
        + QStringLiteral(" ORDER BY id ASC");
}

QString RequestLogQuery::count()
{
    m_binds.clear();
    return QStringLiteral("SELECT count(*) FROM request_log") + where();
}

QString RequestLogQuery::remove()
{
    m_binds.clear();
    return QStringLiteral("DELETE FROM request_log") + where();
}

bool RequestLogQuery::prepare(QSqlQuery &query, const QString &sql, QString *error) const
{
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        *error = query.lastError().text();
        return false;
    }
    for (int i = 0; i < m_binds.size(); ++i)
        query.bindValue(i, m_binds.at(i));
    return true;
}
