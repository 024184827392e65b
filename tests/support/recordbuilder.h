#pragma once

// RequestRecords for tests, built field by field from one consistent default: a finished event POSTed
// to the US Track host and answered 200 there, in one hop, with the Authorization masked from the Site
// ID. build() keeps what a test did not set consistent with what it did:
// - the hops follow the route and the region that answered: a call routed to the US host and answered
//   by the EU host is a 301 from track.customer.io, then the status from track-eu.customer.io, with
//   the US-transit warning TrackClient gives it; the duration is split 2:3 between the two hops;
// - the outcome follows the status (2xx success, 0 a network error, anything else an HTTP error),
//   unless outcome() names one; a failure gets an error text unless error() gives one;
// - a pending call (pending()) has no status, answer, handler or duration: what the window holds
//   while the call is in flight.
#include "endpointtable.h"
#include "requestrecord.h"

#include <QDateTime>
#include <QString>
#include <QUrl>

#include <optional>
#include <utility>

class RecordBuilder
{
public:
    using Outcome = RequestRecord::Outcome;

    static QString trackHost(Region region)
    {
        return region == Region::Eu ? QStringLiteral("track-eu.customer.io") : QStringLiteral("track.customer.io");
    }

    RecordBuilder &id(qint64 id) { return set(m_record.id, id); }
    RecordBuilder &workspace(const QString &name) { return set(m_record.workspace, name); }
    RecordBuilder &siteId(const QString &siteId) { return set(m_record.siteId, siteId); }
    // GET for the region call, PUT for identify, POST for the others, unless method() says otherwise.
    RecordBuilder &call(CallKind call) { return set(m_record.call, call); }
    RecordBuilder &method(const QString &method) { return set(m_method, std::optional<QString>(method)); }
    // Percent-encoded, as sent to the first host (the region call's path unless set).
    RecordBuilder &path(const QString &path) { return set(m_path, std::optional<QString>(path)); }
    // Where the first request went ("https://track.customer.io" by the route unless set).
    RecordBuilder &baseUrl(const QString &url) { return set(m_baseUrl, url); }
    RecordBuilder &requestBody(const QByteArray &body) { return set(m_record.requestBody, body); }
    RecordBuilder &responseBody(const QByteArray &body) { return set(m_responseBody, std::optional(body)); }
    RecordBuilder &authorization(const QString &text) { return set(m_authorization, std::optional(text)); }
    RecordBuilder &route(Region region) { return set(m_record.routeRegion, region); }
    // The region whose host answered (the route's unless set).
    RecordBuilder &handledBy(Region region) { return set(m_handledBy, std::optional(region)); }
    RecordBuilder &accountRegion(Region region) { return set(m_record.accountRegion, region); }
    RecordBuilder &status(int status) { return set(m_status, status); }
    RecordBuilder &outcome(Outcome outcome) { return set(m_outcome, std::optional(outcome)); }
    RecordBuilder &pending() { return outcome(Outcome::Pending); }
    RecordBuilder &error(const QString &error) { return set(m_error, std::optional(error)); }
    RecordBuilder &warning(const QString &warning)
    {
        m_record.warnings << warning;
        return *this;
    }
    RecordBuilder &retryAfterSeconds(int seconds) { return set(m_record.retryAfterSeconds, seconds); }
    RecordBuilder &credentialsSent(bool sent) { return set(m_credentialsSent, sent); }
    RecordBuilder &startedAt(const QDateTime &at) { return set(m_startedAt, std::optional(at)); }
    RecordBuilder &durationMs(qint64 ms) { return set(m_durationMs, ms); }

    RequestRecord build() const
    {
        RequestRecord r = m_record;
        const bool isPending = m_outcome == Outcome::Pending;
        r.method = m_method.value_or(r.call == CallKind::Region         ? QStringLiteral("GET")
                                         : r.call == CallKind::Identify ? QStringLiteral("PUT")
                                                                        : QStringLiteral("POST"));
        r.path = m_path.value_or(r.call == CallKind::Region ? QStringLiteral("/api/v1/accounts/region")
                                                            : QStringLiteral("/api/v1/customers/1/events"));
        r.authorization = m_authorization.value_or(maskedBasicAuthorization(r.siteId));
        r.startedAt = m_startedAt.value_or(QDateTime::currentDateTimeUtc());
        const Region handled = m_handledBy.value_or(r.routeRegion);
        const bool redirected = r.routeRegion == Region::Us && handled == Region::Eu;

        Hop first;
        first.url =
            QUrl((m_baseUrl.isEmpty() ? QStringLiteral("https://") + trackHost(r.routeRegion) : m_baseUrl) + r.path,
                 QUrl::StrictMode);
        first.credentialsSent = m_credentialsSent;
        r.hops << first;
        if (isPending) {
            r.outcome = Outcome::Pending;
            return r;
        }

        Hop &last = r.hops.last();
        last.status = m_status;
        last.durationMs = m_durationMs;
        if (redirected) {
            Hop second = first;
            second.url = QUrl(QStringLiteral("https://") + trackHost(Region::Eu) + r.path, QUrl::StrictMode);
            second.status = m_status;
            second.durationMs = m_durationMs - m_durationMs * 2 / 5;
            r.hops.first().status = 301;
            r.hops.first().durationMs = m_durationMs * 2 / 5;
            r.hops << second;
            r.warnings.prepend(QStringLiteral("The data passed through US servers."));
        }
        r.status = m_status;
        r.durationMs = m_durationMs;
        r.outcome = m_outcome.value_or(m_status == 0             ? Outcome::NetworkError
                                           : m_status / 100 == 2 ? Outcome::Success
                                                                 : Outcome::HttpError);
        if (m_status != 0) {
            r.handledBy = redirected ? trackHost(Region::Eu) : EndpointTable::hostLabel(r.hops.last().url);
            r.handledByRegion = handled;
            r.responseBody = m_responseBody.value_or(QByteArrayLiteral("{}"));
        } else if (m_responseBody) {
            r.responseBody = *m_responseBody;
        }
        if (r.outcome != Outcome::Success) {
            r.error = m_error.value_or(m_status == 0 ? QStringLiteral("connection refused")
                                                     : QStringLiteral("HTTP %1").arg(m_status));
            if (m_status == 0)
                r.hops.last().error = r.error;
        }
        return r;
    }
    operator RequestRecord() const { return build(); } // implicit: a builder reads as the record it builds

private:
    template<typename T, typename V> RecordBuilder &set(T &field, V &&value)
    {
        field = std::forward<V>(value);
        return *this;
    }

    RequestRecord m_record = [] {
        RequestRecord r;
        r.workspace = QStringLiteral("Acme");
        r.siteId = QStringLiteral("site");
        r.call = CallKind::Event;
        r.routeRegion = Region::Us;
        r.requestBody = QByteArrayLiteral("{\"name\":\"purchase\"}");
        return r;
    }();
    std::optional<QString> m_method;
    std::optional<QString> m_path;
    QString m_baseUrl;
    std::optional<QByteArray> m_responseBody;
    std::optional<QString> m_authorization;
    std::optional<Region> m_handledBy;
    int m_status = 200;
    std::optional<Outcome> m_outcome;
    std::optional<QString> m_error;
    bool m_credentialsSent = true;
    std::optional<QDateTime> m_startedAt;
    qint64 m_durationMs = 20;
};
