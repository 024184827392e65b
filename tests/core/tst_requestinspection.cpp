// What the detail pane and `log show` show of one call (RequestInspection): every hop's header fields,
// redirect bodies, timing, the full start time, and Authorization only masked.
#include "requestinspection.h"
#include "support/recordbuilder.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {
// An EU account's event sent via the US host: 301 with its body and Location, then 200.
RequestRecord redirected()
{
    RequestRecord r = RecordBuilder().siteId(u"eu-site"_s).handledBy(Region::Eu).accountRegion(Region::Eu);
    r.hops[0].requestHeaders = {{u"User-Agent"_s, u"RegionConsole/1"_s},
                                {u"Authorization"_s, u"Basic ZXUtc2l0ZTpzZWNyZXQta2V5"_s}};
    r.hops[0].responseHeaders = {{u"Location"_s, u"https://track-eu.customer.io/api/v1/customers/1/events"_s},
                                 {u"Content-Type"_s, u"application/json"_s}};
    r.hops[0].responseBody = R"({"errors":[{"detail":"wrong datacenter","status":"301"}]})";
    r.hops[0].connectMs = 3;
    r.hops[0].firstByteMs = 9;
    r.hops[0].durationMs = 10;
    r.hops[1].requestHeaders = {{u"Authorization"_s, u"Basic eu-site:•••"_s}};
    r.hops[1].responseHeaders = {{u"Retry-After"_s, u"5"_s}};
    r.hops[1].firstByteMs = 4;
    r.hops[1].durationMs = 5;
    return r;
}

QString sectionText(const QList<InspectionSection> &sections, const QString &title)
{
    for (const InspectionSection &s : sections)
        if (s.title == title)
            return s.text;
    return u"<no section "_s + title + u'>';
}
} // namespace

class tst_RequestInspection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyHopHasItsHeadersAndRedirectBody()
    {
        const RequestRecord r = redirected();
        QCOMPARE(r.hops.size(), 2);
        const QList<InspectionSection> sections = RequestInspection::sections(r);
        QVERIFY(sectionText(sections, u"Hop 1 · response headers (301)"_s)
                    .contains(u"Location: https://track-eu.customer.io/api/v1/customers/1/events"_s));
        QVERIFY(sectionText(sections, u"Hop 2 · response headers (200)"_s).contains(u"Retry-After: 5"_s));
        QVERIFY(sectionText(sections, u"Hop 1 · request headers"_s).contains(u"User-Agent: RegionConsole/1"_s));
        const QString body = sectionText(sections, u"Hop 1 · response body (57 bytes)"_s);
        QVERIFY2(body.contains(u"\"detail\": \"wrong datacenter\""_s), qPrintable(body));
        const QString hops = sectionText(sections, u"2 hops"_s);
        QVERIFY2(hops.contains(u"connect 3 ms · first byte 9 ms · last byte 10 ms"_s), qPrintable(hops));
        QVERIFY2(hops.contains(u"connection reused · first byte 4 ms · last byte 5 ms"_s), qPrintable(hops));
        for (const InspectionSection &s : sections)
            QVERIFY(!s.title.startsWith(u"Request headers"_s)); // the recorded fields replace the rebuilt ones
    }

    // A header list holding a key (it never should) shows only the masked form.
    void authorizationIsAlwaysMasked()
    {
        const QString text = RequestInspection::plainText(redirected());
        QVERIFY2(!text.contains(u"ZXUtc2l0ZTpzZWNyZXQta2V5"_s), qPrintable(text));
        QCOMPARE(text.count(u"Authorization: Basic eu-site:•••"_s), 2);
    }

    // Rows stored before header fields were recorded show the fields the console always sets.
    void olderRowsShowTheRebuiltHeaders()
    {
        const QList<InspectionSection> sections = RequestInspection::sections(RecordBuilder().siteId(u"s"_s));
        QVERIFY(sectionText(sections, u"Request headers"_s).contains(u"Authorization: Basic s:•••"_s));
    }

    void pendingCallWaitsForItsHost()
    {
        RequestRecord r = RecordBuilder().pending();
        QVERIFY(!r.hops.isEmpty());
        r.hops = {r.hops.first()};
        r.hops[0].status = 0;
        const QString text = RequestInspection::plainText(r);
        QVERIFY2(text.contains(u"→ waiting for host…"_s), qPrintable(text));
        QVERIFY(!text.contains(u"not sent"_s));
        r.hops.clear();
        QVERIFY(RequestInspection::plainText(r).contains(u"waiting for host…"_s));
    }

    // The detail names the full date, time and UTC offset.
    void fullTimeHasDateAndOffset()
    {
        const QDateTime at(QDate(2026, 12, 7), QTime(4, 12, 9, 120), Qt::UTC);
        const QString text = RequestInspection::fullTime(at);
        const QDateTime local = at.toLocalTime();
        QVERIFY2(text.startsWith(local.toString(u"yyyy-MM-dd HH:mm:ss.120"_s)), qPrintable(text));
        QVERIFY2(text.contains(u"(UTC"_s) && text.endsWith(u')'), qPrintable(text));
    }

    void plainTextIsInert()
    {
        RequestRecord r = redirected();
        r.responseBody = "{\"x\":\"\x1b[31mred\"}";
        const QString text = RequestInspection::plainText(r);
        QVERIFY(!text.contains(QChar(0x1b)));
    }
};

QTEST_GUILESS_MAIN(tst_RequestInspection)
#include "tst_requestinspection.moc"
